/**
 * Reads for the UI (wrapped in useLiveQuery by hooks) and for the search index's catch-up.
 * Filtered and ranked lists belong to the search engine; these are the plain index paths.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { readLiveCases } from './caseCount';
import type { JianhuDb } from './database';

export function getCase(db: JianhuDb, id: string): Promise<CaseRecord | undefined> {
  return db.cases.get(id as CaseId);
}

/** Cases by id, in the order asked; a missing id gives `undefined` at its place. */
export function getCasesByIds(
  db: JianhuDb,
  ids: readonly string[],
): Promise<(CaseRecord | undefined)[]> {
  return db.cases.bulkGet(ids as CaseId[]);
}

export function countCases(db: JianhuDb, { deleted }: { deleted: 0 | 1 }): Promise<number> {
  return db.cases.where('deleted').equals(deleted).count();
}

export type CasePageQuery = {
  sort: 'updatedAt' | 'receivedAt';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
  deleted: 0 | 1;
};

/**
 * One page of cases in index order. Deleted cases are few, so they are excluded by primary key
 * (a key-only cursor over at most offset + limit + deleted keys; no record is read) instead of
 * by a compound index that every import would pay for. With no deleted case at all the page is
 * a plain offset on the sort index.
 */
export async function listCasesPage(db: JianhuDb, query: CasePageQuery): Promise<CaseRecord[]> {
  const { sort, direction, offset, limit, deleted } = query;
  if (deleted === 1) {
    const rows = await db.cases.where('deleted').equals(1).toArray();
    rows.sort((a, b) => compare(a[sort], b[sort]) || compare(a.id, b.id));
    if (direction === 'desc') rows.reverse();
    return rows.slice(offset, offset + limit);
  }
  const ordered = direction === 'desc' ? db.cases.orderBy(sort).reverse() : db.cases.orderBy(sort);
  const deletedIds = new Set(await db.cases.where('deleted').equals(1).primaryKeys());
  if (deletedIds.size === 0) return ordered.offset(offset).limit(limit).toArray();
  // At most every deleted case sits before the page, so this many keys always cover it.
  const scanned = await ordered.limit(offset + limit + deletedIds.size).primaryKeys();
  const keys = scanned.filter((k) => !deletedIds.has(k));
  const page = await db.cases.bulkGet(keys.slice(offset, offset + limit));
  return page.filter((c): c is CaseRecord => c !== undefined);
}

/**
 * The plain list's start: the newest `limit` live cases and how many live cases there are, read
 * in one transaction (the total is the rows' own moment). The total is the stored count
 * (caseCount.ts), one small read, and a count of the rows only when it is unknown.
 */
export function readListStart(
  db: JianhuDb,
  { sort, limit }: { sort: CasePageQuery['sort']; limit: number },
): Promise<{ total: number; rows: CaseRecord[] }> {
  return db.transaction('r', [db.cases, db.meta], async () => {
    const [stored, rows] = await Promise.all([
      readLiveCases(db.meta),
      listCasesPage(db, { sort, direction: 'desc', offset: 0, limit, deleted: 0 }),
    ]);
    return { total: stored ?? (await countCases(db, { deleted: 0 })), rows };
  });
}

/** Deleted cases, most recently deleted first (the deleted-cases view). */
export async function listDeletedCases(
  db: JianhuDb,
  { limit, offset }: { limit: number; offset: number },
): Promise<CaseRecord[]> {
  return listCasesPage(db, { sort: 'updatedAt', direction: 'desc', offset, limit, deleted: 1 });
}

/**
 * Cases written after the local sequence `afterSeq`, oldest change first: how the search index
 * catches up from its watermark (deleted ones included, so it can drop them).
 */
export function listCasesChangedSince(
  db: JianhuDb,
  afterSeq: number,
  limit: number,
): Promise<CaseRecord[]> {
  return db.cases.where('seq').above(afterSeq).limit(limit).toArray();
}

/** Changes waiting for the provincial server. */
export function pendingOutboxCount(db: JianhuDb): Promise<number> {
  return db.outbox.count();
}

/** Changes to one record waiting for the server. */
export function countPendingForEntity(db: JianhuDb, entityId: string): Promise<number> {
  return db.outbox.where('entityId').equals(entityId).count();
}

/** Which of `entityIds` have changes waiting for the server (the index keys only: no row read). */
export async function entitiesWithPending(
  db: JianhuDb,
  entityIds: readonly string[],
): Promise<Set<string>> {
  if (entityIds.length === 0) return new Set();
  const keys = await db.outbox.where('entityId').anyOf(entityIds).keys();
  return new Set(keys.map(String));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
