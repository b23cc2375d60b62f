/**
 * The automatic backup schedule: its settings (administrator only, audited with before and after),
 * when a backup is due, and the stored backup's audit entry that moves the schedule on.
 */
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  DEFAULT_AUTO_BACKUP,
  isAutoBackupDue,
  readAutoBackupSettings,
  readLastAutoBackupAt,
  recordBackupMade,
  setAutoBackupSettings,
  type AutoBackupSettings,
} from '../../../src-renderer/src/db/backup';
import { createUser } from '../../../src-renderer/src/db/users';
import { TEST_KDF } from '../db/fixtures';
import { NOW, setUpUnit } from './backupFixtures';

const HOUR = 3_600_000;
const daily: AutoBackupSettings = { isEnabled: true, everyHours: 24, keep: 7 };

describe('automatic backup settings', () => {
  it('default to on, daily, the last seven', async () => {
    const { db } = await setUpUnit();
    expect(await readAutoBackupSettings(db)).toEqual(DEFAULT_AUTO_BACKUP);
    expect(DEFAULT_AUTO_BACKUP).toEqual(daily);
  });

  it('are changed by an administrator with one audit entry holding before and after', async () => {
    const { db, actor } = await setUpUnit();
    const next = { isEnabled: true, everyHours: 6, keep: 14 };
    const before = await db.audit.count();
    expect(await setAutoBackupSettings(db, actor, next, NOW)).toEqual({ ok: true, value: next });
    expect(await readAutoBackupSettings(db)).toEqual(next);
    const entries = await db.audit.where('seq').above(before).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'backup.settings',
      userId: actor.userId,
      success: true,
      diff: { before: daily, after: next },
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('are refused to anyone else and when out of range, writing nothing', async () => {
    const { db, actor } = await setUpUnit();
    const clerk = await createUser(
      db,
      actor,
      { name: '李书记员', role: 'clerk', password: 'Clerk#2026-desk' },
      NOW,
      TEST_KDF,
    );
    if (!clerk.ok) throw new Error('user not created');
    const before = await db.audit.count();
    const asClerk = { ...actor, userId: clerk.value.id };
    expect(await setAutoBackupSettings(db, asClerk, { ...daily, keep: 3 }, NOW)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'backup.refusal.admin-only' }],
    });
    const outOfRange = await setAutoBackupSettings(db, actor, { ...daily, keep: 0 }, NOW);
    expect(outOfRange).toEqual({
      ok: false,
      issues: [{ path: ['keep'], message: 'backup.validation.keep' }],
    });
    const notWhole = await setAutoBackupSettings(db, actor, { ...daily, everyHours: 1.5 }, NOW);
    expect(notWhole.ok).toBe(false);
    expect(await db.audit.count()).toBe(before);
    expect(await readAutoBackupSettings(db)).toEqual(daily);
  });
});

describe('when an automatic backup is due', () => {
  const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR).toISOString();
  it.each([
    ['never made one', daily, null, true],
    ['the interval has passed', daily, at(24), true],
    ['within the interval', daily, at(23), false],
    ['switched off', { ...daily, isEnabled: false }, null, false],
    ['the clock went back before the last one', daily, at(-5), true],
    ['a shorter interval', { ...daily, everyHours: 6 }, at(6), true],
  ] as const)('%s', (_, settings, lastAt, isDue) => {
    expect(isAutoBackupDue(settings, lastAt, NOW)).toBe(isDue);
  });
});

describe('a stored backup', () => {
  it('is audited, and an automatic one moves the schedule on in the same write', async () => {
    const { db, actor } = await setUpUnit();
    const summary = { bytes: 1234, auditSeq: 2, createdAt: NOW.toISOString() };
    await recordBackupMade(db, actor.userId, { ...summary, kind: 'manual' }, NOW);
    expect(await readLastAutoBackupAt(db)).toBeNull();
    await recordBackupMade(db, actor.userId, { ...summary, kind: 'auto' }, NOW);
    expect(await readLastAutoBackupAt(db)).toBe(NOW.toISOString());
    const made = await db.audit.where('seq').above(1).toArray();
    expect(made.map((e) => [e.action, (e.diff as { kind: string }).kind])).toEqual([
      ['backup.create', 'manual'],
      ['backup.create', 'auto'],
    ]);
  });
});
