/**
 * The number of cases not deleted, kept in `meta` so that the case list can show its total at
 * start with one small read instead of counting 100k index entries (≈ 1 s, while the search worker
 * reads its saved index from the same IndexedDB).
 *
 * Invariant: the counter moves only inside the 'rw' transaction that adds, deletes or restores the
 * cases it counts (every such transaction includes `meta`, for `nextLocalSeq`), so a write that
 * rolls back takes its move with it and a crash cannot leave the two apart. It is made with the
 * database (populate: 0 cases) or by the upgrade to version 8 (a count), and kept by a backup.
 * Missing means unknown: writers leave it missing and readers count; `checkLiveCases` (run after
 * start) recounts and repairs it if it ever disagrees.
 */
import type { Table } from 'dexie';
import type { JianhuDb } from './database';
import { MetaKey } from './meta';
import type { MetaRow } from './rowTypes';

const LIVE_CASES_KEY = MetaKey.liveCases;

type Deleted = { deleted: 0 | 1 };

/** How one row write moves the count: +1 a case becoming live, −1 one leaving, else 0. */
export function liveChange(before: Deleted | undefined, after: Deleted | undefined): number {
  const was = before !== undefined && before.deleted === 0 ? 1 : 0;
  const is = after !== undefined && after.deleted === 0 ? 1 : 0;
  return is - was;
}

/** The sum of `liveChange` over rows written in one transaction (each id once). */
export function liveChanges(
  pairs: Iterable<readonly [Deleted | undefined, Deleted | undefined]>,
): number {
  let delta = 0;
  for (const [before, after] of pairs) delta += liveChange(before, after);
  return delta;
}

/**
 * Moves the counter by `delta`. Call only inside the 'rw' transaction (including `meta`) that
 * writes the rows the delta was computed from. Nothing to move costs no request.
 */
export async function moveLiveCases(meta: Table<MetaRow, string>, delta: number): Promise<void> {
  if (delta === 0) return;
  const row = await meta.get(LIVE_CASES_KEY);
  // Unknown stays unknown: a move from nothing would make up a count.
  if (typeof row?.value !== 'number') return;
  // Never shown below zero; a count gone wrong is the self-check's to repair.
  await meta.put({ key: LIVE_CASES_KEY, value: Math.max(0, row.value + delta) });
}

/** The stored count, or null when unknown. */
export async function readLiveCases(meta: Table<MetaRow, string>): Promise<number | null> {
  const row = await meta.get(LIVE_CASES_KEY);
  return typeof row?.value === 'number' ? row.value : null;
}

/** Counts the live cases and stores the figure; inside a 'rw' transaction over cases and meta. */
export async function recountLiveCases(
  cases: Table,
  meta: Table<MetaRow, string>,
): Promise<number> {
  const live = await cases.where('deleted').equals(0).count();
  await meta.put({ key: LIVE_CASES_KEY, value: live });
  return live;
}

export type LiveCasesCheck = { stored: number | null; counted: number; repaired: boolean };

/**
 * The self-check: the stored count against a count of the rows, read in one transaction (one
 * moment); a disagreement is repaired in a write transaction that counts again, since writes may
 * have landed between the two.
 */
export async function checkLiveCases(db: JianhuDb): Promise<LiveCasesCheck> {
  const seen = await db.transaction('r', [db.cases, db.meta], async () => {
    const [stored, counted] = await Promise.all([
      readLiveCases(db.meta),
      db.cases.where('deleted').equals(0).count(),
    ]);
    return { stored, counted };
  });
  if (seen.stored === seen.counted) return { ...seen, repaired: false };
  const counted = await db.transaction('rw', [db.cases, db.meta], () =>
    recountLiveCases(db.cases, db.meta),
  );
  return { stored: seen.stored, counted, repaired: true };
}
