/** The client sync engine (DESIGN.md §4). Features use these; only this folder and db/ touch Dexie. */
export { createSyncEngine, DEFAULT_BATCH_SIZE, DEFAULT_TIMER_MS } from './createSyncEngine';
export type { SyncEngine, SyncEngineOptions, TimerApi } from './createSyncEngine';
export { enrollDevice, type EnrollOptions } from './enrollDevice';
export { checkNothingPending, removeDeviceData, type LeaveCheck } from './guards';
export {
  protectStoredToken,
  readSyncOverview,
  readSyncSettings,
  SyncMetaKey,
  writeEnrollment,
  type Enrollment,
  type StoredEnrollment,
  type SyncOverview,
  type SyncSettings,
} from './syncMeta';
export { SyncFailure, needsPerson } from './syncFailure';
export { apiRoot, type FetchLike } from './syncHttp';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
export { DEFAULT_WATCHDOG, type WatchdogOptions } from './watchdog';
export { isRefused, listRefusedChanges, REFUSED_PREFIX } from './collect';
export { listContentRefusals, type ContentRefusalNote } from './contentRefusals';
export {
  ClientSyncErrorCode,
  INITIAL_SYNC_STATUS,
  SyncPhase,
  type SyncActivity,
  type SyncStatus,
  type SyncStatusCode,
} from './status';
export { pullReference } from './pullReference';
export {
  listStoredReference,
  loadReferenceCalendar,
  readReferenceWageBases,
  type StoredReference,
} from './referenceStore';
