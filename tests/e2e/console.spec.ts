/**
 * The provincial console in Chromium against a real server process: the first account, made by
 * the admin function in the seed, signs in with a TOTP computed here from its secret, issues an
 * enrolment code that the workstation — the web app in a second browser profile — enrols with,
 * sees it "all uploaded" beside a hand-driven device reporting "2 pending", finds the case the
 * workstation registers and syncs under its focal point on 统计 (0 cases before, 1 after, in
 * this month's trend), exports the
 * figures as .xlsx and reads them back, revokes a device — whose token stops working at once, and
 * creates a second account that signs in. The admin of another city sees none of 合肥's figures,
 * on the page or through the API, and no unit of it to choose. No page asset is refused by the
 * console's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chinaToday } from '../../src-shared/stats/actionStatistics';
import { expect, test } from './helpers/interactions';
import { enrollResponseSchema } from '../../src-shared/sync/enroll';
import {
  encodeOutboxReport,
  OUTBOX_REPORT_HEADER,
  type OutboxReport,
} from '../../src-shared/sync/outboxReport';
import { totpCodeAt } from '../../src-server/console/totp';
import { CaseFormPage } from './pages/CaseFormPage';
import { ConsolePages } from './pages/ConsolePages';
import { openDevice } from './sync/openDevice';
import { seedSyncServer, startSyncServer, type ServerProcess } from './sync/serverProcess';
import { readSeededAccount, type SeededAccount } from './sync/seededAccount';
import { e2eServer, E2E_UNITS, readCodes } from './sync/syncServer';

const CONSOLE_SERVER = e2eServer('console', 8796);
const API = `${CONSOLE_SERVER.origin}/api/v1`;
const WORKSTATION = '瑶海工作站 2';
const CASE_TITLE = '王某等十二名农民工追索劳动报酬支持起诉案';

let server: ServerProcess | undefined;

test.beforeAll(async () => {
  seedSyncServer(CONSOLE_SERVER, { consoleAccount: true });
  server = await startSyncServer(CONSOLE_SERVER);
});

test.afterAll(async () => {
  await server?.stop();
});

async function enroll(code: string, deviceName: string) {
  const response = await fetch(`${API}/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  expect(response.status).toBe(200);
  return enrollResponseSchema.parse(await response.json());
}

/** A pull, as a workstation syncs: with its outbox report when it sends one. */
async function pullStatus(token: string, outbox?: OutboxReport): Promise<number> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (outbox !== undefined) headers[OUTBOX_REPORT_HEADER] = encodeOutboxReport(outbox);
  return (await fetch(`${API}/sync/pull`, { headers })).status;
}

const outbox = (changes: number): OutboxReport => ({
  changes,
  refused: 0,
  attachments: 0,
  oldestChangeAt: changes > 0 ? new Date().toISOString() : null,
});

