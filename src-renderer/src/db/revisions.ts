/**
 * Server revisions of case records, kept in a table of their own (schema version 6): taking a
 * revision — what every acknowledged upload does — writes one small row instead of rewriting the
 * whole case (its sealed fields, its nine index entries). A case without a row here has never been
 * accepted by the server: revision 0.
 *
 * Every reader of a case's revision (the sync engine's conflict detection and pull merge, the
 * `baseRev` of a local change, the sync badge, backups) reads it here, inside the transaction that
 * uses it.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';

/** The revisions of which entities live in this table (the others keep `rev` on their rows). */
export type RevisionEntity = 'case';

export type RevisionRow = {
  /** `<entity>:<id>`, as remotePlan.ts's recordKey. */
  key: string;
  rev: number;
};

/** A case with its server revision, as the sync engine plans with it. */
export type RevisedCase = CaseRecord & { rev: number };

export function revisionKey(entity: RevisionEntity, id: string): string {
  return `${entity}:${id}`;
}

/** The revision of each id (0 for one the server never accepted), in the order given. */
export async function readRevisions(
  db: JianhuDb,
  entity: RevisionEntity,
  ids: readonly string[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.revisions.bulkGet(ids.map((id) => revisionKey(entity, id)));
  return rows.map((row) => row?.rev ?? 0);
}

export async function readRevision(
  db: JianhuDb,
  entity: RevisionEntity,
  id: string,
): Promise<number> {
  return (await db.revisions.get(revisionKey(entity, id)))?.rev ?? 0;
}

/**
 * The revision of each stored case among `ids`, without reading the cases themselves (their keys
 * only: a sealed row is not opened). An id with no case row is left out.
 */
export async function storedCaseRevisions(
  db: JianhuDb,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const [stored, revs] = await Promise.all([
    db.cases
      .where(':id')
      .anyOf(ids as CaseId[])
      .primaryKeys(),
    readRevisions(db, 'case', ids),
  ]);
  const present = new Set<string>(stored);
  return new Map(ids.flatMap((id, i) => (present.has(id) ? [[id, revs[i] ?? 0]] : [])));
}

/** The cases of `ids` with their revisions, both read in one round (missing cases stay undefined). */
export async function readRevisedCases(
  db: JianhuDb,
  ids: readonly string[],
): Promise<(RevisedCase | undefined)[]> {
  const [cases, revs] = await Promise.all([
    db.cases.bulkGet(ids as CaseId[]),
    readRevisions(db, 'case', ids),
  ]);
  return cases.map((c, i) => (c ? { ...c, rev: revs[i] ?? 0 } : undefined));
}

/** The stored case row and its revision row of a revised case. */
export function splitRevision(record: RevisedCase): { row: CaseRecord; revision: RevisionRow } {
  const { rev, ...row } = record;
  return { row, revision: { key: revisionKey('case', record.id satisfies CaseId), rev } };
}
