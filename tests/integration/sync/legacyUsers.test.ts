/**
 * Users written by a build before users synced reach the server once: the schema upgrade to
 * version 5 queues a patchless 'create' for each (migrations/0005-approvals.ts), the engine sends
 * each user's row as it is then, and the unit's other desks receive them. Nothing is sent twice.
 */
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrations } from '../../../src-renderer/src/db/migrations';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { unlockedKeyring } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, enrollWithEngine, type TestDevice } from './helpers/syncEnv';

const AT = '2026-05-01T02:00:00.000Z';
const ADMIN = '01900000-0000-7000-8000-000000000301';
const CLERK = '01900000-0000-7000-8000-000000000302';

/** A v4 desk as the build before users synced left it: set up, two users, nothing queued. */
async function previousBuild(name: string): Promise<void> {
  const older = new Dexie(name);
  applyMigrations(
    older,
    migrations.filter((m) => m.version <= 4),
  );
  await older.open();
  await older.table('meta').bulkAdd([
    { key: 'deviceId', value: '01900000-0000-7000-8000-000000000001' },
    { key: 'unit', value: { name: '瑶海区人民检察院', code: UNITS.yaohai } },
    { key: 'nextDeviceSeq', value: 1 },
  ]);
  await older.table('users').bulkAdd([
    { id: ADMIN, name: '王检察官', role: 'procurator', createdAt: AT, active: true, isAdmin: true },
    // A row of the build before sign-in: no isAdmin at all (read as false).
    { id: CLERK, name: '刘书记员', role: 'clerk', createdAt: AT, active: true },
  ]);
  older.close();
}

describe.each(BACKENDS)('users of an older build on %s', (backend) => {
  let env: TestEnv;
  let db: JianhuDb;
  let colleague: TestDevice;

  beforeAll(async () => {
    env = await createTestEnv(backend);
    const name = `legacy-users-${String(Math.random())}`;
    await previousBuild(name);
    db = openJianhuDb(name, { keyring: unlockedKeyring() });
    colleague = await addDevice(env, UNITS.yaohai);
  }, 60_000);
  afterAll(async () => {
    await closeDevices([colleague]);
    await db.delete();
    await env.close();
  });

  it('sends each user once, as the row stands, and the unit’s other desk receives them', async () => {
    expect(await db.outbox.toArray()).toMatchObject([
      { deviceSeq: 1, entity: 'user', entityId: ADMIN, op: 'create', patch: null },
      { deviceSeq: 2, entity: 'user', entityId: CLERK, op: 'create', patch: null },
    ]);
    const { engine } = await enrollWithEngine(env, db, UNITS.yaohai);
    expect(await engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await db.users.get(CLERK)).toMatchObject({ rev: 1, role: 'clerk' });
    const stored = await env.db.query(
      "select entity_id, rev, data from records where entity = 'user' and entity_id = any($1::text[]) order by entity_id",
      [[ADMIN, CLERK]],
    );
    expect(stored.map((r) => [r.entity_id, Number(r.rev), r.data])).toEqual([
      [
        ADMIN,
        1,
        { name: '王检察官', role: 'procurator', isAdmin: true, active: true, createdAt: AT },
      ],
      [CLERK, 1, { name: '刘书记员', role: 'clerk', isAdmin: false, active: true, createdAt: AT }],
    ]);

    await colleague.engine.syncNow();
    expect(await colleague.db.users.get(ADMIN)).toMatchObject({ name: '王检察官', isAdmin: true });

    // Once: a second run finds nothing to send, and the server still holds revision 1.
    expect(await engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    engine.stop();
    expect(await env.count("select max(rev)::int as n from records where entity = 'user'")).toBe(1);
  });
});
