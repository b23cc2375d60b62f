/**
 * A backup of the app's database while someone is signed in: the archive key comes from the
 * keyring's `backup` sub-key, the rows from a raw handle on the same database (createArchive.ts).
 */
import type { JianhuDb } from '../database';
import { openJianhuDb } from '../database';
import type { BackupKind } from './archiveHeader';
import { BackupRefusal, type Refused } from './backupRefusal';
import { createArchive, type BackupProgress, type MadeArchive } from './createArchive';

export async function backUpDatabase(
  db: JianhuDb,
  kind: BackupKind,
  now: Date,
  onProgress?: (progress: BackupProgress) => void,
): Promise<({ ok: true } & MadeArchive) | Refused> {
  if (!db.keyring?.isUnlocked()) return { ok: false, reason: BackupRefusal.locked };
  const current = db.keyring.keys();
  // A copy: the idle lock overwrites the keyring's bytes, and the export may outlast it.
  const keys = { backup: Uint8Array.from(current.backup), keyId: current.keyId };
  const raw = openJianhuDb(db.name, { keyring: null });
  try {
    return { ok: true, ...(await createArchive(raw, keys, { kind, now, onProgress })) };
  } finally {
    raw.close();
    keys.backup.fill(0);
  }
}
