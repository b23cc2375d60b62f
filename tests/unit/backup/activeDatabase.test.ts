/**
 * The pointer to the app's database: 'jianhu' until a restore switches it, the replaced database
 * deleted at once or, when something kept it open, at the next start — never the active one.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DB_NAME,
  finishPendingDelete,
  newRestoreDbName,
  readActiveDbName,
  switchActiveDatabase,
  type PointerStorage,
} from '../../../src-renderer/src/db/activeDatabase';
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import { NOW } from './backupFixtures';

function memoryStorage(entries: Record<string, string> = {}): PointerStorage & {
  entries: Map<string, string>;
} {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => map.set(key, value),
    removeItem: (key) => map.delete(key),
  };
}

describe('the active database pointer', () => {
  it('names jianhu until it holds a restored database’s name, and ignores anything else', () => {
    const restored = newRestoreDbName(NOW);
    expect(readActiveDbName(null)).toBe(DEFAULT_DB_NAME);
    expect(readActiveDbName(memoryStorage())).toBe('jianhu');
    expect(readActiveDbName(memoryStorage({ 'jianhu.activeDb': restored }))).toBe(restored);
    for (const bad of ['other', '../jianhu', 'jianhu-restore-', 'jianhu-restore-ABC']) {
      expect(readActiveDbName(memoryStorage({ 'jianhu.activeDb': bad }))).toBe('jianhu');
    }
    expect(newRestoreDbName(NOW)).not.toBe(restored);
  });

  it('switches to the restored database and deletes the one it replaces', async () => {
    const storage = memoryStorage();
    const old = openJianhuDb(`jianhu-restore-${String(Date.now())}a`, { keyring: null });
    await old.open();
    const next = newRestoreDbName(NOW);

    await switchActiveDatabase(old, next, storage);

    expect(readActiveDbName(storage)).toBe(next);
    expect(await Dexie.getDatabaseNames()).not.toContain(old.name);
    expect(storage.entries.has('jianhu.pendingDelete')).toBe(false);
  });

  it('finishes a deletion cut short at the next start, but never deletes the active database', async () => {
    const leftover = `jianhu-restore-${String(Date.now())}b`;
    const made = openJianhuDb(leftover, { keyring: null });
    await made.open();
    made.close();
    const next = newRestoreDbName(NOW);
    const storage = memoryStorage({ 'jianhu.pendingDelete': leftover, 'jianhu.activeDb': next });

    await finishPendingDelete(storage);

    expect(await Dexie.getDatabaseNames()).not.toContain(leftover);
    expect(storage.entries.has('jianhu.pendingDelete')).toBe(false);

    const active = openJianhuDb(next, { keyring: null });
    await active.open();
    active.close();
    const confused = memoryStorage({ 'jianhu.pendingDelete': next, 'jianhu.activeDb': next });
    await finishPendingDelete(confused);
    expect(await Dexie.getDatabaseNames()).toContain(next);
  });
});
