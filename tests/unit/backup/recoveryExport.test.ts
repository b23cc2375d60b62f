/**
 * The recovery path's export (the database will not open normally): the same encrypted archive as
 * a backup, unlocked with a password because nobody can sign in, and restorable like one.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newRestoreDbName } from '../../../src-renderer/src/db/activeDatabase';
import {
  exportRecoveryArchive,
  listRecoveryUsers,
  readArchiveHeader,
  restoreArchive,
  unlockArchive,
} from '../../../src-renderer/src/db/backup';
import { applyMigrations, currentSchemaVersion } from '../../../src-renderer/src/db/migrations';
import { TEST_PASSWORD } from '../db/fixtures';
import { NOW, deviceWithData, openedArchive, setUpUnit, storedRows } from './backupFixtures';

describe('the recovery export', () => {
  it('lists who can unlock it and makes an archive that restores every row as stored', async () => {
    const { db, actor } = await deviceWithData();
    db.close({ disableAutoOpen: true });
    expect(await listRecoveryUsers(db.name)).toEqual([
      { userId: actor.userId, name: '赵管理员', role: 'systemAdmin', isAdmin: true },
    ]);
    const secret = { kind: 'password', userId: actor.userId, password: TEST_PASSWORD } as const;

    const made = await exportRecoveryArchive(db.name, secret, NOW);

    if (!made.ok) throw new Error(`refused: ${made.reason}`);
    expect(made.header).toMatchObject({ kind: 'recovery', unreadableTables: [] });
    const opened = await openedArchive(made.archive);
    const unlocked = await unlockArchive(opened.header, secret);
    if (!unlocked.ok) throw new Error('unlock refused');
    const targetName = newRestoreDbName(NOW);
    const restored = await restoreArchive(opened, unlocked.dataKey, {
      targetName,
      currentUnitCode: null,
      isOtherUnitConfirmed: false,
      userId: actor.userId,
      now: NOW,
    });
    expect(restored.ok).toBe(true);
    const before = await storedRows(db.name);
    const after = await storedRows(targetName);
    for (const [table, rows] of Object.entries(before)) {
      expect(table === 'audit' ? after[table]?.slice(0, -1) : after[table], table).toEqual(rows);
    }
  });

  it('is refused with a wrong password, and for a database without users', async () => {
    const { db, actor } = await deviceWithData();
    const wrong = { kind: 'password', userId: actor.userId, password: 'Wrong#2026-pass' } as const;
    expect(await exportRecoveryArchive(db.name, wrong, NOW)).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await listRecoveryUsers(`never-made-${String(Math.random())}`)).toEqual([]);
  });

  it('reads a database a newer build wrote, whose archive only a newer build restores', async () => {
    const { db, actor } = await setUpUnit();
    db.close({ disableAutoOpen: true });
    // What a later build would have done to it: a version of its own with a table of its own.
    const newer = new Dexie(db.name);
    applyMigrations(newer);
    newer.version(currentSchemaVersion + 1).stores({ extra: 'id' });
    await newer.table('extra').add({ id: 'x1', note: '新版本的数据' });
    newer.close();
    const secret = { kind: 'password', userId: actor.userId, password: TEST_PASSWORD } as const;

    const made = await exportRecoveryArchive(db.name, secret, NOW);

    if (!made.ok) throw new Error(`refused: ${made.reason}`);
    expect(made.header.schemaVersion).toBe(currentSchemaVersion + 1);
    expect(made.header.rowCounts['extra']).toBe(1);
    expect(await readArchiveHeader(made.archive)).toEqual({ ok: false, reason: 'too-new' });
  });
});
