/**
 * 线索 in the console, against a real server process: a province admin uploads a model's sheet
 * with one bad row — the row and its reason are shown and nothing is stored — then the fixed
 * sheet, whose leads are listed as sent; the county's workstation pulls one, verifies it and
 * converts it into a case, syncs, and the console shows it converted with the case's status in
 * its outcome cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { totpCodeAt } from '../../src-server/console/totp';
import { ConsoleLeadsPage } from './pages/ConsoleLeadsPage';
import { ConsolePages } from './pages/ConsolePages';
import { LeadToCaseForm, LeadsPage } from './pages/LeadsPage';
import { openDevice } from './sync/openDevice';
import { seedSyncServer, startSyncServer, type ServerProcess } from './sync/serverProcess';
import { e2eServer, E2E_UNITS, readCodes } from './sync/syncServer';
import { readSeededAccount } from './sync/seededAccount';
import { LEAD_SHEET_TEMPLATE_HEADERS } from '../../src-shared/console/leadSheetColumns';

const SERVER = e2eServer('console-leads', 8805);
const MODEL = '拖欠农民工工资支持起诉类案监督模型';
const HEADER = [...LEAD_SHEET_TEMPLATE_HEADERS];
const UNPAID = '某建筑劳务公司拖欠十二名农民工工资线索';
const OTHER = '某物业公司欠付保洁员工资线索';
const rows = (date: string) => [
  [
    MODEL,
    'QX-1',
    UNPAID,
    '劳动者权益保护',
    E2E_UNITS.yaohai.code,
    '张某、某建筑劳务有限公司',
    '拖欠工资共计三十六万元。',
    '2027-01-15',
  ],
  [
    MODEL,
    'QX-2',
    OTHER,
    '1',
    E2E_UNITS.luyang.code,
    '某物业服务有限公司',
    '欠付保洁员工资两个月。',
    date,
  ],
];

let server: ServerProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'jianhu-console-leads-'));

test.beforeAll(async () => {
  seedSyncServer(SERVER, { consoleAccount: true });
  server = await startSyncServer(SERVER);
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

async function sheet(name: string, data: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('线索');
  for (const row of [HEADER, ...data]) worksheet.addRow(row);
  const path = join(scratch, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

test('a sheet with a bad row stores nothing; the fixed one reaches the county and comes back converted', async ({
  page,
  browser,
}) => {
  const account = readSeededAccount(SERVER);
  await new ConsolePages(page, SERVER.origin).signIn(
    account.username,
    account.password,
    totpCodeAt(account.totpSecret, new Date()),
  );
  const leads = new ConsoleLeadsPage(page);
  await leads.open();
  const template = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载模板' }).click();
  expect((await template).suggestedFilename()).toBe('lead-template.xlsx');

  const huge = join(scratch, 'huge.xlsx');
  writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024));
  await leads.choose(huge);
  await expect(leads.problem).toContainText('超过上限 5 MB');
  await leads.choose(await sheet('bad.xlsx', rows('2027-02-30')));
  await expect(leads.issues).toContainText('有 1 处错误，未保存任何线索');
  await expect(leads.issues).toContainText('“2027-02-30”不是可识别的日期');
  await expect(leads.issues.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await expect(leads.ready).toBeHidden();
  await page.reload();
  await expect(page.getByText('还没有模型线索。')).toBeVisible();
  await expect(page.getByText('没有符合条件的线索。')).toBeVisible();

  await leads.choose(await sheet('fixed.xlsx', rows('2027-02-03')));
  await expect(leads.ready).toContainText('将向 2 个院下发 2 条线索');
  await leads.importChecked();
  await expect(leads.done).toContainText('已导入 2 条线索');
  await expect(leads.row(UNPAID)).toContainText('瑶海区人民检察院');
  await expect(leads.row(UNPAID)).toContainText('已下发');
  await expect(leads.row(OTHER)).toContainText('庐阳区人民检察院');
  await expect(leads.modelFigure(MODEL, 'sent')).toHaveText('2');

  // The 瑶海 workstation pulls its lead, verifies it and converts it into a case.
  const context = await browser.newContext();
  const device = await openDevice(context, SERVER, E2E_UNITS.yaohai, readCodes(SERVER).firstDevice);
  const appLeads = new LeadsPage(device.page);
  await appLeads.open();
  await expect(appLeads.row(UNPAID)).toContainText(MODEL);
  await expect(appLeads.row(OTHER)).toHaveCount(0);
  await appLeads.select(UNPAID);
  await appLeads.action('开始核查').click();
  await appLeads.action('转为案件').click();
  const form = new LeadToCaseForm(device.page);
  await expect(form.field('案件名称')).toHaveValue(UNPAID);
  await form.choose('案件类型', '民事生效裁判监督');
  await form.choose('承办部门', '民事检察部门');
  await form.save();
  await expect(device.page.getByRole('heading', { name: UNPAID, level: 2 })).toBeVisible();
  await device.sync.syncNow();
  await expect(device.sync.indicator).toContainText('已全部同步');
  await context.close();

  await page.reload();
  await expect(leads.row(UNPAID)).toContainText('已成案');
  await expect(leads.row(OTHER)).toContainText('已下发');
  // The conversion itself reports the new case's status: no later edit of the case is needed.
  await expect(leads.outcome(UNPAID)).toHaveText('案件已收案');
  await expect(leads.outcome(OTHER)).toHaveText('');
  await expect(leads.modelFigure(MODEL, 'converted')).toHaveText('1');
  await leads.filter('状态', '已成案');
  await expect(leads.row(UNPAID)).toBeVisible();
  await expect(leads.row(OTHER)).toBeHidden();
});
