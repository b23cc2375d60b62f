/**
 * What a 台账 (case ledger kept in Excel or CSV) is read into, and what goes wrong with it. Every
 * message is an i18n key (`ledgerImport.*`) with its parameters, so the page and the downloadable
 * error report say it in the reader's language.
 */

/** One cell as read: text, a number, a real date cell, a boolean, or nothing. */
export type Cell = string | number | boolean | Date | null;

export type LedgerRow = {
  /** The row's number as the spreadsheet shows it (1-based, the header row included). */
  rowNumber: number;
  cells: Cell[];
};

export type LedgerSheet = {
  /** The header texts, trimmed; the column order of every row's cells. */
  headers: string[];
  /** The data rows below the header, blank rows left out. */
  rows: LedgerRow[];
};

export type Message = { key: string; params?: Record<string, string | number> };

/** Why a whole file is refused: nothing of it is stored. */
export type FileProblem = Message;

/** What is wrong with one cell (or one row, when `column` is null). */
export type RowIssue = Message & {
  rowNumber: number;
  /** The header text of the column, as in the file; null for the row as a whole. */
  column: string | null;
};

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
