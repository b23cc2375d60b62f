import { afterEach, describe, expect, it } from 'vitest';
import { createCase, deleteCase, updateCase } from '../../../src-renderer/src/db/cases';
import {
  GENESIS_HASH,
  hashAuditEntry,
  listAuditForEntity,
  verifyAuditChain,
} from '../../../src-renderer/src/db/audit';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { FIRST_RUN_CHANGES, residentId, setUpDevice, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
async function device() {
  const d = await setUpDevice();
  open.push(d.db);
  return d;
}

/** 50 audited writes: creates, updates and deletes, plus the first run's entry. */
async function fiftyWrites() {
  const { db, actor } = await device();
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const r = await createCase(db, actor, validInput(i), T0);
    if (r.ok) ids.push(r.value.id);
  }
  for (let i = 0; i < 15; i++)
    await updateCase(db, actor, ids[i] ?? '', { facts: `补充事实 ${String(i)}` }, T0);
  for (let i = 0; i < 5; i++) await deleteCase(db, actor, ids[i] ?? '', T0);
  return { db, actor, ids };
}

describe('verifyAuditChain', () => {
  it('accepts an untouched chain of 50 writes and the first-run entry', async () => {
    const { db } = await fiftyWrites();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 51 });
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[0]?.action).toBe('setup.complete');
    for (const e of entries) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports an entry whose diff was edited, at that entry', async () => {
    const { db } = await fiftyWrites();
    await db.audit.update(23, { diff: { after: { title: 'forged' } } });
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      brokenAt: 23,
      reason: 'hash-mismatch',
    });
  });

  it('reports an edited success flag even when the attacker also recomputed that entry’s hash', async () => {
    const { db } = await fiftyWrites();
    const entry = await db.audit.get(40);
    if (!entry) throw new Error('entry 40 exists');
    const forged = { ...entry, success: false };
    await db.audit.put({ ...forged, hash: await hashAuditEntry(forged) });
    // Entry 40 is now self-consistent, so the break shows at the next link.
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      brokenAt: 41,
      reason: 'prev-mismatch',
    });
  });

  it('reports an edited prevHash at that entry', async () => {
    const { db } = await fiftyWrites();
    await db.audit.update(10, { prevHash: 'f'.repeat(64) });
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      brokenAt: 10,
      reason: 'prev-mismatch',
    });
  });

  it('reports a removed entry at the one after it, and reports only the first break', async () => {
    const { db } = await fiftyWrites();
    await db.audit.delete(7);
    await db.audit.update(30, { success: false });
    expect(await verifyAuditChain(db)).toEqual({ ok: false, brokenAt: 8, reason: 'prev-mismatch' });
  });

  it('stays valid under 20 concurrent creates from one window', async () => {
    const { db, actor } = await device();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createCase(db, actor, validInput(i), T0)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 21 });
    const outbox = await db.outbox.orderBy('deviceSeq').toArray();
    expect(outbox.map((r) => r.deviceSeq)).toEqual(
      Array.from({ length: FIRST_RUN_CHANGES + 20 }, (_, i) => i + 1),
    );
    const numbers = new Set(results.map((r) => (r.ok ? r.value.provisionalNo : '')));
    expect(numbers.size).toBe(20);
  });

  it('stays valid when two windows (two connections, two write queues) write at once', async () => {
    const { db, actor } = await device();
    const other = openJianhuDb(db.name, { keyring: db.keyring });
    open.push(other);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createCase(i % 2 === 0 ? db : other, actor, validInput(i), T0),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 11 });
    expect((await db.outbox.toArray()).map((r) => r.deviceSeq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: FIRST_RUN_CHANGES + 10 }, (_, i) => i + 1),
    );
  });
});

describe('audit diffs', () => {
  it('never hold an ID number or phone in clear, while the case and outbox do', async () => {
    const { db, actor } = await device();
    const id = residentId(123);
    const input = validInput(1, {
      parties: [
        {
          id: 'p1',
          role: 'applicant',
          name: '李某',
          idType: 'residentId',
          idNumber: id,
          phone: '13987654321',
        },
      ],
      agent: { name: '赵律师', phone: '13700001111' },
    });
    const created = await createCase(db, actor, input, T0);
    if (!created.ok) throw new Error('expected ok');
    const newId = residentId(456);
    await updateCase(
      db,
      actor,
      created.value.id,
      {
        parties: [
          {
            id: 'p1',
            role: 'applicant',
            name: '李某',
            idType: 'residentId',
            idNumber: newId,
            phone: '15011112222',
          },
        ],
      },
      T0,
    );
    await deleteCase(db, actor, created.value.id, T0);

    const auditJson = JSON.stringify(await listAuditForEntity(db, created.value.id));
    for (const secret of [id, newId, '13987654321', '15011112222', '13700001111']) {
      expect(auditJson).not.toContain(secret);
    }
    expect(auditJson).toContain('340102********');
    expect(auditJson).toContain('139****4321');
    // The data itself is kept in full where it belongs.
    expect(JSON.stringify(await db.cases.get(created.value.id))).toContain(newId);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 4 });
  });
});
