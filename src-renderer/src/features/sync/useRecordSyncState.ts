import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { countPendingForEntity } from '../../db/cases';
import { countOpenConflictsFor } from '../../db/conflicts';

export type RecordSyncState = {
  /** The provincial server holds this record as the device shows it. */
  isAccepted: boolean;
  /** A field of it waits in the conflict inbox. */
  hasConflict: boolean;
};

/**
 * Whether one record is accepted by the server: never accepted (rev 0) or with changes still in
 * the outbox means not yet. Live, so the badge goes away the moment the answer is stored.
 */
export function useRecordSyncState(entityId: string, rev: number): RecordSyncState {
  const counts = useLiveQuery(async () => {
    const db = getDb();
    const [pending, conflicts] = await Promise.all([
      countPendingForEntity(db, entityId),
      countOpenConflictsFor(db, entityId),
    ]);
    return { pending, conflicts };
  }, [entityId]);
  return {
    isAccepted: rev > 0 && (counts?.pending ?? 0) === 0,
    hasConflict: (counts?.conflicts ?? 0) > 0,
  };
}
