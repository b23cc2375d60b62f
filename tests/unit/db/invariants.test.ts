import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { FIRST_RUN_CHANGES, counts, devicesClosedAfterEach, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');
const T1 = new Date('2026-06-02T10:00:00+08:00');

const device = devicesClosedAfterEach();

/** Every row of the tables a write touches, to prove that nothing at all changed. */
async function snapshot(db: JianhuDb) {
  return {
    cases: await db.cases.toArray(),
    audit: await db.audit.toArray(),
    outbox: await db.outbox.toArray(),
    meta: await db.meta.toArray(),
  };
}

describe('an invalid save writes nothing', () => {
  it('create with a resident ID whose checksum is wrong: issue on the field, no row anywhere', async () => {
    const { db, actor } = await device();
    const input = validInput(1);
    const party = input.parties[0];
    if (!party) throw new Error('fixture has a party');
    // The last character is the checksum: change it.
    const bad = {
      ...party,
      idNumber: `${(party.idNumber ?? '').slice(0, 17)}${party.idNumber?.endsWith('0') ? '1' : '0'}`,
    };
    const before = await snapshot(db);
    const result = await createCase(db, actor, { ...input, parties: [bad] }, T0);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['parties', 0, 'idNumber'], message: 'validation.residentId.checksum' }],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('update that makes the merged card invalid: the stored case and every table stay as they were', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    const before = await snapshot(db);
    const result = await updateCase(
      db,
      actor,
      created.value.id,
      { title: '   ', receivedAt: '2026-13-40' },
      T1,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['receivedAt', 'title']);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a write that fails mid-transaction leaves no partial rows', () => {
  it('an error after the case row was put rolls back the case, the audit entry and the counters', async () => {
    const { db, actor } = await device();
    const before = await snapshot(db);
    // The outbox row is written after the case row inside the transaction: make it fail there.
    const failOutbox = () => {
      throw new Error('disk hiccup');
    };
    db.outbox.hook('creating', failOutbox);
    await expect(createCase(db, actor, validInput(1), T0)).rejects.toThrow('disk hiccup');
    db.outbox.hook('creating').unsubscribe(failOutbox);
    expect(await snapshot(db)).toEqual(before);

    // The next write takes the numbers the failed one would have used: no gap anywhere.
    const ok = await createCase(db, actor, validInput(2), T1);
    expect(ok.ok && ok.value.provisionalNo).toBe('340102-2026-00001');
    expect((await db.outbox.toArray()).map((r) => r.deviceSeq)).toEqual([
      FIRST_RUN_CHANGES,
      FIRST_RUN_CHANGES + 1,
    ]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 2 });
  });

  it('a failing update keeps the previous version of the case', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    const before = await snapshot(db);
    const failAudit = () => {
      throw new Error('audit store refused');
    };
    db.audit.hook('creating', failAudit);
    await expect(
      updateCase(db, actor, created.value.id, { title: '改过的标题' }, T1),
    ).rejects.toThrow('audit store refused');
    db.audit.hook('creating').unsubscribe(failAudit);
    expect(await snapshot(db)).toEqual(before);
    expect((await counts(db)).outbox).toBe(FIRST_RUN_CHANGES + 1);
  });
});
