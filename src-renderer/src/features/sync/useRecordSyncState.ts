import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { readRecordSyncStates } from './useRecordSyncStates';

export type RecordSyncState = {
  /** The provincial server holds this record as the device shows it. */
  isAccepted: boolean;
  /** A field of it waits in the conflict inbox. */
  hasConflict: boolean;
};

const UNREAD: RecordSyncState = { isAccepted: false, hasConflict: false };

/**
 * Whether one case is accepted by the server: never accepted (revision 0) or with changes still
 * in the outbox means not yet. Live, so the badge goes away the moment the answer is stored (the
 * revision is read from its own table, which the answer writes). The same read as the case
 * list's, for one record.
 */
export function useRecordSyncState(entityId: string): RecordSyncState {
  const state = useLiveQuery(
    async () => (await readRecordSyncStates(getDb(), [entityId])).get(entityId),
    [entityId],
  );
  return state ?? UNREAD;
}
