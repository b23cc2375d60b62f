/**
 * A procurator imports last year's 台账: the first file has bad rows, the page lists them and the
 * downloaded report names each; the corrected file imports, the cases are listed, and importing
 * it again finds every row already stored.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers/interactions';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../../src-shared/domain/residentId';
import { CaseListPage } from './pages/CaseListPage';
import { Desk } from './pages/Desk';
import { LedgerImportPage } from './pages/LedgerImportPage';

const HEADERS = ['序号', '案件名称', '当事人', '身份证号', '案件类型', '受理日期', '承办人'];
const GOOD_ROWS = 12;

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
  ];
}

async function ledger(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2025年台账');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a ledger with bad rows is reported, the corrected one imports once', async ({ page }) => {
  await new Desk(page).setUp('宿州市埇桥区人民检察院', '341302', [
    { name: '刘检察官', role: '检察官' },
  ]);
  const good = Array.from({ length: GOOD_ROWS }, (_, i) => goodRow(i + 1));
  const bad = [
    [13, '日期错误案', '甲某', residentId(13), '支持起诉', '2025-02-30', '刘检察官'],
    [14, '证件号被改案', '乙某', 340102198506123000, '支持起诉', '2025-01-14', ''],
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
    `可以导入 ${GOOD_ROWS + 2} 行；有问题 0 处（其中本机已有的案件 0 件）。`,
  );
  await importer.importRows(GOOD_ROWS + 2);

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.count).toHaveText(`共 ${GOOD_ROWS + 2} 件`);
  await expect(list.row('台账导入测试案14')).toBeVisible();

  await importer.open();
  await importer.check('2025年台账（改正）.xlsx', await ledger(fixed));
  await expect(importer.summary).toHaveText(
    `可以导入 0 行；有问题 ${GOOD_ROWS + 2} 处（其中本机已有的案件 ${GOOD_ROWS + 2} 件）。`,
  );
  await expect(page.getByRole('button', { name: '导入 0 行' })).toBeDisabled();
});
