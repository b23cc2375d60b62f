/**
 * Every user write sends its change (entity 'user') in the transaction of the row and its audit
 * entry: the first run's administrator, a user added or changed by an administrator, an older
 * device's administrator made by securing it. Passwords never travel. A user who came by sync and
 * cannot sign in here does not count as this desk's last administrator.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../../src-shared/domain/ids';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { credentialsTable } from '../../../src-renderer/src/db/credentials';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { applyMigrations, migrations } from '../../../src-renderer/src/db/migrations';
import { secureLegacyDevice } from '../../../src-renderer/src/db/secureExisting';
import { createUser, updateUser } from '../../../src-renderer/src/db/users';
import { collectBatch } from '../../../src-renderer/src/sync/collect';
import { MetaKey, peekCounter } from '../../../src-renderer/src/db/meta';
import { FIRST_RUN_CHANGES, TEST_KDF, TEST_PASSWORD, setUpDevice } from './fixtures';

const T1 = new Date('2026-03-02T09:00:00+08:00');
const T2 = new Date('2026-03-03T09:00:00+08:00');

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

async function device() {
  const d = await setUpDevice();
  open.push(d.db);
  return d;
}

async function addClerk(db: JianhuDb, actor: Awaited<ReturnType<typeof device>>['actor']) {
  const added = await createUser(
    db,
    actor,
    { name: '刘书记员', role: 'clerk', password: TEST_PASSWORD },
    T1,
    TEST_KDF,
  );
  if (!added.ok) throw new Error('user not added');
  return added.value;
}

describe('user writes and their changes', () => {
  it('adds a user with their create: every synced field, never the password', async () => {
    const { db, actor } = await device();
    const clerk = await addClerk(db, actor);
    expect(await db.users.get(clerk.id)).toEqual({
      id: clerk.id,
      name: '刘书记员',
      role: 'clerk',
      createdAt: T1.toISOString(),
      active: true,
      isAdmin: false,
      rev: 0,
      updatedAt: T1.toISOString(),
    });
    const rows = await db.outbox.orderBy('deviceSeq').toArray();
    expect(rows).toHaveLength(FIRST_RUN_CHANGES + 1);
    expect(rows.at(-1)).toMatchObject({
      entity: 'user',
      entityId: clerk.id,
      op: 'create',
      baseRev: 0,
      deviceTime: T1.toISOString(),
      patch: {
        name: '刘书记员',
        role: 'clerk',
        isAdmin: false,
        active: true,
        createdAt: T1.toISOString(),
      },
    });
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
    expect(Object.keys(rows.at(-1)?.patch ?? {}).sort()).toEqual(
      ['active', 'createdAt', 'isAdmin', 'name', 'role'].sort(),
    );
    expect(await credentialsTable(db).get(clerk.id)).toBeDefined();
  });

  it('sends only the changed fields of an update, on the revision the desk holds', async () => {
    const { db, actor } = await device();
    const clerk = await addClerk(db, actor);
    // As after the server accepted the create and another desk's change (revision 3).
    await db.users.update(clerk.id, { rev: 3 });
    const before = await db.outbox.count();
    const changed = await updateUser(db, actor, clerk.id, { role: 'assistant', active: true }, T2);
    expect(changed).toMatchObject({ ok: true, value: { role: 'assistant', rev: 3 } });
    expect(await db.outbox.orderBy('deviceSeq').last()).toMatchObject({
      entity: 'user',
      entityId: clerk.id,
      op: 'update',
      baseRev: 3,
      patch: { role: 'assistant' },
    });
    expect(await updateUser(db, actor, clerk.id, { role: 'assistant' }, T2)).toMatchObject({
      ok: true,
    });
    expect(await db.outbox.count()).toBe(before + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('writes nothing of a user change whose outbox row fails: no row, no audit, no counter', async () => {
    const { db, actor } = await device();
    const clerk = await addClerk(db, actor);
    const [auditBefore, userBefore, counter] = await Promise.all([
      db.audit.count(),
      db.users.get(clerk.id),
      peekCounter(db.meta, MetaKey.nextDeviceSeq),
    ]);
    const failing = () => {
      throw new Error('disk full');
    };
    db.outbox.hook('creating', failing);
    await expect(updateUser(db, actor, clerk.id, { active: false }, T2)).rejects.toThrow(
      'disk full',
    );
    db.outbox.hook('creating').unsubscribe(failing);
    expect(await db.users.get(clerk.id)).toEqual(userBefore);
    expect(await db.audit.count()).toBe(auditBefore);
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(counter);
  });

  it('sends a whole create for a row no change ever queued (no revision, e.g. an old backup)', async () => {
    const { db, actor } = await device();
    const clerk = await addClerk(db, actor);
    const { rev: _rev, updatedAt: _updatedAt, ...older } = clerk;
    await db.users.put(older);
    await updateUser(db, actor, clerk.id, { role: 'assistant' }, T2);
    expect(await db.outbox.orderBy('deviceSeq').last()).toMatchObject({
      op: 'create',
      baseRev: 0,
      patch: { name: '刘书记员', role: 'assistant', isAdmin: false, active: true },
    });
    expect((await db.users.get(clerk.id))?.rev).toBe(0);
  });

  it('does not count an administrator who came by sync, without a password here, as the last one', async () => {
    const { db, actor } = await device();
    const remote = '0190f000-0000-7000-8000-000000000001' as UserId;
    await db.users.add({
      id: remote,
      name: '远程管理员',
      role: 'systemAdmin',
      createdAt: T1.toISOString(),
      active: true,
      isAdmin: true,
      rev: 1,
    });
    expect(await updateUser(db, actor, actor.userId, { isAdmin: false }, T2)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.lastAdmin' }],
    });
  });
});

describe('securing a desk of the build before sign-in', () => {
  const USER = '01900000-0000-7000-8000-000000000201';

  it('sends the queued create of its users and the change that makes one administrator', async () => {
    const name = `secure-users-${String(Math.random())}`;
    const older = new Dexie(name);
    applyMigrations(
      older,
      migrations.filter((m) => m.version <= 3),
    );
    await older.open();
    await older.table('meta').bulkAdd([
      { key: 'deviceId', value: '01900000-0000-7000-8000-000000000001' },
      { key: 'unit', value: { name: '合肥市蜀山区人民检察院', code: '340104' } },
    ]);
    await older.table('users').add({
      id: USER,
      name: '王检察官',
      role: 'procurator',
      createdAt: '2026-05-01T02:00:00.000Z',
      active: true,
    });
    older.close();

    const db = openJianhuDb(name);
    open.push(db);
    const secured = await secureLegacyDevice(db, USER, TEST_PASSWORD, T1, TEST_KDF);
    expect(secured).toMatchObject({ ok: true });
    // The key stays in the keyring: the patch the change holds is sealed with it and reads back.
    expect(db.keyring?.isUnlocked()).toBe(true);
    expect(await db.outbox.toArray()).toMatchObject([
      { deviceSeq: 1, entity: 'user', entityId: USER, op: 'create', patch: null },
      { deviceSeq: 2, entity: 'user', entityId: USER, op: 'update', patch: { isAdmin: true } },
    ]);
    const batch = await collectBatch(db, 10);
    expect(batch.changes.map((c) => c.change.patch)).toEqual([
      {
        name: '王检察官',
        role: 'procurator',
        isAdmin: true,
        active: true,
        createdAt: '2026-05-01T02:00:00.000Z',
      },
      { isAdmin: true },
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
