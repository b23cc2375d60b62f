/**
 * Automatic backups (features/backup): whether they run, how often, how many are kept. Stored in
 * `meta`, changed only by an administrator, every change audited with before and after.
 */
import { z } from 'zod';
import type { Actor } from '../actor';
import { AuditAction } from '../auditActions';
import { auditedWrite } from '../auditedWrite';
import type { JianhuDb } from '../database';
import { readAdmin } from '../users';
import { refusal, toIssues, type WriteResult } from '../writeResult';

export const BackupMetaKey = {
  /** The automatic backup settings (AutoBackupSettings). */
  auto: 'backup.auto',
  /** When the last automatic backup was stored (ISO), written with its audit entry. */
  lastAutoAt: 'backup.lastAutoAt',
} as const;
export type BackupMetaKey = (typeof BackupMetaKey)[keyof typeof BackupMetaKey];

const EVERY_HOURS = 'backup.validation.everyHours';
const KEEP = 'backup.validation.keep';

export const autoBackupSettingsSchema = z.strictObject({
  isEnabled: z.boolean(),
  everyHours: z
    .int({ error: EVERY_HOURS })
    .min(1, { error: EVERY_HOURS })
    .max(24 * 30, { error: EVERY_HOURS }),
  keep: z.int({ error: KEEP }).min(1, { error: KEEP }).max(100, { error: KEEP }),
});
export type AutoBackupSettings = z.output<typeof autoBackupSettingsSchema>;

/** On, daily, the last seven. */
export const DEFAULT_AUTO_BACKUP: AutoBackupSettings = { isEnabled: true, everyHours: 24, keep: 7 };

export async function readAutoBackupSettings(db: JianhuDb): Promise<AutoBackupSettings> {
  const parsed = autoBackupSettingsSchema.safeParse((await db.meta.get(BackupMetaKey.auto))?.value);
  return parsed.success ? parsed.data : DEFAULT_AUTO_BACKUP;
}

export async function readLastAutoBackupAt(db: JianhuDb): Promise<string | null> {
  const value = (await db.meta.get(BackupMetaKey.lastAutoAt))?.value;
  return typeof value === 'string' ? value : null;
}

/** True when an automatic backup should run at `now`. */
export function isAutoBackupDue(
  settings: AutoBackupSettings,
  lastAt: string | null,
  now: Date,
): boolean {
  if (!settings.isEnabled) return false;
  if (lastAt === null) return true;
  const last = Date.parse(lastAt);
  // A clock set back makes "last" lie in the future: back up rather than wait for it.
  return (
    Number.isNaN(last) ||
    last > now.getTime() ||
    now.getTime() - last >= settings.everyHours * 3_600_000
  );
}

/** An administrator changes the automatic backup settings. */
export async function setAutoBackupSettings(
  db: JianhuDb,
  actor: Actor,
  input: AutoBackupSettings,
  now: Date,
): Promise<WriteResult<AutoBackupSettings>> {
  const parsed = autoBackupSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  if (!(await readAdmin(db, actor))) return refusal('backup.refusal.admin-only');
  const before = await readAutoBackupSettings(db);
  const after = parsed.data;
  return auditedWrite(db, [], now, () =>
    Promise.resolve({
      audit: [
        {
          userId: actor.userId,
          action: AuditAction.backupSettings,
          entity: 'device',
          entityId: BackupMetaKey.auto,
          success: true,
          diff: { before, after },
        },
      ],
      commit: async () => {
        await db.meta.put({ key: BackupMetaKey.auto, value: after });
        return { ok: true, value: after } as const;
      },
    }),
  );
}
