/**
 * Issue 15 item 9 / issue 11 item 9: an administrator fills the hearing-officer pool; a hearing
 * draws its three officers from it at random (no per-officer questions) and its records step
 * completes only once every participant has signed. Prints the clicks and fields it took.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { expectAccessible } from './helpers/axe';
import { CaseFormPage } from './pages/CaseFormPage';
import { Desk } from './pages/Desk';
import { approveHearing } from './pages/hearingApproval';
import { WorkflowPanel } from './pages/WorkflowPanel';

const POOL = [
  { name: '周代表', occupation: '人大代表' },
  { name: '吴调解员', occupation: '人民调解员' },
  { name: '郑教授', occupation: '高校教师' },
];

/** Counts the user's own clicks and field changes, across page reloads. */
async function countInteractions(page: Page) {
  const counts = { clicks: 0, fields: 0 };
  await page.exposeBinding('__countInteraction', (_source, kind: 'click' | 'field') => {
    if (kind === 'click') counts.clicks++;
    else counts.fields++;
  });
  await page.addInitScript(() => {
    const report = (kind: string) =>
      (window as unknown as { __countInteraction: (k: string) => void }).__countInteraction(kind);
    document.addEventListener('click', (e) => e.isTrusted && report('click'), true);
    document.addEventListener('change', (e) => e.isTrusted && report('field'), true);
  });
  return counts;
}

test('a hearing by random draw from the officers pool reaches its records only after signatures', async ({
  page,
}) => {
  const counts = await countInteractions(page);
  const desk = new Desk(page);
  await desk.setUp('合肥市庐阳区人民检察院', '340103', [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ]);

  // The administrator admits three people to the pool.
  await desk.switchTo(desk.adminName);
  await page.getByRole('link', { name: '设置', exact: true }).click();
  const poolPanel = page.getByRole('heading', { name: '听证员库' }).locator('..');
  for (const officer of POOL) {
    await poolPanel.getByLabel(/^姓名/).fill(officer.name);
    await poolPanel.getByLabel(/^职业或身份/).fill(officer.occupation);
    await poolPanel.getByRole('checkbox', { name: /已核实其符合听证员条件/ }).check();
    await poolPanel.getByRole('button', { name: '加入听证员库' }).click();
    await expect(page.getByRole('table', { name: '听证员库' })).toContainText(officer.name);
  }
  const poolClicks = counts.clicks;
  await desk.switchTo('王检察官');

  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: '王某民事监督听证案', facts: '双方对欠款事实争议较大。' });
  await form.fillParty(1, { name: '王某' });
  await form.save();
  await expect(page.getByRole('heading', { name: '王某民事监督听证案' })).toBeVisible();
  const hearingStart = counts.clicks;

  const panel = new WorkflowPanel(page);
  const card = '公开听证';
  await panel.start(card, (f) => f.choose('案件类别', '民事诉讼监督'));
  await approveHearing(panel, card);

  // Random draw of three (the default), nothing else asked.
  await panel.act(card, '从听证员库选定听证员');
  const history = panel.history(card);
  await expect(history).toContainText('方式：从听证员库随机抽取');
  await expect(history).toContainText('随机种子：');
  await expect(history).toContainText('听证员：3项');

  await panel.act(card, '发出听证通知', async (f) => {
    await f.fill('听证地点', '庐阳区检察院听证室');
    await f.fill('主持检察官', '王检察官');
    await f.addTexts('已通知的参加人', ['王某']);
  });
  await panel.act(card, '开始听证', async (f) => {
    await f.fill('书记员', '孙书记员');
    await f.check('已核对到场人员');
    await f.check('已宣布听证纪律');
  });
  for (let i = 0; i < 7; i++) {
    await panel.act(card, '记录听证环节', (f) => f.fill('概要', '记录本环节要点。'));
  }
  for (let i = 0; i < POOL.length; i++) {
    await panel.act(card, '记录听证员意见', async (f) => {
      await f.choose('意见倾向', '同意');
      await f.fill('理由', '同意检察机关的处理意见。');
    });
  }
  await panel.act(card, '结束听证');
  await expect(panel.currentStep(card)).toHaveText('笔录整理');

  // The records step refuses while signatures are missing, then completes.
  const records = await panel.act(
    card,
    '完成笔录',
    async (f) => {
      await f.answer('已交当事人核对', true);
      await f.answer('主持人已签名', true);
      await f.answer('听证员已签名', true);
      await f.submit();
    },
    { confirm: false },
  );
  await expect(records.refusal).toContainText('尚未签名、也未注明拒绝签名的：王某');
  await expectAccessible(page, 'a refused step, its reason in the dialog');
  await expect(panel.currentStep(card)).toHaveText('笔录整理');
  const signers = records.root.getByRole('combobox', { name: '已签名（盖章）的参加人' });
  for (const name of ['王某', ...POOL.map((o) => o.name)]) {
    await signers.click();
    await page.getByRole('option', { name, exact: true }).click();
  }
  await records.confirm();
  await expect(panel.currentStep(card)).toHaveText('作出决定');

  console.log(
    `hearing e2e: ${String(counts.clicks)} clicks, ${String(counts.fields)} field changes in all; ` +
      `pool of 3: ${String(poolClicks)} clicks (with set-up); ` +
      `hearing from start to records: ${String(counts.clicks - hearingStart)} clicks`,
  );
});
