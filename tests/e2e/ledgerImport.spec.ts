/**
 * A procurator imports last year's 台账: the first file has bad rows, the page lists them and the
 * downloaded report names each; the corrected file imports, the 工作台's figures grow by what it
 * holds, the statistics and the case list export to .xlsx with those figures, and importing it
 * again finds every row already stored.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../../src-shared/domain/residentId';
import { CaseListPage } from './pages/CaseListPage';
import { Desk } from './pages/Desk';
import { LedgerImportPage } from './pages/LedgerImportPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const HEADERS = [
  '序号',
  '案件名称',
  '当事人',
  '身份证号',
  '案件类型',
  '受理日期',
  '承办人',
  '欠薪人数',
  '欠薪金额（万元）',
];
const GOOD_ROWS = 12;
/** Rows 1–14 of the corrected file: n workers owed n.08 万元 (n × 10,000 + 800 yuan) each. */
const IMPORTED = GOOD_ROWS + 2;
const WORKERS = (IMPORTED * (IMPORTED + 1)) / 2;
const OWED_YUAN = WORKERS * 10_000 + IMPORTED * 800;

/** Valid resident IDs: 110105 1990-03-07 + a sequence with its check character. */
function residentId(n: number): string {
  const first17 = `11010519900307${String(100 + n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

function goodRow(n: number): unknown[] {
  return [
    n,
    `台账导入测试案${n}`,
    `当事人${n}`,
    residentId(n),
    '支持起诉',
    `2025年1月${n}日`,
    '刘检察官',
    `${n}人`,
    `${n}.08`,
  ];
}

async function downloaded(page: Page, button: string, path: string): Promise<ExcelJS.Workbook> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await (await downloading).saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The row of a sheet whose first cell is `label`, as its cell values from the second on. */
function rowOf(sheet: ExcelJS.Worksheet | undefined, label: string): unknown[] {
  let found: unknown[] = [];
  sheet?.eachRow((row) => {
    const values = row.values as unknown[];
    if (values[1] === label) found = values.slice(2);
  });
  return found;
}

async function ledger(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2025年台账');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a ledger with bad rows is reported; the corrected one imports once, counts and exports', async ({
  page,
}, testInfo) => {
  await new Desk(page).setUp('宿州市埇桥区人民检察院', '341302', [
    { name: '刘检察官', role: '检察官' },
  ]);
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await expect(workbench.figure('本院案件').getByTestId('figure-value')).toHaveText('0');
  await expect(workbench.wageFigure('欠薪案件数')).toHaveText('0');

  const good = Array.from({ length: GOOD_ROWS }, (_, i) => goodRow(i + 1));
  const bad = [
    [13, '日期错误案', '甲某', residentId(13), '支持起诉', '2025-02-30', '刘检察官', 2, 1],
    [14, '证件号被改案', '乙某', 340102198506123000, '支持起诉', '2025-01-14', '', 3, 2],
    goodRow(1),
  ];
  const importer = new LedgerImportPage(page);
  await importer.open();
  await importer.check('2025年台账.xlsx', await ledger([...good, ...bad]));
  await expect(importer.summary).toHaveText(
    `可以导入 ${GOOD_ROWS} 行；有问题 3 处（其中本机已有的案件 0 件）。`,
  );
  await expect(importer.problems.getByRole('row')).toHaveCount(4);
  await expect(importer.problems).toContainText('“2025-02-30”不是真实存在的日期。');
  await expect(importer.problems).toContainText('已被 Excel 当作数字保存');
  await expect(importer.problems).toContainText('与本文件第 2 行是同一案件');

  const download = await importer.downloadReport();
  expect(download.suggestedFilename()).toBe('台账导入错误报告.xlsx');
  const report = new ExcelJS.Workbook();
  const saved = await readFile(await download.path());
  await report.xlsx.load(Uint8Array.from(saved).buffer);
  const lines = report.worksheets[0]?.getSheetValues().slice(2) as unknown[][];
  expect(lines.map((line) => [line[1], line[2]])).toEqual([
    [14, '受理日期'],
    [15, '身份证号'],
    [16, '整行'],
  ]);

  // The bad rows corrected: a real date, the ID typed as text, the repeated row removed.
  const fixed = [...good, goodRow(13), goodRow(14)];
  await importer.restart();
  await importer.check('2025年台账（改正）.xlsx', await ledger(fixed));
  await expect(importer.summary).toHaveText(
    `可以导入 ${IMPORTED} 行；有问题 0 处（其中本机已有的案件 0 件）。`,
  );
  await importer.importRows(IMPORTED);

  await workbench.open();
  await expect(workbench.figure('本院案件').getByTestId('figure-value')).toHaveText(
    String(IMPORTED),
  );
  await expect(workbench.wageFigure('欠薪案件数')).toHaveText(String(IMPORTED));
  await expect(workbench.wageFigure('涉及劳动者人数')).toHaveText(String(WORKERS));
  await expect(workbench.wageFigure('欠薪金额')).toHaveText(
    `¥${OWED_YUAN.toLocaleString('en-US')}.00`,
  );

  const stats = await downloaded(page, '导出统计表（Excel）', testInfo.outputPath('stats.xlsx'));
  expect(rowOf(stats.getWorksheet('案件与期限'), '案件总数')).toEqual([IMPORTED, IMPORTED]);
  expect(rowOf(stats.getWorksheet('按工作重点'), '劳动者权益保护')).toEqual([IMPORTED, IMPORTED]);
  expect(rowOf(stats.getWorksheet('按案件类型'), '支持起诉')).toEqual([IMPORTED, IMPORTED]);
  expect(rowOf(stats.getWorksheet('欠薪案件'), '本院').slice(0, 3)).toEqual([
    IMPORTED,
    WORKERS,
    OWED_YUAN,
  ]);

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.count).toHaveText(`共 ${IMPORTED} 件`);
  await expect(list.row('台账导入测试案14')).toBeVisible();
  await expect(list.row('台账导入测试案1')).toBeVisible();

  const cases = await downloaded(page, '导出案件列表（Excel）', testInfo.outputPath('cases.xlsx'));
  const sheet = cases.getWorksheet('案件列表');
  expect(sheet?.rowCount).toBe(IMPORTED + 1);
  const titles: unknown[] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) titles.push(row.getCell(3).value);
  });
  expect(titles.sort()).toEqual(
    Array.from({ length: IMPORTED }, (_, i) => `台账导入测试案${i + 1}`).sort(),
  );

  await importer.open();
  await importer.check('2025年台账（改正）.xlsx', await ledger(fixed));
  await expect(importer.summary).toHaveText(
    `可以导入 0 行；有问题 ${IMPORTED} 处（其中本机已有的案件 ${IMPORTED} 件）。`,
  );
  await expect(page.getByRole('button', { name: '导入 0 行' })).toBeDisabled();
});
