import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { getCasesByIds } from '../../db/cases';
import { listOpenConflicts, type ConflictRow } from '../../db/conflicts';
import { getDb } from '../../db/database';

export type ConflictItem = { conflict: ConflictRow; record: CaseRecord | undefined };

/** Open conflicts with the case each one belongs to, live; undefined while loading. */
export function useOpenConflicts(): ConflictItem[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const conflicts = await listOpenConflicts(db);
    const records = await getCasesByIds(
      db,
      conflicts.map((c) => c.entityId),
    );
    return conflicts.map((conflict, i) => ({ conflict, record: records[i] }));
  }, []);
}
