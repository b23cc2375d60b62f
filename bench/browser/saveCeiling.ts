/**
 * The save's ceiling: the same edits as `rawSaves`, on the same raw database, but making the
 * requests this design's save must make, raw, in one 'rw' transaction, with the clock around all
 * of it. First round: the case, its revision and the counters' row (as the app keeps them since
 * schema version 9; `SaveLayout` for the others), read together inside the transaction, because
 * the change is made against exactly that version (the raw put reads its case before its clock
 * starts). Second round: the counters, the case, an outbox row
 * with the base revision and an audit row with the before and after values. No validation,
 * sealing of personal data, audit hashing (fixed text) or search index. The audit chain's head is
 * not read: the app remembers it per connection, as this does. What separates this from the
 * raw put is the design's own requests; what separates Jianhu from this is its own work.
 */
import type { CaseRecord } from '../../src-shared/domain/caseCard';
import { rawHandle, type RawDb } from './localWrites';

type Row = Record<string, unknown>;

/**
 * Work the rules require of a save beside its requests (saveRequiredWork.ts), done inside the
 * transaction between the read round and the write round. Without it, this is the ceiling.
 */
export type SaveWork = {
  /** Before the clock: the row as the case page read it (the app's memo remembers it). */
  prepare(current: CaseRecord): CaseRecord;
  /** Inside: the case as read, opened (the edit is made on it); the edited case, validated. */
  open(current: CaseRecord, prepared: CaseRecord): CaseRecord;
  validate(next: CaseRecord): void;
  /** The rows as stored. */
  sealCase(next: CaseRecord): Row;
  sealOutbox(row: Row): Row;
  /** The audit row, hashed onto the chain. */
  audit(row: Row): Row;
};

const COUNTERS = ['nextDeviceSeq', 'nextLocalSeq'] as const;

/** What one save spent: all of it, and the part inside the clock spent on `work`. */
export type SaveTiming = { ms: number; workMs: number };

/**
 * How the save takes its numbers and base revision:
 * - `oneRow`: as the app does since schema version 9: both counters in one row (one read, one
 *   write), the revision read beside the case;
 * - `twoRows`: as the app did before: the two counters read as one key range and written as two
 *   rows, the revision read beside the case;
 * - `fewest`: the fewest requests any design that keeps the audit entry and the outbox row in
 *   the save's transaction can make: the case read, then the case, the outbox row and the audit
 *   row written. No counter is read or stored (numbers from memory) and no revision is read
 *   (base revision 0): the protocol's gapless device sequence, the local sequence and the
 *   recorded base revision are exactly what it leaves out. A floor, not a design.
 */
export type SaveLayout = 'oneRow' | 'twoRows' | 'fewest';

/** Where each layout's numbers start: far apart, so they never meet in the outbox they share. */
const FIRST_SEQ: Record<SaveLayout, number> = {
  twoRows: 1,
  oneRow: 500_000_000,
  fewest: 1_000_000_000,
};
/** The app's row of both sequences (db/meta.ts), in the same shape. */
const ONE_ROW = 'nextSequences';
type Sequences = { nextDeviceSeq?: number; nextLocalSeq?: number };
let fewestSeq = FIRST_SEQ.fewest;

type Numbers = { deviceSeq: number; localSeq: number; baseRev: number };

/** The layout's first round: the case and what the save is numbered and based on. */
async function readRound(db: RawDb, id: string, layout: SaveLayout) {
  if (layout === 'fewest') {
    const seq = fewestSeq++;
    return {
      stored: await db.cases.get(id),
      numbers: { deviceSeq: seq, localSeq: seq, baseRev: 0 },
    };
  }
  const [stored, counters, revision] = await Promise.all([
    db.cases.get(id),
    layout === 'oneRow'
      ? db.meta.get(ONE_ROW).then((row) => (row ? [row] : []))
      : db.meta.where(':id').between(COUNTERS[0], COUNTERS[1], true, true).toArray(),
    db.revisions.get(`case:${id}`),
  ]);
  const value = (key: string) => counters.find((c) => c.key === key)?.value;
  const sequences = (value(ONE_ROW) ?? {}) as Sequences;
  const numbers: Numbers =
    layout === 'oneRow'
      ? {
          deviceSeq: sequences.nextDeviceSeq ?? FIRST_SEQ.oneRow,
          localSeq: sequences.nextLocalSeq ?? FIRST_SEQ.oneRow,
          baseRev: revision?.rev ?? 0,
        }
      : {
          deviceSeq: (value(COUNTERS[0]) as number | undefined) ?? FIRST_SEQ.twoRows,
          localSeq: (value(COUNTERS[1]) as number | undefined) ?? FIRST_SEQ.twoRows,
          baseRev: revision?.rev ?? 0,
        };
  return { stored, numbers };
}

/** The layout's counter writes in the second round (none for `fewest`). */
function writeCounters(db: RawDb, layout: SaveLayout, n: Numbers): Promise<unknown> {
  if (layout === 'fewest') return Promise.resolve();
  if (layout === 'oneRow') {
    const value: Sequences = { nextDeviceSeq: n.deviceSeq + 1, nextLocalSeq: n.localSeq + 1 };
    return db.meta.put({ key: ONE_ROW, value });
  }
  return db.meta.bulkPut([
    { key: COUNTERS[0], value: n.deviceSeq + 1 },
    { key: COUNTERS[1], value: n.localSeq + 1 },
  ]);
}

/**
 * One save of case `id` (edit number `k`). Its outbox rows go to a table of their own, numbered
 * by the counters as the app numbers them, so the raw put's auto-numbered rows never collide.
 */
export async function ceilingSave(
  id: string,
  k: number,
  work?: SaveWork,
  layout: SaveLayout = 'oneRow',
): Promise<SaveTiming> {
  const { db } = rawHandle();
  let workMs = 0;
  const timed = <T>(fn: () => T): T => {
    const w0 = performance.now();
    try {
      return fn();
    } finally {
      workMs += performance.now() - w0;
    }
  };
  const prepared = work ? work.prepare(need(await db.cases.get(id))) : undefined;
  const t0 = performance.now();
  const tables = [db.cases, db.revisions, db.meta, db.designOutbox, db.audit];
  await db.transaction('rw', tables, async () => {
    const { stored, numbers } = await readRound(db, id, layout);
    if (!stored) throw new Error('case missing');
    const current = work && prepared ? timed(() => work.open(stored, prepared)) : stored;
    const { deviceSeq, localSeq, baseRev } = numbers;
    const at = new Date().toISOString();
    const next: CaseRecord = {
      ...current,
      facts: `${current.facts}补充材料第${k}份。`,
      updatedAt: at,
      seq: localSeq,
    };
    if (work) timed(() => work.validate(next));
    const outbox: Row = {
      deviceSeq,
      changeId: crypto.randomUUID(),
      entity: 'case',
      entityId: id,
      op: 'update',
      baseRev,
      patch: { facts: next.facts },
      deviceTime: at,
    };
    const audit: Row = {
      at,
      entityId: id,
      action: 'case.update',
      diff: { before: { facts: current.facts }, after: { facts: next.facts } },
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    };
    const rows = work
      ? timed(() => ({
          case: work.sealCase(next) as CaseRecord,
          outbox: work.sealOutbox(outbox),
          audit: work.audit(audit),
        }))
      : { case: next, outbox, audit };
    await Promise.all([
      writeCounters(db, layout, numbers),
      db.cases.put(rows.case),
      db.designOutbox.add(rows.outbox),
      db.audit.add(rows.audit),
    ]);
  });
  return { ms: performance.now() - t0, workMs };
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('case missing');
  return value;
}
