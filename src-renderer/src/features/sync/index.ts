/** Sync as people see it: the header indicator, record badges, the conflict inbox, the device page. */
export { SyncProvider } from './SyncProvider';
export { SyncIndicator } from './SyncIndicator';
export { SyncBadge, SyncStateBadge } from './SyncBadge';
export { useRecordSyncStates } from './useRecordSyncStates';
export type { RecordSyncState } from './useRecordSyncState';
export { ContentRefusalAlert } from './ContentRefusalAlert';
export { ConflictInboxPage } from './ConflictInboxPage';
export { DevicePage } from './DevicePage';
export { useSyncEngine } from './syncEngineContext';
export { PauseSyncWhileLocked } from './PauseSyncWhileLocked';
