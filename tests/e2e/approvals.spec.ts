/**
 * A cross-device approval through the real provincial server: the procurator's workstation asks
 * for the chief procurator's decision, the request reaches the chief's workstation, the chief
 * answers there with his password, the answer comes back, and the procurator takes the step with
 * it — the history naming the chief as approver. An answer is counted once.
 */
import { expect, test } from './helpers/interactions';
import { walkAssistanceToDecision } from './pages/assistanceWalk';
import { CaseFormPage } from './pages/CaseFormPage';
import { OWN_PASSWORD } from './pages/Desk';
import { labelled, WorkflowPanel } from './pages/WorkflowPanel';
import { openDevice } from './sync/openDevice';
import { seedSyncServer, startSyncServer, type ServerProcess } from './sync/serverProcess';
import { APPROVALS_SERVER, E2E_UNITS, readCodes } from './sync/syncServer';

const TITLE = '赵某追索劳动报酬申请国家司法救助案';
const CARD = '国家司法救助';

let server: ServerProcess | null = null;

test.beforeAll(async () => {
  seedSyncServer(APPROVALS_SERVER);
  server = await startSyncServer(APPROVALS_SERVER);
});

test.afterAll(async () => {
  await server?.stop();
  server = null;
});

test('the chief procurator approves on his own workstation and the procurator takes the step', async ({
  newContext,
}) => {
  const codes = readCodes(APPROVALS_SERVER);
  const handlerContext = await newContext();
  const handler = await openDevice(
    handlerContext,
    APPROVALS_SERVER,
    E2E_UNITS.yaohai,
    codes.firstDevice,
    [{ name: '王检察官', role: '检察官' }],
  );
  const chiefContext = await newContext();
  const chief = await openDevice(
    chiefContext,
    APPROVALS_SERVER,
    E2E_UNITS.yaohai,
    codes.secondDevice,
    [{ name: '李检察长', role: '检察长' }],
  );

  // The procurator's workstation: the case up to the decision, then a request to the chief.
  const page = handler.page;
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: TITLE, facts: '用工单位拖欠工资，申请人因案生活困难。' });
  await form.fillParty(1, { name: '赵某' });
  await form.save();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const panel = new WorkflowPanel(page);
  await panel.start(CARD);
  await walkAssistanceToDecision(panel, CARD);
  const decision = await panel.act(CARD, '决定救助', undefined, { confirm: false });
  await decision.submit();
  await decision.requestApproval('请检察长审批本案救助决定。');
  const requests = panel.card(CARD).getByRole('region', { name: '审批请求' });
  await expect(requests).toContainText('等待审批');
  await handler.sync.syncNow();
  await expect(handler.sync.indicator).toContainText('已全部同步');

  // The chief's workstation: the request waits in 待审批; he approves with his password.
  await chief.sync.syncNow();
  await expect(chief.sync.indicator).toContainText('已全部同步');
  const chiefPage = chief.page;
  await chiefPage.getByRole('link', { name: /^待审批/ }).click();
  const item = chiefPage.getByRole('article', { name: TITLE });
  await expect(item).toContainText('决定救助');
  await item.getByRole('button', { name: '审批' }).click();
  const answer = chiefPage.getByRole('dialog', { name: '审批：决定救助' });
  await expect(answer.getByRole('table', { name: '提交的内容' })).toContainText('25922');
  await answer.getByLabel(labelled('审批意见（不同意时必填）')).fill('同意救助。');
  await answer.getByLabel(labelled('您的密码（确认本人审批）')).fill(OWN_PASSWORD);
  await answer.getByRole('button', { name: '同意', exact: true }).click();
  await expect(answer).toBeHidden();
  await expect(chiefPage.getByText('没有等待您审批的请求。')).toBeVisible();
  await chief.sync.syncNow();
  await expect(chief.sync.indicator).toContainText('已全部同步');

  // Back on the procurator's workstation: the answer arrived; the step is taken with it.
  await handler.sync.syncNow();
  await expect(requests).toContainText('已同意');
  await expect(requests).toContainText('李检察长');
  await requests.getByRole('button', { name: '按审批执行：决定救助' }).click();
  await expect(panel.currentStep(CARD)).toHaveText('申请救助资金');
  await expect(panel.history(CARD)).toContainText('审批：李检察长（检察长）答复审批请求');
  await handler.sync.syncNow();
  await expect(handler.sync.indicator).toContainText('已全部同步');

  for (const context of [handlerContext, chiefContext]) await context.close();
});
