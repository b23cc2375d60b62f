/**
 * The case list's sync badges read for the whole screen at once (readRecordSyncStates) say what
 * the tables say record by record: accepted only with a revision and nothing waiting, a
 * conflict only while it is open.
 */
import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import { conflictsTable } from '../../../src-renderer/src/db/conflicts';
import { readRevision } from '../../../src-renderer/src/db/revisions';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import type { OutboxRow } from '../../../src-renderer/src/db/rowTypes';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import { readRecordSyncStates } from '../../../src-renderer/src/features/sync/useRecordSyncStates';
import { devicesClosedAfterEach, validInput } from '../db/fixtures';

const device = devicesClosedAfterEach();
const NOW = new Date('2026-06-01T09:00:00Z');

async function addConflict(db: JianhuDb, id: string, entityId: string, open: boolean) {
  await conflictsTable(db).add({
    id,
    entity: 'case',
    entityId,
    fields: [{ field: 'claims', base: 'a', server: 'b', client: 'c' }],
    serverRev: 2,
    detectedAt: NOW.toISOString(),
    status: open ? 'open' : 'resolved',
    resolvedAt: open ? null : NOW.toISOString(),
    resolution: open ? null : { claims: 'server' },
  });
}

/** The rule read straight from the tables, one record at a time. */
async function oneByOne(db: JianhuDb, id: string) {
  const [rev, pending, conflicts] = await Promise.all([
    readRevision(db, 'case', id),
    db.outbox.where('entityId').equals(id).count(),
    conflictsTable(db)
      .where('entityId')
      .equals(id)
      .filter((c) => c.status === 'open')
      .count(),
  ]);
  return { isAccepted: rev > 0 && pending === 0, hasConflict: conflicts > 0 };
}

describe('sync states of the cases on screen', () => {
  it('agree with each record read on its own', async () => {
    const { db, actor } = await device();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await createCase(db, actor, validInput(i), NOW);
      if (!created.ok) throw new Error('case not created');
      ids.push(created.value.id);
    }
    const [accepted, waiting, changedAgain, conflicted] = ids as [string, string, string, string];
    // Every case but `waiting` is acknowledged (revision 1, its change gone from the outbox).
    const rows = (await db.outbox.toArray()).filter(
      (r: OutboxRow) => r.entityId !== waiting && ids.includes(r.entityId),
    );
    const results = rows.map((r) => ({ status: 'applied' as const, changeId: r.changeId, rev: 1 }));
    await ackBatch(db, rows, results, NOW);
    await updateCase(db, actor, changedAgain, { claims: '支付拖欠工资及利息' }, NOW);
    await addConflict(db, 'c-open', conflicted, true);
    await addConflict(db, 'c-closed', accepted, false);

    const states = await readRecordSyncStates(db, [...ids, 'no-such-case']);
    expect(Object.fromEntries(states)).toEqual({
      [accepted]: { isAccepted: true, hasConflict: false },
      [waiting]: { isAccepted: false, hasConflict: false },
      [changedAgain]: { isAccepted: false, hasConflict: false },
      [conflicted]: { isAccepted: true, hasConflict: true },
      'no-such-case': { isAccepted: false, hasConflict: false },
    });
    for (const id of ids) expect(states.get(id)).toEqual(await oneByOne(db, id));
  });

  it('reads nothing for an empty screen', async () => {
    const { db } = await device();
    expect(await readRecordSyncStates(db, [])).toEqual(new Map());
  });
});
