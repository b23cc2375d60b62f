import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { expectAccessible } from './helpers/axe';
import { CaseCardFieldset, CaseFormPage, type PartyInput } from './pages/CaseFormPage';
import { dateFromToday } from './pages/dates';
import { Desk, OWN_PASSWORD } from './pages/Desk';
import { walkAssistanceToDecision } from './pages/assistanceWalk';
import { approveHearing } from './pages/hearingApproval';
import { dumpIndexedDb } from './pages/rawIndexedDb';
import { StepForm, WorkflowPanel, labelled } from './pages/WorkflowPanel';

const ID_NUMBER = '11010519491231002X';

test.beforeEach(async ({ page }) => {
  await new Desk(page).setUp('合肥市庐阳区人民检察院', '340103', [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ]);
});

async function registerCase(
  page: Page,
  title: string,
  parties: readonly PartyInput[],
  wageCard?: Record<string, string>,
) {
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({
    title,
    facts: '申请人在某建筑工地务工，包工头拖欠工资三万余元，多次讨要未果。',
  });
  for (const [i, party] of parties.entries()) {
    if (i > 0) await form.addParty();
    await form.fillParty(i + 1, party);
  }
  if (wageCard) await new CaseCardFieldset(page, '欠薪').fill(wageCard);
  await form.save();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** S1 may take at most this many clicks, from registering the case to the payment (issue 15). */
const S1_MAX_CLICKS = 70;

test('(a) wage-arrears judicial assistance from application to payment, with the decision .docx', async ({
  page,
  interactions,
}) => {
  await registerCase(
    page,
    '张某追索劳动报酬申请国家司法救助案',
    [{ name: '张小明', idNumber: ID_NUMBER, phone: '13812345678' }],
    {
      涉及劳动者人数: '1',
      '欠薪金额（元）': '32000',
      '已追回金额（元）': '0',
      用人单位: '某建筑劳务有限公司',
    },
  );
  const panel = new WorkflowPanel(page);
  const card = '国家司法救助';
  await panel.start(card);
  await expect(panel.currentStep(card)).toHaveText('告知与线索移送');

  await walkAssistanceToDecision(panel, card, {
    wageCard: { owed: '32000.00', recovered: '0' },
  });
  await expect(panel.currentStep(card)).toHaveText('审批决定');

  // The decision belongs to the chief procurator (the configured decider).
  await expect(panel.card(card)).toContainText('救助决定须由配置的决定人作出');
  // The procurator cannot decide; the chief procurator, present, confirms with his own password.
  const decision = await panel.act(card, '决定救助', undefined, { confirm: false });
  await decision.submit();
  await expect(decision.refusal).toContainText('救助决定须由配置的决定人作出');
  await expectAccessible(page, 'the approver prompt of a refused decision');
  await decision.confirmByApprover('李检察长', '检察长', OWN_PASSWORD);
  await expect(panel.currentStep(card)).toHaveText('申请救助资金');
  await expect(panel.history(card)).toContainText('李检察长');

  // The decision .docx, generated from the case and the workflow's data.
  await panel.card(card).getByRole('button', { name: '生成国家司法救助决定书' }).click();
  const doc = page.getByRole('dialog', { name: '国家司法救助决定书' });
  // The reasoning and the legal basis are drafted from the review's findings.
  await expect(doc.getByLabel(labelled('理由'))).toHaveValue(
    '申请人张小明追索劳动报酬执行不能，因案生活陷入困难，属于“人民检察院认为需要救助的其他情形”，符合国家司法救助条件。',
  );
  const basis = doc.getByRole('group', { name: '法律依据 1' });
  await expect(basis.getByLabel(labelled('法律名称'))).toHaveValue(
    '人民检察院开展国家司法救助工作细则',
  );
  await expect(basis.getByLabel(labelled('条'))).toHaveValue('7');
  await expectAccessible(page, 'the decision document dialog, drafted');
  const download = page.waitForEvent('download');
  await doc.getByRole('button', { name: '生成并下载 .docx' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('国家司法救助决定书.docx');
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(doc).toBeHidden();
  await expect(panel.card(card).getByRole('region', { name: '文书' })).toContainText(
    '国家司法救助决定书',
  );

  // Funds and payment are the handler's.
  await panel.act(card, '申请资金');
  await panel.act(card, '资金到位');
  await panel.act(card, '通知领取', (f) => f.choose('方式', '电话'));
  await panel.act(card, '发放救助金', async (f: StepForm) => {
    await f.choose('方式', '银行转账');
    await f.fill('银行账号', '6222 0000 1111 2222');
  });
  await expect(panel.currentStep(card)).toHaveText('回访跟踪');
  const history = panel.history(card);
  await expect(history).toContainText('发放救助金');
  await expect(history).toContainText('银行账号：***');
  await expect(history).not.toContainText('1111');

  // Read without the app and without a key, no table holds the ID number, the phone or the bank
  // account in clear: not the case, the workflow, the outbox, the documents, the audit chain nor
  // the search index.
  const stored = await dumpIndexedDb(page);
  expect(stored).toContain('张小明');
  for (const secret of [ID_NUMBER, '13812345678', '6222 0000 1111 2222', '6222000011112222']) {
    expect(stored).not.toContain(secret);
  }

  // What the case card and the earlier steps already said is proposed, not asked again.
  expect((await interactions.counted()).clicks).toBeLessThanOrEqual(S1_MAX_CLICKS);
});

/** A civil reconciliation from the proposal to a signed agreement, with or without the waiver. */
async function reconcileToPerformance(page: Page, { waives }: { waives: boolean }) {
  await registerCase(page, '张某与某劳务公司劳务合同纠纷监督案', [
    { name: '张小明', idNumber: ID_NUMBER },
    { name: '某建筑劳务有限公司' },
  ]);
  const panel = new WorkflowPanel(page);
  const card = '民事检察和解';
  await panel.start(card);
  await panel.act(card, '引导和解', (f) => f.check('已告知和解的法律后果'));
  for (const party of ['张小明', '某建筑劳务有限公司']) {
    await panel.act(card, '记录和解意愿', async (f) => {
      await f.choose('当事人', party);
      await f.answer('愿意和解', true);
      await f.fill('自愿和解的陈述', `${party}表示系自愿和解，未受胁迫。`);
    });
  }
  await panel.act(card, '开始协商');
  await panel.act(card, '记录协商情况', async (f) => {
    await f.fill('地点', '庐阳区检察院调解室');
    for (const [name, kind] of [
      ['张小明', '当事人'],
      ['赵调解员', '人民调解员'],
    ] as const) {
      const item = await f.addItem('参加人员');
      await f.fill('姓名', name, item);
      await f.choose('身份', kind, item);
    }
    await f.fill('概要', '双方就欠付工资数额和支付期限达成一致意见。');
  });
  await panel.act(card, '拟定和解协议', async (f) => {
    await f.fill('协议条款', '被申请人于签订之日起十日内一次性支付劳务费三万元。');
    const obligation = await f.addItem('义务条款');
    await f.fill('义务人', '某建筑劳务有限公司', obligation);
    await f.fill('权利人', '张小明', obligation);
    await f.fill('说明', '支付劳务费', obligation);
    await f.fill('金额（元）', '30000', obligation);
    await f.answer('协议明确放弃申请监督的权利', waives);
    if (waives) await f.fill('放弃申请监督条款', '申请人自愿放弃就本案申请检察监督的权利。');
  });
  await panel.act(card, '确认协议合法', (f) => f.answerAll(null, false));
  await panel.act(card, '签订协议', (f) => f.addTexts('签字人', ['张小明', '某建筑劳务有限公司']));
  await expect(panel.currentStep(card)).toHaveText('协议履行');
  return { panel, card };
}

test('(b) a civil reconciliation whose agreement waives supervision ends in termination of review', async ({
  page,
}) => {
  const { panel, card } = await reconcileToPerformance(page, { waives: true });
  await panel.act(card, '终结审查');
  await expect(panel.currentStep(card)).toHaveText('已终结审查');
  await expect(panel.card(card).getByText('已结束', { exact: true })).toBeVisible();
  await expect(panel.card(card).getByRole('button', { name: '生成终结审查决定书' })).toBeVisible();
});

test('(b) an agreement without the waiver cannot terminate review: the action is refused with its reason', async ({
  page,
}) => {
  const { panel, card } = await reconcileToPerformance(page, { waives: false });
  await expect(panel.action(card, '终结审查')).toBeDisabled();
  await expect(
    panel
      .card(card)
      .getByText('终结审查：和解协议未明确载明申请人放弃监督申请权，不能终结审查，审查继续进行。'),
  ).toBeVisible();
  await expect(panel.currentStep(card)).toHaveText('协议履行');
  await expect(panel.history(card)).not.toContainText('终结审查');
});

test('issue 15 item 4: an agreement signed without the waiver is supplemented with it, and then review can end', async ({
  page,
}) => {
  const { panel, card } = await reconcileToPerformance(page, { waives: false });
  await expect(panel.action(card, '终结审查')).toBeDisabled();
  await panel.act(card, '签订补充协议或变更协议', async (f) => {
    // The signed terms are carried over: only the kind, the reasons and the waiver are entered.
    await expect(f.root.getByLabel(labelled('协议条款'))).toHaveValue(/一次性支付劳务费三万元/);
    await f.choose('协议类型', '补充协议');
    await f.fill('理由', '原协议未载明申请人放弃监督申请权。');
    await f.fill('自愿和解的陈述', '双方当事人均表示自愿签订补充协议，未受胁迫。');
    await f.answer('协议明确放弃申请监督的权利', true);
    await f.fill('放弃申请监督条款', '申请人自愿放弃就本案申请检察监督的权利。');
  });
  // The supplementary agreement is checked and signed as the first one was.
  await expect(panel.currentStep(card)).toHaveText('协议合法性审查');
  await panel.act(card, '确认协议合法', (f) => f.answerAll(null, false));
  await panel.act(card, '签订协议', (f) => f.addTexts('签字人', ['张小明', '某建筑劳务有限公司']));
  await expect(panel.currentStep(card)).toHaveText('协议履行');
  await panel.act(card, '终结审查');
  await expect(panel.currentStep(card)).toHaveText('已终结审查');
  await expect(panel.history(card)).toContainText('签订补充协议或变更协议');
});

test('issue 15 item 1: the administrator lowers the months cap in the settings; the start dialog only shows it', async ({
  page,
}) => {
  const desk = new Desk(page);
  await desk.switchTo(desk.adminName);
  await page.getByRole('link', { name: '设置', exact: true }).click();
  const limits = page.getByRole('heading', { name: '本单位限额' }).locator('..');
  const cap = limits.getByLabel(/^救助金额月数上限/);
  await cap.fill('48');
  await limits.getByRole('button', { name: '保存限额' }).click();
  await expect(limits).toContainText('月数上限不得超过国家规定的36个月');
  await cap.fill('24');
  await limits.getByRole('button', { name: '保存限额' }).click();
  await expect(limits).toContainText('已保存本单位限额。');

  // A procurator sees the limits and cannot change them, in the settings or when starting.
  await desk.switchTo('王检察官');
  await expect(limits).toContainText('救助金额月数上限：24个月');
  await expect(limits.getByRole('button', { name: '保存限额' })).toHaveCount(0);
  await registerCase(page, '张某追索劳动报酬申请国家司法救助案', [
    { name: '张小明', idNumber: ID_NUMBER },
  ]);
  await page.getByRole('button', { name: '启动流程', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '启动流程' });
  await new StepForm(page, dialog).choose('流程', '国家司法救助');
  await expect(dialog).toContainText('救助金额月数上限：24个月');
  await expect(dialog.getByRole('textbox', { name: /月数上限/ })).toHaveCount(0);
});

test('(c) a reasoning record with three grounds, each answered', async ({ page }) => {
  await registerCase(page, '李某申请民事监督释法说理案', [{ name: '李某' }]);
  const panel = new WorkflowPanel(page);
  const card = '释法说理';
  await panel.start(card, async (f) => {
    await f.choose('说理起因', '不支持监督申请');
    await f.fill('原决定日期', dateFromToday(0));
  });
  const grounds = [
    ['原判认定劳务关系错误', '双方签订的劳务协议及工资表足以证明劳务关系，原判认定并无不当。'],
    ['原判计算欠款数额错误', '欠款数额有对账单和银行流水印证，计算无误。'],
    ['原审程序违法未通知证人出庭', '原审已依法通知，证人无正当理由未到庭，不构成程序违法。'],
  ] as const;
  for (const [ground] of grounds) {
    await panel.act(card, '添加申请人理由', (f) => f.fill('概要', ground));
  }
  const blocked = panel
    .card(card)
    .getByText('完成说理文稿：申请人的理由尚未逐条回应，不能完成说理。');
  for (const [ground, response] of grounds) {
    await expect(blocked).toBeVisible();
    await expect(panel.action(card, '完成说理文稿')).toBeDisabled();
    await panel.act(card, '回应理由', async (f) => {
      // Each ground is offered with whether it is answered yet (issue 15 item 9).
      await f.choose('申请理由', `${ground} · 未回应`);
      await f.fill('回应', response);
    });
  }
  await expect(blocked).toBeHidden();
  await panel.act(card, '完成说理文稿', async (f) => {
    await f.fill('事实', '经审查，原判认定事实清楚，证据确实充分。');
    const citation = await f.addItem('法律依据');
    await f.choose('法律', '中华人民共和国民事诉讼法', citation);
    await f.fill('条', '211', citation);
    await f.fill('结论', '申请人的监督申请理由不能成立，本院决定不支持其监督申请。');
    await f.fill('救济途径', '可在一年内向上一级人民检察院申请复查。');
  });
  await panel.act(card, '送达说理', (f) => f.choose('方式', '书面送达'));
  await panel.act(card, '记录申请人态度', (f) => f.choose('申请人反应', '服判息诉'));
  await panel.act(card, '完成');
  await expect(panel.currentStep(card)).toHaveText('已完成');
  const history = panel.history(card);
  for (const [ground, response] of grounds) {
    await expect(history).toContainText(`概要：${ground}`);
    await expect(history).toContainText(`回应：${response}`);
  }
});

test('(d) a hearing notice given too late is refused and changes nothing', async ({ page }) => {
  await registerCase(page, '王某民事监督公开听证案', [{ name: '王某' }]);
  const panel = new WorkflowPanel(page);
  const card = '公开听证';
  await panel.start(card, (f) => f.choose('案件类别', '民事诉讼监督'));
  await expect(panel.card(card)).toContainText('批准听证：');

  // One officer is enough only when the chief sets it (the default is three).
  await approveHearing(panel, card, (f) => f.fill('听证员人数（不填按默认 3 名）', '1'));
  await panel.act(card, '选定听证员', async (f) => {
    await f.fill('姓名/名称', '陈听证员');
    await f.fill('听证员库编号', 'TZY-2025-017');
    await f.answer('是人民监督员', false);
    await f.answerAll('资格条件', true);
    const declaration = f.group('利害关系声明');
    await f.answer('与案件有利害关系', false, declaration);
    await f.fill('声明内容', '本人与本案当事人无利害关系。', declaration);
  });
  await expect(panel.currentStep(card)).toHaveText('听证准备');

  const notice = await panel.act(
    card,
    '发出听证通知',
    async (f) => {
      await f.fill('听证日期', dateFromToday(1));
      await f.fill('听证地点', '庐阳区检察院听证室');
      await f.fill('主持检察官', '王检察官');
      await f.addTexts('已通知的参加人', ['王某']);
      await expect(f.root.getByText('通知日距听证日1日（至少应提前3日）')).toBeVisible();
      await f.submit();
    },
    { confirm: false },
  );
  await expect(notice.refusal).toContainText('听证通知应在听证三日前发出，通知时间过晚。');
  await expect(notice.refusal).toContainText('未执行，未保存任何内容');
  await notice.root.getByRole('button', { name: '取消' }).click();
  await expect(panel.currentStep(card)).toHaveText('听证准备');
  await expect(panel.history(card)).not.toContainText('发出听证通知');

  // The same notice in time is accepted.
  await panel.act(card, '发出听证通知', async (f) => {
    await f.fill('听证日期', dateFromToday(10));
    await f.fill('听证地点', '庐阳区检察院听证室');
    await f.fill('主持检察官', '王检察官');
    await f.addTexts('已通知的参加人', ['王某']);
  });
  await expect(panel.currentStep(card)).toHaveText('已通知');
});
