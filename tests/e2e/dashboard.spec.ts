import ExcelJS from 'exceljs';
import { expect, test } from './helpers/interactions';
import exportZh from '../../src-shared/export/i18n/zh-CN.json';
import { Desk } from './pages/Desk';
import { CaseListPage } from './pages/CaseListPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** The Chinese column headers, in order (their exact text is checked by the unit test). */
const CASE_HEADERS = Object.values(exportZh.statsExport.caseColumn);

test('demo data fills the workbench; a figure opens the filtered list, which exports to .xlsx', async ({
  page,
}, testInfo) => {
  await new Desk(page).setUp('宿州市埇桥区人民检察院', '341302', [
    { name: '刘检察官', role: '检察官' },
  ]);
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByRole('status')).toContainText('已添加 200 件演示案件', {
    timeout: 60_000,
  });

  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await expect(workbench.bars.first()).toBeVisible();
  expect(await workbench.bars.count()).toBeGreaterThan(2);
  // The demo cases carry their cards: the wage figures are not empty at first sight.
  expect(Number(await workbench.wageFigure('欠薪案件数').textContent())).toBeGreaterThan(0);
  await expect(workbench.wageFigure('追回率')).not.toHaveText('—');
  // Two month charts: cases received by scope, and received, decided and paid this month and last.
  await expect(
    page.getByRole('region', { name: '本院与本人数据' }).locator('.recharts-wrapper'),
  ).toHaveCount(2);
  await expect(workbench.overdueList.getByRole('row').nth(1)).toBeVisible();
  await expect(workbench.dueSoonList.getByRole('row').nth(1)).toBeVisible();

  // A step figure opens the list of the cases it counts: as many rows as the figure says.
  for (const [label, filter] of [
    ['本人有步骤逾期的案件', '有步骤已逾期'],
    ['本人有步骤3个工作日内到期的案件', '有步骤3个工作日内到期'],
  ] as const) {
    const stepFigure = workbench.figure(label);
    const steps = Number(await stepFigure.getByTestId('figure-value').textContent());
    expect(steps).toBeGreaterThan(0);
    await stepFigure.click();
    const stepList = new CaseListPage(page);
    await expect(page.getByRole('combobox', { name: '步骤期限' })).toHaveValue(filter);
    await expect(stepList.count).toHaveText(`共 ${String(steps)} 件`);
    await workbench.open();
  }

  const figure = workbench.unitFigure('劳动者权益保护');
  const expected = Number(await figure.textContent());
  expect(expected).toBeGreaterThan(0);
  await figure.click();

  const list = new CaseListPage(page);
  await expect(list.count).toHaveText(`共 ${expected.toLocaleString('en-US')} 件`);
  await expect(page.getByRole('combobox', { name: '行动重点领域' })).toHaveValue('劳动者权益保护');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出案件列表（Excel）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^案件列表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = testInfo.outputPath('cases.xlsx');
  await download.saveAs(path);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('案件列表');
  expect(sheet?.rowCount).toBe(expected + 1);
  expect(sheet?.getRow(1).values).toEqual([undefined, ...CASE_HEADERS]);
  const focal = new Set<unknown>();
  sheet?.eachRow((row, n) => {
    if (n > 1) focal.add(row.getCell(5).value);
  });
  expect([...focal]).toEqual(['劳动者权益保护']);
  expect(sheet?.getRow(2).getCell(8).value).toBeInstanceOf(Date);
});
