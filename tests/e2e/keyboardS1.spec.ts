/**
 * S1 without the mouse (issue 15): a wage-arrears case with its card, judicial assistance up to
 * the chief procurator's decision, and the decision .docx — every control reached with Tab and
 * worked with Enter, Space, the arrow keys and typing. The counter proves no click reached the page.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { KeyboardUser } from './helpers/keyboardUser';
import { Desk, OWN_PASSWORD } from './pages/Desk';
import { labelled, WorkflowPanel } from './pages/WorkflowPanel';

const CARD = '国家司法救助';
const TITLE = '张某追索劳动报酬申请国家司法救助案';

// Tabbing through every form takes longer than pointing at its fields.
test.setTimeout(300_000);

test.beforeEach(async ({ page }) => {
  await new Desk(page).setUp('合肥市庐阳区人民检察院', '340103', [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ]);
});

const combobox = (scope: Locator | Page, name: string) =>
  scope.getByRole('combobox', { name, exact: true });

/** One step: opened from its button on the card, filled, confirmed; the dialog closes. */
async function step(
  user: KeyboardUser,
  panel: WorkflowPanel,
  name: string,
  fill: (dialog: Locator) => Promise<void> = async () => {},
): Promise<void> {
  await user.press(panel.action(CARD, name));
  const dialog = user.page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await user.press(dialog.getByRole('button', { name: '确认', exact: true }));
  await expect(dialog).toBeHidden();
}

test('S1 with the keyboard only: register the wage case, assist, decide, print the decision', async ({
  page,
  interactions,
}) => {
  const user = new KeyboardUser(page);
  const panel = new WorkflowPanel(page);

  await user.press(page.getByRole('link', { name: '新建案件' }).first());
  await user.type(page.getByLabel('案件名称'), TITLE);
  await user.choose(combobox(page, '案件类型'), '民事生效裁判监督');
  await user.choose(combobox(page, '案件来源'), '当事人申请');
  await user.choose(combobox(page, '行动重点领域'), '劳动者权益保护');
  await expect(combobox(page, '承办部门')).toHaveValue('民事检察部门');
  await user.type(
    page.getByLabel('事实与理由'),
    '申请人在某建筑工地务工，包工头拖欠工资三万余元。',
  );
  const party = page.getByRole('group', { name: '当事人 1' });
  await user.type(party.getByLabel('姓名/名称'), '张小明');
  // The decision names the applicant by the ID number.
  await user.type(party.getByLabel('证件号码'), '11010519491231002X');
  const wageCard = page.getByRole('group', { name: '专项案卡：欠薪' });
  await user.type(wageCard.getByLabel('涉及劳动者人数', { exact: true }), '1');
  await user.type(wageCard.getByLabel('欠薪金额（元）', { exact: true }), '32000');
  await user.type(wageCard.getByLabel('已追回金额（元）', { exact: true }), '0');
  await user.type(wageCard.getByLabel('用人单位', { exact: true }), '某建筑劳务有限公司');
  await user.press(page.getByRole('button', { name: '保存', exact: true }));
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  await user.press(page.getByRole('button', { name: '启动流程', exact: true }));
  const start = page.getByRole('dialog', { name: '启动流程' });
  await user.choose(combobox(start, '流程'), CARD);
  await user.press(start.getByRole('button', { name: '启动', exact: true }));
  await expect(panel.currentStep(CARD)).toHaveText('告知与线索移送');

  await step(user, panel, '记录告知', (d) => user.choose(combobox(d, '方式'), '书面'));
  await step(user, panel, '接收申请', async (d) => {
    await user.choose(combobox(d, '申请形式'), '书面');
    await user.choose(combobox(d, '民事行为能力'), '完全');
  });
  await step(user, panel, '材料齐全', async (d) => {
    for (const material of [
      '国家司法救助申请书',
      '身份证明',
      '本人及家庭经济困难证明',
      '获得赔偿、救助情况的说明或证明',
    ]) {
      await user.tick(d.getByRole('checkbox', { name: material, exact: true }));
    }
    await user.tick(d.getByRole('checkbox', { name: /^实际损害证明/ }));
  });
  await step(user, panel, '记录家庭情况', async (d) => {
    await user.type(d.getByLabel(labelled('家庭人口')), '4');
    await user.type(d.getByLabel(labelled('家庭月收入（元）')), '1200');
    await user.choose(combobox(d, '劳动能力'), '部分丧失');
    await user.choose(combobox(d, '低保或监测对象情况'), '低保对象');
    await user.choose(combobox(d, '困难证明出具单位'), '村民委员会');
  });
  await step(user, panel, '记录损害情况', (d) =>
    user.choose(combobox(d, '未获赔偿原因'), '加害人无赔偿能力'),
  );
  await step(user, panel, '审查救助条件', async (d) => {
    await user.tick(d.getByRole('checkbox', { name: '人民检察院认为需要救助的其他情形' }));
    await user.type(
      d.getByLabel(labelled('其他情形说明')),
      '追索劳动报酬执行不能，因案生活陷入困难。',
    );
    const exclusions = d.getByRole('group', { name: '不予救助情形', exact: true });
    for (const group of await exclusions.getByRole('radiogroup').all()) {
      await user.answer(group, false);
    }
  });
  await step(user, panel, '计算救助金额', async (d) => {
    await user.tick(d.getByRole('checkbox', { name: /^确认在缺少上一年度数据/ }));
    await user.type(d.getByLabel(labelled('救助月数')), '3');
    await expect(d.getByText('计算金额：25922.00元')).toBeVisible();
  });

  // The decision is the chief procurator's: refused for the procurator, confirmed at the desk.
  await user.press(panel.action(CARD, '决定救助'));
  const decision = page.getByRole('dialog', { name: '决定救助' });
  await user.press(decision.getByRole('button', { name: '确认', exact: true }));
  const prompt = decision.getByRole('alert', { name: /^此步骤须由.+审批$/ });
  await expect(combobox(prompt, '审批人')).toHaveValue('李检察长（检察长）');
  await user.type(prompt.getByLabel('审批人密码'), OWN_PASSWORD);
  await user.press(prompt.getByRole('button', { name: '确认并执行' }));
  await expect(decision).toBeHidden();
  await expect(panel.currentStep(CARD)).toHaveText('申请救助资金');

  await user.press(panel.card(CARD).getByRole('button', { name: '生成国家司法救助决定书' }));
  const doc = page.getByRole('dialog', { name: '国家司法救助决定书' });
  const download = page.waitForEvent('download');
  await user.press(doc.getByRole('button', { name: '生成并下载 .docx' }));
  const file = await download;
  expect(file.suggestedFilename()).toBe('国家司法救助决定书.docx');
  expect((await readFile(await file.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(doc).toBeHidden();

  const done = await interactions.counted();
  expect(done.clicks).toBe(0);
  expect(done.keys).toBeGreaterThan(0);
});
