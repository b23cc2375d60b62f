import { afterEach, describe, expect, it } from 'vitest';
import { UUID_PATTERN } from '../../../src-shared/domain/ids';
import { completeFirstRun, getSetup, getUser, listUsers } from '../../../src-renderer/src/db/setup';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { readDeviceId } from '../../../src-renderer/src/db/meta';
import { TEST_KDF, TEST_PASSWORD, freshDb } from './fixtures';

const NOW = new Date('2026-03-01T09:00:00+08:00');
const VALID = {
  unit: { name: '合肥市瑶海区人民检察院', code: '340102' },
  user: { name: '王检察官', role: 'procurator', password: TEST_PASSWORD },
};

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function db(): JianhuDb {
  const d = freshDb();
  open.push(d);
  return d;
}

describe('device identity', () => {
  it('makes a UUIDv7 device id on first open and keeps it across reopening', async () => {
    const first = db();
    await first.open();
    const id = await readDeviceId(first.meta);
    expect(id).toMatch(UUID_PATTERN);
    expect(id?.[14]).toBe('7');
    first.close();

    const again = openJianhuDb(first.name);
    open.push(again);
    expect(await readDeviceId(again.meta)).toBe(id);
  });
});

describe('completeFirstRun', () => {
  it('reports every invalid field and writes nothing', async () => {
    const d = db();
    const result = await completeFirstRun(
      d,
      { unit: { name: '', code: '34010' }, user: { name: ' ', role: 'judge', password: 'short' } },
      NOW,
      TEST_KDF,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: ['unit', 'name'], message: 'validation.required' },
          { path: ['unit', 'code'], message: 'validation.unitCode' },
          { path: ['user', 'name'], message: 'validation.required' },
          { path: ['user', 'role'], message: 'validation.choose' },
          { path: ['user', 'password'], message: 'validation.passwordRules' },
        ]),
      );
    }
    expect(await getSetup(d)).toBeNull();
    expect(await d.users.count()).toBe(0);
    expect(await d.audit.count()).toBe(0);
  });

  it('rejects a user name longer than 50 characters', async () => {
    const result = await completeFirstRun(
      db(),
      { ...VALID, user: { name: '名'.repeat(51), role: 'clerk', password: TEST_PASSWORD } },
      NOW,
      TEST_KDF,
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['user', 'name'], message: 'validation.tooLong' }],
    });
  });

  it('writes the unit, the first user and one audit entry, then refuses a second run', async () => {
    const d = db();
    const result = await completeFirstRun(d, VALID, NOW, TEST_KDF);
    if (!result.ok) throw new Error('expected ok');
    const { userId, deviceId } = result.value;

    expect(await getSetup(d)).toEqual({ unit: VALID.unit, deviceId });
    expect(await listUsers(d)).toEqual([
      {
        id: userId,
        name: '王检察官',
        role: 'procurator',
        createdAt: NOW.toISOString(),
        active: true,
        isAdmin: true,
        rev: 0,
        updatedAt: NOW.toISOString(),
      },
    ]);
    // Users sync: the administrator's 'create' waits in the outbox, never their credential.
    expect(await d.outbox.toArray()).toMatchObject([
      {
        deviceSeq: 1,
        entity: 'user',
        entityId: userId,
        op: 'create',
        baseRev: 0,
        patch: {
          name: '王检察官',
          role: 'procurator',
          isAdmin: true,
          active: true,
          createdAt: NOW.toISOString(),
        },
      },
    ]);
    expect((await getUser(d, userId))?.name).toBe('王检察官');
    expect(await getUser(d, 'nobody')).toBeUndefined();
    const [entry] = await d.audit.toArray();
    expect(entry).toMatchObject({
      action: 'setup.complete',
      userId,
      deviceId,
      success: true,
      seq: 1,
    });

    const second = await completeFirstRun(
      d,
      { ...VALID, user: { name: '另一人', role: 'clerk', password: TEST_PASSWORD } },
      NOW,
      TEST_KDF,
    );
    expect(second).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.alreadySetUp' }],
    });
    expect(await d.users.count()).toBe(1);
    expect(await d.outbox.count()).toBe(1);
    expect(await verifyAuditChain(d)).toEqual({ ok: true, count: 1 });
  });

  it('lets only one of two simultaneous first runs win', async () => {
    const d = db();
    const results = await Promise.all([
      completeFirstRun(d, VALID, NOW, TEST_KDF),
      completeFirstRun(
        d,
        { ...VALID, user: { name: '李书记员', role: 'clerk', password: TEST_PASSWORD } },
        NOW,
        TEST_KDF,
      ),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await d.users.count()).toBe(1);
  });
});
