import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type JianhuDb } from '../../db/database';
import { entitiesWithPending } from '../../db/cases';
import { entitiesWithOpenConflicts } from '../../db/conflicts';
import { readRevisions } from '../../db/revisions';
import type { RecordSyncState } from './useRecordSyncState';

/** The sync state of each case among `ids`, in one read transaction: three reads in all. */
export function readRecordSyncStates(
  db: JianhuDb,
  ids: readonly string[],
): Promise<Map<string, RecordSyncState>> {
  return db.transaction('r', [db.revisions, db.outbox, 'conflicts'], async () => {
    const [revs, pending, conflicts] = await Promise.all([
      readRevisions(db, 'case', ids),
      entitiesWithPending(db, ids),
      entitiesWithOpenConflicts(db, ids),
    ]);
    return new Map(
      ids.map((id, i) => [
        id,
        { isAccepted: (revs[i] ?? 0) > 0 && !pending.has(id), hasConflict: conflicts.has(id) },
      ]),
    );
  });
}

/**
 * `useRecordSyncState` for every case on screen at once: one transaction for the whole screen,
 * where one hook per row made three reads per row, which queued beside the list's own reads at
 * start and again at every scroll. Undefined until read: a row then shows no badge rather than
 * one it may take back.
 */
export function useRecordSyncStates(
  ids: readonly string[],
): ReadonlyMap<string, RecordSyncState> | undefined {
  const key = ids.join(',');
  return useLiveQuery(() => readRecordSyncStates(getDb(), ids.filter(Boolean)), [key]);
}
