/**
 * Tables to an .xlsx workbook (exceljs): real date cells and amounts as numbers with a yuan
 * format, so a county's 台账 formulas and sorting work on the export as on their own sheets.
 * Pure: no file system, no DOM; the platform layer saves the bytes.
 */
import ExcelJS from 'exceljs';

/**
 * `percent`: a ratio 0..1 shown as a percentage, so it stays a number for formulas. `month`: a
 * 'YYYY-MM' text written as the date of the month's first day, shown as the month.
 */
export type XlsxCellKind = 'text' | 'date' | 'month' | 'yuan' | 'integer' | 'percent';

export type XlsxColumn = { header: string; kind: XlsxCellKind; width?: number };

export type XlsxValue = string | number | null | undefined;

export type XlsxSheet = {
  /** What the sheet holds, the same in every language (for a page showing the same tables). */
  id?: string;
  name: string;
  /** A line above the headers (what the figures cover, as of when). */
  title?: string;
  columns: readonly XlsxColumn[];
  rows: readonly XlsxValue[][];
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const YUAN_FORMAT = '"¥"#,##0.00';
export const PERCENT_FORMAT = '0.0%';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONTH_FORMAT = 'yyyy-mm';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Excel forbids []:*?/\ in sheet names and cuts them at 31 characters. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) {
    const suffix = ` (${String(n)})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  return candidate;
}

/** A date cell at midnight UTC: exceljs writes Dates as serial numbers without a zone shift. */
function cellValue(kind: XlsxCellKind, value: XlsxValue): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
  }
  if (kind === 'month' && typeof value === 'string') {
    const m = ISO_MONTH.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : value;
  }
  return value;
}

const FORMATS: Partial<Record<XlsxCellKind, string>> = {
  date: DATE_FORMAT,
  month: MONTH_FORMAT,
  yuan: YUAN_FORMAT,
  percent: PERCENT_FORMAT,
  integer: '0',
};

export function buildWorkbook(sheets: readonly XlsxSheet[], creator = 'Jianhu'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const name = safeSheetName(sheet.name, taken);
    taken.add(name);
    const headerRow = sheet.title === undefined ? 1 : 2;
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    ws.columns = sheet.columns.map((c) => ({
      width: c.width ?? (c.kind === 'text' ? 20 : 14),
      style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {},
    }));
    if (sheet.title !== undefined) {
      const title = ws.addRow([sheet.title]);
      title.font = { bold: true, size: 13 };
      if (sheet.columns.length > 1) ws.mergeCells(1, 1, 1, sheet.columns.length);
    }
    ws.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    for (const row of sheet.rows) {
      ws.addRow(sheet.columns.map((c, i) => cellValue(c.kind, row[i])));
    }
  }
  return workbook;
}

export async function workbookBytes(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const buffer = await buildWorkbook(sheets).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
