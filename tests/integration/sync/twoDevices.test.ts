/**
 * Two devices of one county, each with its own local database and sync engine, against the real
 * server: offline edits of different fields merge on both; the same field becomes a conflict with
 * both values in the inbox, and the person's resolution syncs to both. A device of another county
 * never receives the case; a revoked device is told so and stops retrying.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeDevice } from '../../../src-server/admin/adminCommands';
import { getCase, createCase, updateCase, deleteCase } from '../../../src-renderer/src/db/cases';
import { listOpenConflicts, markConflictResolved } from '../../../src-renderer/src/db/conflicts';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { readRevision } from '../../../src-renderer/src/db/revisions';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { validInput } from '../../unit/db/fixtures';
import { addDevice, closeDevices, contentOf, type TestDevice } from './helpers/syncEnv';

describe.each(BACKENDS)('two devices syncing through the server on %s', (backend) => {
  let env: TestEnv;
  let a: TestDevice;
  let b: TestDevice;
  let other: TestDevice;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    a = await addDevice(env, UNITS.yaohai);
    b = await addDevice(env, UNITS.yaohai);
    other = await addDevice(env, UNITS.luyang);
  }, 60_000);
  afterAll(async () => {
    await closeDevices([a, b, other]);
    await env.close();
  });

  async function newCaseOnA(i: number): Promise<string> {
    const created = await createCase(a.db, a.actor, validInput(i), new Date());
    if (!created.ok) throw new Error('create failed');
    await a.engine.syncNow();
    await b.engine.syncNow();
    return created.value.id;
  }

  it('delivers a new case to the other device of the unit, accepted (rev 1) and identical', async () => {
    const id = await newCaseOnA(1);
    const onA = await getCase(a.db, id);
    const onB = await getCase(b.db, id);
    expect([await readRevision(a.db, 'case', id), await readRevision(b.db, 'case', id)]).toEqual([
      1, 1,
    ]);
    expect(contentOf(onB)).toEqual(contentOf(onA));
    expect(await a.db.outbox.count()).toBe(0);
    expect(a.engine.getStatus()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await verifyAuditChain(b.db)).toMatchObject({ ok: true });
  });

  it('merges offline edits of different fields on both devices', async () => {
    const id = await newCaseOnA(2);
    expect((await updateCase(a.db, a.actor, id, { claims: '甲方的请求' }, new Date())).ok).toBe(
      true,
    );
    expect((await updateCase(b.db, b.actor, id, { facts: '乙方补充的事实' }, new Date())).ok).toBe(
      true,
    );
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const device of [a, b]) {
      const record = await getCase(device.db, id);
      expect(record).toMatchObject({ claims: '甲方的请求', facts: '乙方补充的事实' });
      expect(await readRevision(device.db, 'case', id)).toBe(3);
      expect(await listOpenConflicts(device.db)).toEqual([]);
    }
  });

  it('keeps both values of a field changed on both devices, and syncs the resolution to both', async () => {
    const id = await newCaseOnA(3);
    const base = (await getCase(a.db, id))?.claims;
    await updateCase(a.db, a.actor, id, { claims: 'A 的请求' }, new Date());
    await updateCase(b.db, b.actor, id, { claims: 'B 的请求', facts: 'B 的事实' }, new Date());
    await a.engine.syncNow();
    const status = await b.engine.syncNow();
    expect(status).toMatchObject({ kind: 'idle', pendingCount: 0 });

    const [conflict, ...more] = await listOpenConflicts(b.db);
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      entity: 'case',
      entityId: id,
      status: 'open',
      fields: [{ field: 'claims', base, server: 'A 的请求', client: 'B 的请求' }],
    });
    // Until resolved the device shows what the server kept; its other field went through.
    expect(await getCase(b.db, id)).toMatchObject({ claims: 'A 的请求', facts: 'B 的事实' });

    // The person keeps B's value: an ordinary edit, which syncs.
    const resolved = await updateCase(b.db, b.actor, id, { claims: 'B 的请求' }, new Date());
    expect(resolved.ok).toBe(true);
    await markConflictResolved(b.db, conflict?.id ?? '', { claims: 'local' }, new Date());
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const device of [a, b]) {
      expect(await getCase(device.db, id)).toMatchObject({ claims: 'B 的请求', facts: 'B 的事实' });
      expect(await listOpenConflicts(device.db)).toEqual([]);
    }
    expect(await env.db.query('select status from conflicts where entity_id = $1', [id])).toEqual([
      { status: 'resolved' },
    ]);
  });

  it('closes the server conflict when the person keeps the server value (a change that changes nothing here)', async () => {
    const id = await newCaseOnA(6);
    await updateCase(a.db, a.actor, id, { claims: 'A 保留的请求' }, new Date());
    await updateCase(b.db, b.actor, id, { claims: 'B 放弃的请求' }, new Date());
    await a.engine.syncNow();
    await b.engine.syncNow();
    const [conflict] = await listOpenConflicts(b.db);
    expect(conflict).toMatchObject({ entityId: id, fields: [{ field: 'claims' }] });
    // B already shows the server's value; keeping it changes nothing locally.
    expect(await getCase(b.db, id)).toMatchObject({ claims: 'A 保留的请求' });
    const outboxBefore = await b.db.outbox.count();

    const kept = await updateCase(b.db, b.actor, id, { claims: 'A 保留的请求' }, new Date(), {
      confirm: ['claims'],
    });
    expect(kept.ok).toBe(true);
    expect(await b.db.outbox.count()).toBe(outboxBefore + 1);
    await markConflictResolved(b.db, conflict?.id ?? '', { claims: 'server' }, new Date());
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await env.db.query('select status from conflicts where entity_id = $1', [id])).toEqual([
      { status: 'resolved' },
    ]);
    for (const device of [a, b]) {
      expect(await getCase(device.db, id)).toMatchObject({ claims: 'A 保留的请求' });
      expect(await device.db.outbox.count()).toBe(0);
    }
    expect(await verifyAuditChain(b.db)).toMatchObject({ ok: true });
  });

  it('syncs a soft delete and keeps pending local fields over a pulled state', async () => {
    const id = await newCaseOnA(4);
    await deleteCase(a.db, a.actor, id, new Date());
    // B edits offline before it has seen the delete; its field must survive the pull.
    await updateCase(b.db, b.actor, id, { claims: 'B 离线修改' }, new Date());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const device of [a, b]) {
      expect(await getCase(device.db, id)).toMatchObject({ deleted: 1, claims: 'B 离线修改' });
    }
  });

  it('does not report two offline edits of one case on one device as a conflict with each other', async () => {
    const id = await newCaseOnA(7);
    await updateCase(a.db, a.actor, id, { title: '第一次修改' }, new Date());
    await updateCase(a.db, a.actor, id, { facts: '第二次修改' }, new Date());
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await listOpenConflicts(a.db)).toEqual([]);
    await b.engine.syncNow();
    expect(await getCase(b.db, id)).toMatchObject({ title: '第一次修改', facts: '第二次修改' });
    expect(await readRevision(b.db, 'case', id)).toBe(3);
  });

  it('never gives a case to a device of another county', async () => {
    await newCaseOnA(5);
    await other.engine.syncNow();
    expect(await other.db.cases.count()).toBe(0);
    expect(other.engine.getStatus()).toMatchObject({ kind: 'idle' });
  });

  it('tells a revoked device so, in its status, and stops retrying by itself', async () => {
    await createCase(b.db, b.actor, validInput(6), new Date());
    await revokeDevice(env.db, b.serverDeviceId, new Date());
    const status = await b.engine.syncNow();
    expect(status).toMatchObject({
      kind: 'error',
      code: 'token-revoked',
      retryAt: null,
      pendingCount: 1,
    });
    // The change waits on the device: nothing is lost because the device was revoked.
    expect(await b.db.outbox.count()).toBe(1);
  });
});
