/**
 * Dates as ledgers write them: real date cells, Excel serial numbers, 2025-01-05, 2025/1/5,
 * 2025.1.5 and 2025年1月5日 (a time after the date is ignored). Anything else, or a day that does
 * not exist (2025-02-30), is refused with a reason rather than guessed.
 */
import type { Cell, Message, Result } from './ledgerTypes';

const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
/** Excel's day 0 (it counts 1900 as a leap year, so serials from March 1900 on land here). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function fromParts(y: number, m: number, d: number, raw: string): Result<string, Message> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    y > 2100 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  ) {
    return { ok: false, error: { key: 'ledgerImport.row.dateNotReal', params: { value: raw } } };
  }
  return { ok: true, value: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` };
}

function fromDate(date: Date): Result<string, Message> {
  if (Number.isNaN(date.getTime())) {
    return { ok: false, error: { key: 'ledgerImport.row.dateFormat', params: { value: '' } } };
  }
  // Spreadsheet readers give date cells as midnight UTC of the day shown.
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), '');
}

/** The ISO date (YYYY-MM-DD) a cell means, or why it means none. Empty cells are not dates. */
export function parseLedgerDate(cell: Cell): Result<string, Message> {
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 60 && cell < 73_051) {
    return fromDate(new Date(EXCEL_EPOCH_MS + cell * DAY_MS));
  }
  const raw = String(cell ?? '').trim();
  const match = NUMERIC.exec(raw) ?? CHINESE.exec(raw);
  if (!match) {
    return { ok: false, error: { key: 'ledgerImport.row.dateFormat', params: { value: raw } } };
  }
  return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), raw);
}
