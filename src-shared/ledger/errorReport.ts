/**
 * The downloadable error report of a 台账 check: one line per problem with the row number, the
 * column and the reason, already translated by the caller (this module has no i18n).
 */
import ExcelJS from 'exceljs';

export type ReportLine = { rowNumber: number; column: string; reason: string };

export async function errorReportXlsx(
  headings: { sheet: string; row: string; column: string; reason: string },
  lines: readonly ReportLine[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(headings.sheet);
  sheet.columns = [
    { header: headings.row, key: 'rowNumber', width: 8 },
    { header: headings.column, key: 'column', width: 20 },
    { header: headings.reason, key: 'reason', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const line of lines) sheet.addRow(line);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
