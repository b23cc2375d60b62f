import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classifyOpenError,
  openDatabaseSafely,
  type DbProblem,
} from '../../../src-renderer/src/db/openDatabaseSafely';
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import { freshDb } from './fixtures';

let open: { close: () => void }[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function track<T extends { close: () => void }>(db: T): T {
  open.push(db);
  return db;
}

/** A plain IndexedDB connection that, like a hung window, never closes on 'versionchange'. */
function rawOpen(name: string, version: number, stores: string[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      for (const s of stores) req.result.createObjectStore(s);
    };
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('open failed'));
    };
  });
}

const dom = (name: string, message = 'native failure') => new DOMException(message, name);

describe('classifyOpenError', () => {
  const cases: [string, unknown, DbProblem][] = [
    ['a full disk', dom('QuotaExceededError'), 'quota'],
    [
      'Dexie wrapping a full disk',
      new Dexie.OpenFailedError('open failed', dom('QuotaExceededError')),
      'quota',
    ],
    ['Dexie’s own quota error', new Dexie.QuotaExceededError('quota'), 'quota'],
    ['a newer database than this build', dom('VersionError'), 'version'],
    [
      'Dexie wrapping a newer database',
      new Dexie.OpenFailedError('open failed', dom('VersionError')),
      'version',
    ],
    ['a failed upgrade', new Dexie.UpgradeError('upgrade threw'), 'version'],
    ['a version change by another window', new Dexie.VersionChangeError('changed'), 'blocked'],
    [
      'a closed connection after a version change',
      new Dexie.DatabaseClosedError('closed', new Dexie.VersionChangeError('x')),
      'blocked',
    ],
    [
      'Chromium’s damaged backing store',
      dom('UnknownError', 'Internal error opening backing store'),
      'corrupt',
    ],
    [
      'Dexie wrapping a damaged backing store',
      new Dexie.OpenFailedError('open failed', new Dexie.UnknownError('x')),
      'corrupt',
    ],
    ['an unreadable value', dom('DataCloneError'), 'corrupt'],
    ['an aborted open with no cause', dom('AbortError'), 'corrupt'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('indexedDB API missing'), 'unavailable'],
    ['storage refused by policy', dom('SecurityError'), 'unavailable'],
    [
      'Firefox private mode',
      new Dexie.OpenFailedError('x', dom('InvalidStateError')),
      'unavailable',
    ],
    ['an unknown Error', new Error('something else'), 'unavailable'],
    ['a thrown string', 'weird', 'unavailable'],
    ['nothing', undefined, 'unavailable'],
  ];
  it.each(cases)('%s → the right problem', (_label, error, problem) => {
    expect(classifyOpenError(error).problem).toBe(problem);
  });

  it('describes the whole chain of names and messages', () => {
    const detail = classifyOpenError(
      new Dexie.OpenFailedError('open failed', dom('QuotaExceededError', 'disk full')),
    ).detail;
    expect(detail).toContain('OpenFailedError');
    expect(detail).toContain('QuotaExceededError: disk full');
  });
});

describe('openDatabaseSafely', () => {
  it('opens a new database', async () => {
    expect(await openDatabaseSafely(track(freshDb()))).toEqual({ ok: true });
  });

  it('answers blocked while another connection holds an older version, then opens once it closes', async () => {
    const name = `blocked-${String(Math.random())}`;
    const holder = await rawOpen(name, 1, ['old']);
    const db = track(openJianhuDb(name));
    const first = await openDatabaseSafely(db);
    expect(first).toMatchObject({ ok: false, problem: 'blocked' });
    holder.close();
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
  });

  it('answers version for a database of the same name whose shape this build cannot use', async () => {
    const name = `alien-${String(Math.random())}`;
    // A store named like ours but with out-of-line keys, at a higher version than ours.
    (await rawOpen(name, 1000, ['cases'])).close();
    const result = await openDatabaseSafely(track(openJianhuDb(name)));
    expect(result).toMatchObject({ ok: false, problem: 'version' });
    expect(!result.ok && result.detail).toContain('cases');
  });

  it('answers version when the upgrade cannot be made', async () => {
    const name = `stuck-${String(Math.random())}`;
    // Same native version as our v1 (Dexie multiplies by 10) but a different primary key.
    (await rawOpen(name, 10, ['cases'])).close();
    expect(await openDatabaseSafely(track(openJianhuDb(name)))).toMatchObject({
      ok: false,
      problem: 'version',
    });
  });
});
