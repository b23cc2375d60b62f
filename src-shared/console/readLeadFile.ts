/**
 * A lead sheet's bytes as a header and rows: an .xlsx (or CSV) through the 台账 reader, which
 * refuses empty, oversized, non-spreadsheet and merged-header files; or JSON — an array of rows,
 * or `{ rows: [...] }`, each row an object keyed by the sheet's headers.
 */
import { readLedgerFile } from '../ledger/readLedgerFile';
import type { Cell, FileProblem, LedgerSheet, Result } from '../ledger/ledgerTypes';
import { MAX_LEAD_FILE_BYTES } from './leadsApi';

export { MAX_LEAD_FILE_BYTES };

const MB = 1024 * 1024;

function refuse(key: string, params?: FileProblem['params']): Result<never, FileProblem> {
  return { ok: false, error: params === undefined ? { key } : { key, params } };
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map((v) => jsonCell(v)).join('、');
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function leadJsonSheet(text: string): Result<LedgerSheet, FileProblem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('leadSheet.file.notJson');
  }
  const rows = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.rows : undefined;
  if (!Array.isArray(rows) || !rows.every(isRecord)) return refuse('leadSheet.file.notJson');
  if (rows.length === 0) return refuse('ledgerImport.file.noRows');
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    ok: true,
    value: {
      headers,
      // Row numbers count items from 1, as a reader of the file counts them.
      rows: rows.map((row, i) => ({
        rowNumber: i + 1,
        cells: headers.map((h) => jsonCell(row[h])),
      })),
    },
  };
}

export async function readLeadFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<Result<LedgerSheet, FileProblem>> {
  if (bytes.length > MAX_LEAD_FILE_BYTES) {
    return refuse('leadSheet.file.tooLarge', {
      size: (bytes.length / MB).toFixed(1),
      max: MAX_LEAD_FILE_BYTES / MB,
    });
  }
  if (/\.json$/i.test(fileName)) {
    if (bytes.length === 0) return refuse('ledgerImport.file.empty');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return refuse('leadSheet.file.notJson');
    }
    return leadJsonSheet(text.replace(/^\uFEFF/, ''));
  }
  return readLedgerFile(bytes, fileName);
}
