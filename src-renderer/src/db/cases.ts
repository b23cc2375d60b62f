/** The case repository: commands (each record + audit + outbox in one transaction) and reads. */
export type { Actor } from './actor';
export type { Issue, WriteResult } from './writeResult';
export { createCase } from './createCase';
export { updateCase } from './updateCase';
export { deleteCase, restoreCase } from './softDelete';
export { importCases, type ImportOptions, type ImportReport } from './importCases';
export {
  countCases,
  countPendingForEntity,
  entitiesWithPending,
  getCase,
  getCasesByIds,
  listCasesChangedSince,
  listCasesPage,
  listDeletedCases,
  pendingOutboxCount,
  readListStart,
  type CasePageQuery,
} from './caseQueries';