test('first account signs in with TOTP, issues an enrolment code and revokes a device', async ({
  page,
  newContext,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const account = readSeededAccount(CONSOLE_SERVER);
  // A workstation already enrolled in 瑶海 with a code the seed issued.
  const existing = await enroll(readCodes(CONSOLE_SERVER).probe, '瑶海工作站 1');

  const consolePages = new ConsolePages(page, CONSOLE_SERVER.origin);
  await consolePages.signIn(
    account.username,
    account.password,
    totpCodeAt(account.totpSecret, new Date()),
  );
  await expect(page.getByTestId('signed-in-as')).toContainText('省院管理员');
  await expect(consolePages.deviceRow(existing.deviceId)).toContainText('瑶海区人民检察院');

  // Never reported its outbox: the console cannot prove it has uploaded everything.
  await expect(consolePages.deviceRow(existing.deviceId)).toContainText('未报告待上传数');

  await consolePages.chooseUnit('瑶海区人民检察院');
  const code = await consolePages.issueCode();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // The workstation is the web app in its own browser profile: first run, then enrolled with
  // that code; enrolling syncs, so its first report reaches the server.
  const context = await newContext();
  const device = await openDevice(
    context,
    CONSOLE_SERVER,
    E2E_UNITS.yaohai,
    code,
    undefined,
    WORKSTATION,
  );
  // The hand-driven workstation now reports two changes waiting in its outbox.
  expect(await pullStatus(existing.token, outbox(2))).toBe(200);

  await page.reload();
  const workstation = consolePages.deviceRowNamed(WORKSTATION);
  await expect(workstation).toContainText('瑶海区人民检察院');
  await expect(workstation).toContainText('全部已上传');
  await expect(consolePages.deviceRow(existing.deviceId)).toContainText('2 条待上传');
  // 瑶海 shows its worst device, the pending one.
  await expect(consolePages.unitUploadRow('340102')).toContainText('2 条待上传');
  // 庐阳 has no workstation at all: it needs attention as much as a silent one.
  await expect(consolePages.unitUploadRow('340103')).toContainText('未登记设备，需关注');
  // Nothing registered yet: 统计 counts no case.
  await consolePages.openStatistics();
  await expect(page.getByTestId('statistics-total')).toHaveText('案件总数：0 件');
  await consolePages.openUnitsDevices();
  await consolePages.revoke(existing.deviceId);
  await expect(consolePages.deviceRow(existing.deviceId)).toContainText('已注销');
  await expect(workstation).toContainText('正常');
  expect(await pullStatus(existing.token)).toBe(401);
  const today = chinaToday(new Date());

  // The workstation registers a case (received today, by default) and syncs it.
  const form = new CaseFormPage(device.page);
  await form.open();
  await form.fillBasics({ title: CASE_TITLE, facts: '用工单位拖欠工资，申请人年老体弱。' });
  await form.fillParty(1, { name: '王某' });
  await form.save();
  await expect(device.page.getByRole('heading', { name: CASE_TITLE })).toBeVisible();
  await device.sync.syncNow();
  await expect(device.sync.indicator).toContainText('已全部同步');
  await context.close();

  await page.reload();
  await expect(workstation).toContainText('全部已上传');
  await expect(consolePages.unitUploadRow('340102')).toContainText('全部已上传');
  await consolePages.showOnlyUnitsNeedingAttention();
  await expect(consolePages.unitUploadRow('340102')).toBeHidden();

  await expect(consolePages.unitUploadRow('340103')).toBeVisible();

  // 统计 counts the pushed case under its focal point, its unit and this month.
  await consolePages.openStatistics();
  await expect(page.getByTestId('statistics-total')).toHaveText('案件总数：1 件');
  const count = (section: string, label: string) =>
    consolePages.statisticsRow(section, label).getByRole('cell').nth(1);
  await expect(count('byFocalPoint', '劳动者权益保护')).toHaveText('1');
  await expect(count('byUnit', '瑶海区人民检察院')).toHaveText('1');
  await expect(count('trends', today.slice(0, 7))).toHaveText('1');
  await expect(
    page.getByTestId('statistics-trends').locator('.recharts-line').first(),
  ).toBeVisible();

  // The same figures as .xlsx, read back with the library that wrote them.
  const file = await consolePages.exportStatistics();
  expect(file.name).toBe(`专项行动统计-安徽省人民检察院-${today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  const overview = workbook.getWorksheet('概况');
  expect(overview?.getCell('A1').value).toBe(`安徽省人民检察院 · 专项行动统计 · 截至 ${today}`);
  expect(overview?.getRow(3).values).toEqual([undefined, '案件总数', 1]);
  expect(workbook.getWorksheet('按重点领域')?.getRow(3).values).toEqual([
    undefined,
    '劳动者权益保护',
    1,
  ]);
  expect(workbook.getWorksheet('月度趋势')?.rowCount).toBe(2 + 12);

  // One county of the subtree, then another without the case.
  await consolePages.chooseStatisticsUnit('瑶海区人民检察院');
  await expect(page.getByTestId('statistics-total')).toHaveText('案件总数：1 件');
  await consolePages.chooseStatisticsUnit('庐阳区人民检察院');
  await expect(page.getByTestId('statistics-total')).toHaveText('案件总数：0 件');

  // A second province account, made in the console and shown once, signs in on its own.
  const second = await consolePages.createAccount('li.na');
  await consolePages.signOut();
  await consolePages.signIn('li.na', second.password, totpCodeAt(second.totpSecret, new Date()));
  await expect(page.getByTestId('signed-in-as')).toContainText('li.na');
  expect(refused).toEqual([]);
});

test('the admin of another city sees none of 合肥’s figures', async ({ page }) => {
  const account = JSON.parse(
    readFileSync(join(CONSOLE_SERVER.dataDir, 'console-other-city.json'), 'utf8'),
  ) as SeededAccount;
  const consolePages = new ConsolePages(page, CONSOLE_SERVER.origin);
  await consolePages.signIn(
    account.username,
    account.password,
    totpCodeAt(account.totpSecret, new Date()),
  );
  await consolePages.openStatistics();
  await expect(page.getByTestId('statistics-total')).toHaveText('案件总数：0 件');
  await consolePages.openStatisticsUnits();
  await expect(consolePages.statisticsUnitOptions()).toHaveText([
    /芜湖市人民检察院$/,
    /镜湖区人民检察院$/,
  ]);
  await page.keyboard.press('Escape');

  // Asked for 合肥's units by hand, the API refuses and tells nothing of them.
  for (const unit of ['340100', '340102']) {
    const figures = await page.request.get(
      `${CONSOLE_SERVER.origin}/console/api/statistics?unit=${unit}`,
    );
    expect(figures.status()).toBe(403);
    expect(await figures.text()).not.toContain('cases');
    const exported = await page.request.get(
      `${CONSOLE_SERVER.origin}/console/api/statistics/export?unit=${unit}`,
    );
    expect(exported.status()).toBe(403);
  }
  // Its own export holds no case of 合肥.
  const file = await consolePages.exportStatistics();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  expect(workbook.getWorksheet('概况')?.getRow(3).values).toEqual([undefined, '案件总数', 0]);
  expect(workbook.getWorksheet('按单位')?.rowCount).toBe(2);
});
