/**
 * The automatic backups an app keeps (Electron: files under userData/backups; the web build: the
 * origin-private file system). Their names are made by the keeper from the time, never by the
 * renderer, and rotation is one pure rule both keepers share.
 */
import { z } from 'zod';

/** The suffix of backup archives, without the dot. */
export const BACKUP_EXTENSION = 'jhbak';
/** Largest piece of an archive sent across IPC at once. */
export const MAX_BACKUP_PIECE_BYTES = 8 * 1024 * 1024;
/** Most automatic backups an administrator may keep. */
export const MAX_KEPT_BACKUPS = 100;

const NAME_PATTERN = /^jianhu-backup-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?\.jhbak$/;

export const storedBackupNameSchema = z.string().max(64).regex(NAME_PATTERN);

/** One kept backup as listed. */
export const storedBackupSchema = z.strictObject({
  name: storedBackupNameSchema,
  size: z.int().nonnegative(),
  createdAt: z.iso.datetime(),
});
export type StoredBackup = z.output<typeof storedBackupSchema>;

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** The name of a backup stored at `at`; `counter` > 1 when that millisecond is taken. */
export function storedBackupName(at: Date, counter = 1): string {
  return `jianhu-backup-${stampOf(at)}${counter > 1 ? `-${String(counter)}` : ''}.${BACKUP_EXTENSION}`;
}

/** When a kept backup was stored, from its name; null for any other name. */
export function storedBackupTime(name: string): { at: Date; counter: number } | null {
  const match = NAME_PATTERN.exec(name);
  const stamp = match?.[1];
  if (!stamp) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at, counter: Number(match[2] ?? '1') };
}

/** Kept backups' names oldest first; names that are not a kept backup's are left out. */
export function sortStoredBackups(names: readonly string[]): string[] {
  return names
    .flatMap((name) => {
      const time = storedBackupTime(name);
      return time ? [{ name, ...time }] : [];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.counter - b.counter)
    .map((entry) => entry.name);
}

/** Rotation: which kept backups go so that only the newest `keep` stay. */
export function backupsToRemove(names: readonly string[], keep: number): string[] {
  const sorted = sortStoredBackups(names);
  return sorted.slice(0, Math.max(0, sorted.length - Math.max(1, keep)));
}
