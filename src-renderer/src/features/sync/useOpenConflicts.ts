import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { getCasesByIds } from '../../db/cases';
import { listOpenConflicts, type ConflictRow } from '../../db/conflicts';
import { getDb, type JianhuDb } from '../../db/database';

export type ConflictItem = { conflict: ConflictRow; record: CaseRecord | undefined };

/** Open conflicts with the case each one belongs to (a workflow's or document's: its case). */
export async function loadOpenConflictItems(db: JianhuDb): Promise<ConflictItem[]> {
  const conflicts = await listOpenConflicts(db);
  // A workflow's or document's conflict is shown under its case.
  const owners = await Promise.all(
    conflicts.map(async (c) => {
      if (c.entity === 'workflow') return (await db.workflows.get(c.entityId))?.caseId;
      if (c.entity === 'document') return (await db.documents.get(c.entityId))?.caseId;
      return c.entity === 'case' ? c.entityId : undefined;
    }),
  );
  const records = await getCasesByIds(
    db,
    owners.map((id) => id ?? ''),
  );
  return conflicts.map((conflict, i) => ({ conflict, record: records[i] }));
}

/** Open conflicts with their cases, live; undefined while loading. */
export function useOpenConflicts(): ConflictItem[] | undefined {
  return useLiveQuery(() => loadOpenConflictItems(getDb()), []);
}
