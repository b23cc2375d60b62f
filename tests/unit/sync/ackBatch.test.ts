/**
 * The ack (sync/ack.ts) removes answered rows only if every one of them is still in the outbox, and
 * looks up existing conflict rows only for conflict answers.
 */
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import { conflictsTable } from '../../../src-renderer/src/db/conflicts';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import type { PushResult } from '../../../src-shared/sync/push';
import type { OutboxRow } from '../../../src-renderer/src/db/rowTypes';
import { setUpDevice, validInput } from '../db/fixtures';

async function deviceWithCases(count: number) {
  const { db, actor } = await setUpDevice();
  const before = await db.outbox.count();
  for (let i = 0; i < count; i++) await createCase(db, actor, validInput(i), new Date());
  const rows = (await db.outbox.orderBy('deviceSeq').toArray()).slice(before);
  return { db, rows };
}

const appliedTo = (rows: readonly OutboxRow[]): PushResult[] =>
  rows.map((r) => ({ status: 'applied', changeId: r.changeId, rev: 1 }));

describe('acknowledging a batch', () => {
  it('removes every answered row and takes each case’s first revision', async () => {
    const { db, rows } = await deviceWithCases(3);
    const outcome = await ackBatch(db, rows, appliedTo(rows), new Date());
    expect(outcome).toMatchObject({ removed: 3, conflicts: 0, refused: 0 });
    expect(await db.outbox.bulkGet(rows.map((r) => r.deviceSeq))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(await db.revisions.count()).toBe(3);
    expect(await conflictsTable(db).count()).toBe(0);
  });

  it('writes nothing when a row of the batch left the outbox meanwhile', async () => {
    const { db, rows } = await deviceWithCases(3);
    const gone = rows[1];
    if (!gone) throw new Error('three rows expected');
    await db.outbox.delete(gone.deviceSeq);
    await expect(ackBatch(db, rows, appliedTo(rows), new Date())).rejects.toMatchObject({
      name: 'StaleWriteError',
    });
    const left = await db.outbox.bulkGet(rows.map((r) => r.deviceSeq));
    expect(left.map((r) => r?.deviceSeq)).toEqual([
      rows[0]?.deviceSeq,
      undefined,
      rows[2]?.deviceSeq,
    ]);
    expect(await db.revisions.count()).toBe(0);
  });
});
