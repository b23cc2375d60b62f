/**
 * Reads a 台账 file's bytes into a header and data rows, or refuses the whole file with one
 * reason. The size is checked before anything is parsed; the kind is told by the bytes (an .xlsx
 * is a ZIP), not by the name, so a renamed picture or an old .xls is refused clearly.
 */
import ExcelJS from 'exceljs';
import { decodeCsvBytes, parseCsv } from './csvText';
import { MAX_LEDGER_BYTES, MAX_LEDGER_ROWS } from './ledgerLimits';
import type { Cell, FileProblem, LedgerRow, LedgerSheet, Result } from './ledgerTypes';

const MB = 1024 * 1024;

function refuse(key: string, params?: FileProblem['params']): Result<never, FileProblem> {
  return { ok: false, error: params ? { key, params } : { key } };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readLedgerFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<Result<LedgerSheet, FileProblem>> {
  if (bytes.length === 0) return refuse('ledgerImport.file.empty');
  if (bytes.length > MAX_LEDGER_BYTES) {
    return refuse('ledgerImport.file.tooLarge', {
      size: (bytes.length / MB).toFixed(1),
      max: MAX_LEDGER_BYTES / MB,
    });
  }
  if (startsWith(bytes, OLE)) return refuse('ledgerImport.file.oldXls');
  let table: Result<Cell[][], FileProblem>;
  if (startsWith(bytes, ZIP)) table = await readXlsx(bytes);
  else if (/\.(csv|txt)$/i.test(fileName) && !bytes.subarray(0, 4096).includes(0)) {
    table = { ok: true, value: parseCsv(decodeCsvBytes(bytes)) };
  } else return refuse('ledgerImport.file.notSpreadsheet');
  if (!table.ok) return table;
  return toSheet(table.value);
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function toSheet(table: Cell[][]): Result<LedgerSheet, FileProblem> {
  const headerIndex = table.findIndex((row) => row.some((c) => !isBlank(c)));
  if (headerIndex < 0) return refuse('ledgerImport.file.empty');
  const headers = (table[headerIndex] ?? []).map((c) => String(c ?? '').trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const seen = new Set<string>();
  for (const header of headers) {
    if (header !== '' && seen.has(header)) {
      return refuse('ledgerImport.file.duplicateHeader', { header });
    }
    seen.add(header);
  }
  const rows: LedgerRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = (table[i] ?? []).slice(0, headers.length);
    if (cells.every(isBlank)) continue;
    while (cells.length < headers.length) cells.push(null);
    rows.push({ rowNumber: i + 1, cells });
  }
  if (rows.length === 0) return refuse('ledgerImport.file.noRows');
  if (rows.length > MAX_LEDGER_ROWS) {
    return refuse('ledgerImport.file.tooManyRows', { rows: rows.length, max: MAX_LEDGER_ROWS });
  }
  return { ok: true, value: { headers, rows } };
}

/** A cell's value as a reader of the sheet sees it: formulas by their result, rich text as text. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plainCell(value.result);
  if ('text' in value) return value.text;
  return null;
}

/** Which row a range like "A1:C2" starts and ends on. */
function rowSpan(range: string): [number, number] {
  const rows = [...range.matchAll(/[A-Z]+(\d+)/gi)].map((m) => Number(m[1]));
  return [Math.min(...rows), Math.max(...rows)];
}

async function readXlsx(bytes: Uint8Array): Promise<Result<Cell[][], FileProblem>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer; copy so a view into a larger buffer reads only its bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return refuse('ledgerImport.file.notSpreadsheet');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return refuse('ledgerImport.file.empty');
  const table: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  const headerRow = table.findIndex((row) => row.some((c) => !isBlank(c))) + 1;
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  const merged = merges.find((range) => {
    const [from, to] = rowSpan(range);
    return from <= headerRow && headerRow <= to;
  });
  if (merged) return refuse('ledgerImport.file.mergedHeader', { range: merged });
  return { ok: true, value: table };
}
