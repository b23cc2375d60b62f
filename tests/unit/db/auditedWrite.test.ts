import { afterEach, describe, expect, it } from 'vitest';
import { createCase, deleteCase, updateCase } from '../../../src-renderer/src/db/cases';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { createUser } from '../../../src-renderer/src/db/users';
import { FIRST_RUN_CHANGES, TEST_KDF, TEST_PASSWORD, setUpDevice, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

async function twoWindows() {
  const d = await setUpDevice();
  const other = openJianhuDb(d.db.name, { keyring: d.db.keyring });
  open.push(d.db, other);
  return { ...d, other };
}

describe('auditedWrite in one transaction', () => {
  it('extends the chain written by another connection meanwhile (its remembered head is stale)', async () => {
    const { db, other, actor } = await twoWindows();
    const first = await createCase(db, actor, validInput(1), T0);
    if (!first.ok) throw new Error('create refused');
    // Each connection writes in turn: every write finds the head the other one moved on.
    for (let i = 0; i < 6; i++) {
      const conn = i % 2 === 0 ? other : db;
      const saved = await updateCase(conn, actor, first.value.id, { facts: `第${i}次补充` }, T0);
      expect(saved.ok).toBe(true);
    }
    await deleteCase(other, actor, first.value.id, T0);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 1 + 1 + 6 + 1 });
    const outbox = await db.outbox.orderBy('deviceSeq').toArray();
    expect(outbox.map((r) => r.deviceSeq)).toEqual(
      Array.from({ length: FIRST_RUN_CHANGES + 8 }, (_, i) => i + 1),
    );
    const stored = await db.cases.get(first.value.id);
    expect(stored).toMatchObject({ facts: '第5次补充', deleted: 1, seq: 8 });
  });

  it('extends a chain moved on by a write in phases on the same connection', async () => {
    const { db, actor } = await twoWindows();
    const made = await createCase(db, actor, validInput(2), T0);
    if (!made.ok) throw new Error('create refused');
    // Creating a user runs in phases (prepare outside the transaction, then re-checked inside).
    const again = await createUser(
      db,
      actor,
      { name: '李书记员', role: 'clerk', password: TEST_PASSWORD },
      T0,
      TEST_KDF,
    );
    expect(again.ok).toBe(true);
    const saved = await updateCase(db, actor, made.value.id, { facts: '补充' }, T0);
    expect(saved.ok).toBe(true);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(true);
  });

  it('does not retry a write that fails for another reason, and leaves nothing of it', async () => {
    const { db, actor } = await twoWindows();
    const made = await createCase(db, actor, validInput(3), T0);
    if (!made.ok) throw new Error('create refused');
    const failing = () => {
      throw new Error('disk full');
    };
    let calls = 0;
    const count = () => {
      calls += 1;
    };
    db.outbox.hook('creating', count);
    db.outbox.hook('creating', failing);
    await expect(updateCase(db, actor, made.value.id, { facts: '不会保存' }, T0)).rejects.toThrow(
      'disk full',
    );
    db.outbox.hook('creating').unsubscribe(failing);
    db.outbox.hook('creating').unsubscribe(count);
    expect(calls).toBe(1);
    expect(await db.audit.count()).toBe(2);
    expect(await db.outbox.count()).toBe(FIRST_RUN_CHANGES + 1);
    expect((await db.cases.get(made.value.id))?.facts).toBe(made.value.facts);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 2 });
  });
});
