import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { countPendingForEntity } from '../../db/cases';
import { countOpenConflictsFor } from '../../db/conflicts';
import { readRevision } from '../../db/revisions';

export type RecordSyncState = {
  /** The provincial server holds this record as the device shows it. */
  isAccepted: boolean;
  /** A field of it waits in the conflict inbox. */
  hasConflict: boolean;
};

/**
 * Whether one case is accepted by the server: never accepted (revision 0) or with changes still
 * in the outbox means not yet. Live, so the badge goes away the moment the answer is stored (the
 * revision is read from its own table, which the answer writes).
 */
export function useRecordSyncState(entityId: string): RecordSyncState {
  const counts = useLiveQuery(async () => {
    const db = getDb();
    const [rev, pending, conflicts] = await Promise.all([
      readRevision(db, 'case', entityId),
      countPendingForEntity(db, entityId),
      countOpenConflictsFor(db, entityId),
    ]);
    return { rev, pending, conflicts };
  }, [entityId]);
  return {
    isAccepted: (counts?.rev ?? 0) > 0 && (counts?.pending ?? 0) === 0,
    hasConflict: (counts?.conflicts ?? 0) > 0,
  };
}
