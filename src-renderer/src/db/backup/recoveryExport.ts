/**
 * The recovery path's export (DESIGN.md §3: "export what can be read"), for a database that will
 * not open normally (app/DbErrorScreen.tsx). It makes the same archive as a backup, so the data
 * can be restored on this or another workstation: opened without a schema (Dexie's dynamic mode,
 * whatever version is on disk), unlocked with a user's password or the recovery key, tables that
 * cannot be read left out and named in the header. It cannot be audited: the database is not
 * writable here.
 */
import { Dexie } from 'dexie';
import { deriveKeys } from '../../security/keyring';
import type { MetaRow } from '../rowTypes';
import { SecurityMetaKey } from '../securityMeta';
import { isEnvelope } from '../../security/cipher';
import { BackupRefusal, type Refused } from './backupRefusal';
import { createArchive, type BackupProgress, type MadeArchive } from './createArchive';
import { readArchiveUsers } from './readSnapshot';
import { unlockArchive, type ArchiveSecret } from './unlockArchive';

/** Someone who can unlock the recovery export. */
export type RecoveryUser = { userId: string; name: string; role: string; isAdmin: boolean };

async function withDynamicHandle<T>(name: string, read: (db: Dexie) => Promise<T>): Promise<T> {
  const db = new Dexie(name);
  await db.open();
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

/** The users with a password in the database `name` (empty when even that cannot be read). */
export async function listRecoveryUsers(name: string): Promise<RecoveryUser[]> {
  try {
    const users = await withDynamicHandle(name, (db) => readArchiveUsers(db));
    return users
      .filter((user) => user.active)
      .map(({ userId, name: userName, role, isAdmin }) => ({
        userId,
        name: userName,
        role,
        isAdmin,
      }));
  } catch {
    return [];
  }
}

/** The archive of what can be read of the database `name`. */
export function exportRecoveryArchive(
  name: string,
  secret: ArchiveSecret,
  now: Date,
  onProgress?: (progress: BackupProgress) => void,
): Promise<({ ok: true } & MadeArchive) | Refused> {
  return withDynamicHandle(name, async (db) => {
    const users = await readArchiveUsers(db);
    const meta = db.table<MetaRow, string>('meta');
    const [keyIdRow, recoveryRow] = await meta.bulkGet([
      SecurityMetaKey.keyId,
      SecurityMetaKey.recoveryWrap,
    ]);
    const keyId = keyIdRow?.value;
    const wrapped: unknown = (recoveryRow?.value as { wrapped?: unknown } | undefined)?.wrapped;
    if (typeof keyId !== 'string') return { ok: false, reason: BackupRefusal.damaged };
    const unlocked = await unlockArchive(
      { users, keyId, recoveryWrap: isEnvelope(wrapped) ? wrapped : null },
      secret,
    );
    if (!unlocked.ok) return unlocked;
    const keys = deriveKeys(unlocked.dataKey);
    unlocked.dataKey.fill(0);
    try {
      const made = await createArchive(db, keys, {
        kind: 'recovery',
        now,
        onProgress,
        isTolerant: true,
      });
      return { ok: true, ...made };
    } finally {
      keys.backup.fill(0);
      keys.seal.fill(0);
      keys.lookup.fill(0);
      keys.lookupHasher.forget();
      keys.dataKey.fill(0);
    }
  });
}
