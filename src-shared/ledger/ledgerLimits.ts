/**
 * Limits checked before a 台账 is parsed, so a huge or hostile file is refused at once instead of
 * freezing the page. A county's yearly ledger is a few thousand rows; 10,000 rows of the demo
 * shape are about 1 MB as .xlsx and 2 MB as CSV, so the limits leave room for ten times that.
 */

/** Files above this size are refused before being read (10 MB). */
export const MAX_LEDGER_BYTES = 10 * 1024 * 1024;

/** Data rows above this count are refused: split the ledger by year. */
export const MAX_LEDGER_ROWS = 50_000;
