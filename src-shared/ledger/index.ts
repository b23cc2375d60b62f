export { readLedgerFile } from './readLedgerFile';
export { MAX_LEDGER_BYTES, MAX_LEDGER_ROWS } from './ledgerLimits';
export { parseLedgerDate } from './ledgerDate';
export { headerSaysWan, readYuan } from './ledgerAmount';
export { LEDGER_FIELDS, type LedgerField } from './ledgerFields';
export {
  suggestMapping,
  headerSetKey,
  missingRequired,
  mappingByHeader,
  mappingFromHeaders,
  type ColumnMapping,
} from './suggestMapping';
export {
  checkLedger,
  type CardLabels,
  type CodeLabels,
  type LedgerCheck,
  type LedgerContext,
} from './validateLedger';
export { duplicateKeys } from './duplicateKeys';
export { errorReportXlsx, type ReportLine } from './errorReport';
export type { Cell, LedgerSheet, RowIssue, FileProblem } from './ledgerTypes';
