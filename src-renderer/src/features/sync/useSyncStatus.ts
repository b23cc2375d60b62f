import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { pendingOutboxCount } from '../../db/cases';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../sync';
import { useSyncEngine } from './syncEngineContext';

const noSubscription = () => () => undefined;
const initialStatus = () => INITIAL_SYNC_STATUS;

/** The engine's status, re-rendering on every change. */
export function useSyncStatus(): SyncStatus {
  const engine = useSyncEngine();
  return useSyncExternalStore(
    engine?.subscribe ?? noSubscription,
    engine?.getStatus ?? initialStatus,
  );
}

/** Changes waiting for the server, live (the engine's count is only as fresh as its last run). */
export function usePendingCount(): number {
  return useLiveQuery(() => pendingOutboxCount(getDb()), [], 0);
}
