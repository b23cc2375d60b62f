/**
 * The save's ceiling: the same edits as `rawSaves`, on the same raw database, but making the
 * requests this design's save must make, raw, in one 'rw' transaction, with the clock around all
 * of it. First round: the case, its revision and the two counters (one key range), read together
 * inside the transaction, because the change is made against exactly that version (the raw put
 * reads its case before its clock starts). Second round: the counters, the case, an outbox row
 * with the base revision and an audit row with the before and after values. No validation,
 * sealing of personal data, audit hashing (fixed text) or search index. The audit chain's head is
 * not read: the app remembers it per connection, as this does. What separates this from the
 * raw put is the design's own requests; what separates Jianhu from this is its own work.
 */
import type { CaseRecord } from '../../src-shared/domain/caseCard';
import { createRng } from '../../src-shared/demo/random';
import { rawHandle } from './localWrites';

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

/** The counters the app keeps in meta, past every outbox row written so far (not timed). */
export async function ceilingSaveSeed(): Promise<void> {
  const r = rawHandle();
  const last = Number((await r.db.outbox.orderBy(':id').lastKey()) ?? 0);
  const next = Math.max(r.seq, last) + 1;
  await r.db.meta.bulkPut(COUNTERS.map((key) => ({ key, value: next })));
}

export async function ceilingSaves(n: number, seed: number, work?: SaveWork): Promise<number[]> {
  const r = rawHandle();
  const { db } = r;
  const rng = createRng(seed);
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = rng.pick(r.ids);
    const prepared = work ? work.prepare(need(await db.cases.get(id))) : undefined;
    const t0 = performance.now();
    const tables = [db.cases, db.revisions, db.meta, db.outbox, db.audit];
    await db.transaction('rw', tables, async () => {
      const [stored, counters, revision] = await Promise.all([
        db.cases.get(id),
        db.meta.where(':id').between(COUNTERS[0], COUNTERS[1], true, true).toArray(),
        db.revisions.get(`case:${id}`),
      ]);
      if (!stored) throw new Error('case missing');
      const current = work && prepared ? work.open(stored, prepared) : stored;
      const [deviceSeq, localSeq] = COUNTERS.map(
        (key) => counters.find((c) => c.key === key)?.value ?? 1,
      ) as [number, number];
      const at = new Date().toISOString();
      const next: CaseRecord = {
        ...current,
        facts: `${current.facts}补充材料第${k}份。`,
        updatedAt: at,
        seq: localSeq,
      };
      work?.validate(next);
      const outbox: Row = {
        deviceSeq,
        changeId: crypto.randomUUID(),
        entity: 'case',
        entityId: id,
        op: 'update',
        baseRev: revision?.rev ?? 0,
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
      await Promise.all([
        db.meta.bulkPut([
          { key: COUNTERS[0], value: deviceSeq + 1 },
          { key: COUNTERS[1], value: localSeq + 1 },
        ]),
        db.cases.put((work ? work.sealCase(next) : next) as CaseRecord),
        db.outbox.add(work ? work.sealOutbox(outbox) : outbox),
        db.audit.add(work ? work.audit(audit) : audit),
      ]);
    });
    times.push(performance.now() - t0);
  }
  return times;
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('case missing');
  return value;
}
