/**
 * The raw put made in Jianhu's own database. The raw put's database holds its cases and little
 * else; the app's holds, beside the same cases (sealed), the import's audit entries (one per
 * chunk), an outbox change for each case and the saved search index, as any database that keeps
 * an audit trail and syncs must. The same three requests timed in both say how much of a save's
 * time is the database's state rather than the code that writes to it.
 */
import { Dexie } from 'dexie';
import { editedCase, jianhuHandle, writeEdit, type EditTables } from './localWrites';

/**
 * Far above any number the app gives its audit entries and outbox changes in a benchmark, so
 * that neither disturbs the other's numbering (the app appends its audit entries at its chain's
 * head + 1, and explicit keys below an auto-increment store's generator are allowed).
 */
const FIRST_KEY = 2_000_000_000;

type Opened = EditTables & { db: Dexie; next: number };
let opened: Opened | null = null;

/** Opens Jianhu's database a second time, raw: no schema of its own, no middleware. */
export async function rawInJianhuOpen(): Promise<void> {
  const db = new Dexie(jianhuHandle().db.name);
  await db.open();
  opened = {
    db,
    cases: db.table('cases'),
    audit: db.table('audit'),
    outbox: db.table('outbox'),
    next: FIRST_KEY,
  };
}

/**
 * The raw put (localWrites.ts `rawSave`) of Jianhu's case `id`: read before the clock, then the
 * case put, an audit row and an outbox row added one after another in one transaction. The row
 * keeps its `seq` (the raw put's only difference): a new one would send the search worker after
 * rows it was never told of, and a put of the same size costs the same.
 */
export async function rawSaveInJianhuDb(id: string, k: number): Promise<number> {
  if (!opened) throw new Error('rawInJianhuOpen first');
  const o = opened;
  const current = await o.cases.get(id);
  if (!current) throw new Error('case missing');
  const next = editedCase(current, k);
  const key = o.next++;
  const t0 = performance.now();
  await o.db.transaction('rw', [o.cases, o.audit, o.outbox], () => writeEdit(o, next, key));
  return performance.now() - t0;
}
