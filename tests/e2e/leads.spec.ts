/**
 * Leads in Chromium against the real provincial server: a provincial model's lead list, imported
 * by the operator while the server is stopped, reaches the county's workstation by sync; one lead
 * is verified and converted into a case through the prefilled form, another is dismissed with a
 * reason (and not without one), and after "sync now" the server holds both outcomes.
 */
import { expect, test } from './helpers/interactions';
import { expectAccessible } from './helpers/axe';
import { LeadToCaseForm, LeadsPage } from './pages/LeadsPage';
import { openDevice } from './sync/openDevice';
import { ServerProbe } from './sync/ServerProbe';
import { seedSyncServer, startSyncServer, type ServerProcess } from './sync/serverProcess';
import { E2E_UNITS, LEADS_SERVER, readCodes } from './sync/syncServer';

const MODEL = '拖欠农民工工资支持起诉类案监督模型';
const UNPAID = {
  externalId: 'QX-2027-0001',
  title: '某建筑劳务公司拖欠十二名农民工工资线索',
  content:
    '某建筑劳务有限公司承建的安置房项目完工后，拖欠农民工工资共计三十六万元，劳动者多次讨要未果。',
  parties: [
    { name: '张某', role: '农民工代表' },
    { name: '某建筑劳务有限公司', role: '用人单位' },
  ],
  amount: 360000,
  focalPoint: 'workers',
  region: '瑶海区',
  occurredAt: '2027-01-15',
};
const SETTLED = {
  externalId: 'QX-2027-0002',
  title: '某物业公司欠付保洁员工资线索',
  content: '某物业服务有限公司欠付保洁员工资两个月。',
  parties: [{ name: '某物业服务有限公司', role: '用人单位' }],
  amount: 8400,
};
const LEAD_LIST = {
  model: { name: MODEL, code: 'AH-MX-017' },
  batch: '2027年第一批',
  issuedAt: '2027-02-01',
  items: [UNPAID, SETTLED],
};
const REASON = '经核查，欠付工资已于立案前全部结清，劳动者无支持起诉需求。';

let server: ServerProcess | null = null;
let probe: ServerProbe;

test.beforeAll(async () => {
  // The operator's import runs before the server starts: PGlite lets one process in at a time.
  seedSyncServer(LEADS_SERVER, { leads: LEAD_LIST });
  server = await startSyncServer(LEADS_SERVER);
  probe = new ServerProbe(LEADS_SERVER, readCodes(LEADS_SERVER).probe);
});

test.afterAll(async () => {
  await server?.stop();
  server = null;
});

async function serverLead(externalId: string) {
  const lead = (await probe.leads()).find((l) => l.data.externalId === externalId);
  if (!lead) throw new Error(`the server has no lead ${externalId}`);
  return lead.data;
}

test('a model lead reaches the county, is verified and becomes a case; the server learns it', async ({
  newContext,
}) => {
  const context = await newContext();
  const { page, sync } = await openDevice(
    context,
    LEADS_SERVER,
    E2E_UNITS.yaohai,
    readCodes(LEADS_SERVER).firstDevice,
  );
  const leads = new LeadsPage(page);
  await leads.open();
  await expect(leads.row(UNPAID.title)).toContainText(MODEL);
  await expect(leads.row(UNPAID.title)).toContainText('新线索');
  await expect(leads.row(SETTLED.title)).toBeVisible();

  await leads.select(UNPAID.title);
  await expectAccessible(page, 'a selected lead');
  // Converting needs a verification first: the button appears only once it is under way.
  await expect(leads.action('转为案件')).toHaveCount(0);
  await leads.action('开始核查').click();
  await expect(leads.row(UNPAID.title)).toContainText('核查中');

  await leads.action('转为案件').click();
  const form = new LeadToCaseForm(page);
  await expect(form.heading).toBeVisible();
  await expectAccessible(page, 'a lead turned into the new-case form');
  await expect(form.field('案件名称')).toHaveValue(UNPAID.title);
  await expect(form.field('事实与理由')).toHaveValue(UNPAID.content);
  await expect(form.combobox('案件来源')).toHaveValue('线索移送（含大数据模型）');
  await expect(form.combobox('行动重点领域')).toHaveValue('劳动者权益保护');
  await expect(form.party(1).getByLabel('姓名/名称')).toHaveValue('张某');
  await expect(form.party(2).getByLabel('姓名/名称')).toHaveValue('某建筑劳务有限公司');
  await form.choose('案件类型', '民事生效裁判监督');
  await form.choose('承办部门', '民事检察部门');
  await form.save();

  await expect(page.getByRole('heading', { name: UNPAID.title, level: 2 })).toBeVisible();
  const caseId = /#\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(caseId).toBeDefined();

  await leads.open();
  await expect(leads.row(UNPAID.title)).toContainText('已成案');
  await leads.select(UNPAID.title);
  await expect(leads.action('开始核查')).toHaveCount(0);
  await leads.action('打开案件').click();
  await expect(page.getByRole('heading', { name: UNPAID.title, level: 2 })).toBeVisible();
  expect(page.url()).toContain(`#/cases/${caseId ?? ''}`);

  await sync.syncNow();
  await expect(sync.indicator).toContainText('已全部同步');
  const onServer = await serverLead(UNPAID.externalId);
  expect({ status: onServer.status, caseId: onServer.caseId, model: onServer.modelName }).toEqual({
    status: 'becameCase',
    caseId,
    model: MODEL,
  });

  await context.close();
});

test('a lead is dismissed only with a reason; the server keeps the reason', async ({
  newContext,
}) => {
  const context = await newContext();
  const { page, sync } = await openDevice(
    context,
    LEADS_SERVER,
    E2E_UNITS.yaohai,
    readCodes(LEADS_SERVER).secondDevice,
  );
  const leads = new LeadsPage(page);
  await leads.open();
  await leads.select(SETTLED.title);
  await leads.action('排除线索').click();

  await leads.action('确认排除').click();
  await expect(page.getByText('请填写排除理由。')).toBeVisible();
  await expect(leads.dismissReason).toHaveAttribute('aria-invalid', 'true');
  await expect(leads.row(SETTLED.title)).toContainText('新线索');
  // Nothing was written, so nothing waits for the server.
  await expect(sync.indicator).toContainText('已全部同步');
  expect((await serverLead(SETTLED.externalId)).status).toBe('new');

  await leads.dismissReason.fill(REASON);
  await leads.action('确认排除').click();
  await expect(leads.row(SETTLED.title)).toContainText('已排除');
  await expect(page.getByText(REASON)).toBeVisible();
  await expect(leads.action('开始核查')).toHaveCount(0);

  await sync.syncNow();
  await expect(sync.indicator).toContainText('已全部同步');
  const onServer = await serverLead(SETTLED.externalId);
  expect({ status: onServer.status, reason: onServer.dismissReason }).toEqual({
    status: 'dismissed',
    reason: REASON,
  });

  await context.close();
});
