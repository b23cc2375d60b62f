/**
 * The start-up warm connection: it starts IndexedDB's work early but never makes, upgrades or
 * holds back the app's database (fake-indexeddb, a factory per test).
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createWarmer } from '../../../src-renderer/src/db/warmConnection';

function dexieOn(factory: IDBFactory, name: string, version: number): Dexie {
  const db = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  db.version(1).stores({ cases: 'id' });
  if (version >= 2) db.version(2).stores({ cases: 'id, seq' });
  return db;
}

async function names(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).map((d) => d.name ?? '');
}

describe('the start-up warm connection', () => {
  it('makes no database when none exists, and the app then makes it with its schema', async () => {
    const factory = new IDBFactory();
    await createWarmer(factory).open('jianhu');
    expect(await names(factory)).not.toContain('jianhu');

    const db = dexieOn(factory, 'jianhu', 2);
    await db.open();
    expect(db.verno).toBe(2);
    await db.table('cases').put({ id: 'a', seq: 1 });
    expect(await db.table('cases').count()).toBe(1);
    db.close();
  });

  it('gives way to the app opening a newer version while it is held', async () => {
    const factory = new IDBFactory();
    const first = dexieOn(factory, 'jianhu', 1);
    await first.open();
    await first.table('cases').put({ id: 'a' });
    first.close();

    const warmer = createWarmer(factory);
    await warmer.open('jianhu');
    const upgraded = dexieOn(factory, 'jianhu', 2);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.table('cases').get('a')).toEqual({ id: 'a' });
    upgraded.close();
  });

  it('gives way to a delete while it is held', async () => {
    const factory = new IDBFactory();
    const first = dexieOn(factory, 'jianhu', 1);
    await first.open();
    first.close();

    await createWarmer(factory).open('jianhu');
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('jianhu');
      request.onblocked = () => {
        blocked = true;
      };
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    expect(await names(factory)).not.toContain('jianhu');
    // The warm connection closed on the versionchange event, so the delete went ahead at once.
    expect(blocked).toBe(false);
  });

  it('closes on release, and opens nothing once released', async () => {
    const factory = new IDBFactory();
    const first = dexieOn(factory, 'jianhu', 1);
    await first.open();
    first.close();

    const warmer = createWarmer(factory);
    await warmer.open('jianhu');
    warmer.release();
    // No connection left: a version change is not even announced to anyone.
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      // Dexie stores version 1 as 10: 50 is an upgrade.
      const request = factory.open('jianhu', 50);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onblocked = () => {
        blocked = true;
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(blocked).toBe(false);

    await warmer.open('jianhu');
    const late = createWarmer(factory);
    late.release();
    await late.open('jianhu');
    expect(await names(factory)).toEqual(['jianhu']);
  });

  it('does nothing without IndexedDB', async () => {
    await expect(createWarmer(undefined).open('jianhu')).resolves.toBeUndefined();
  });
});
