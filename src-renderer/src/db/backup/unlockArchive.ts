/**
 * Opening an archive's data key (DESIGN.md §5: "a restore needs a user's password of that unit"):
 * a user listed in the header types their password as of the backup, or an administrator the
 * recovery key printed at the first run. The same functions as signing in and recovering do the
 * unwrapping (credentials.ts openCredential, recoveryWrap.ts openRecoveryWrap); the key must then
 * have the header's fingerprint.
 */
import { parseRecoveryKey } from '../../../../src-shared/security/recoveryKey';
import { keyIdOf } from '../../security/keyring';
import { openRecoveryWrap } from '../../security/recoveryWrap';
import { openCredential } from '../credentials';
import type { ArchiveHeader } from './archiveHeader';
import { BackupRefusal, type Refused } from './backupRefusal';

/** Who opens the archive, and with what. */
export type ArchiveSecret =
  | { kind: 'password'; userId: string; password: string }
  | { kind: 'recoveryKey'; userId: string; recoveryKey: string };

export type Unlocked = { ok: true; dataKey: Uint8Array } | Refused;

/** Runs PBKDF2 for a password (≈ 0.2 s): call outside transactions. */
export async function unlockArchive(
  header: Pick<ArchiveHeader, 'users' | 'recoveryWrap' | 'keyId'>,
  secret: ArchiveSecret,
): Promise<Unlocked> {
  // As signing in: a retired user's password opens nothing.
  const user = header.users.find((u) => u.userId === secret.userId && u.active);
  if (!user) return { ok: false, reason: BackupRefusal.unknownUser };
  let dataKey: Uint8Array | null;
  if (secret.kind === 'password') {
    dataKey = await openCredential(user, secret.password);
    if (!dataKey) return { ok: false, reason: BackupRefusal.wrongPassword };
  } else {
    // As recoverWithKey: the recovery key is an administrator's last resort.
    if (!user.isAdmin) return { ok: false, reason: BackupRefusal.unknownUser };
    const typed = parseRecoveryKey(secret.recoveryKey);
    dataKey =
      typed && header.recoveryWrap ? await openRecoveryWrap(typed, header.recoveryWrap) : null;
    if (!dataKey) return { ok: false, reason: BackupRefusal.wrongRecoveryKey };
  }
  if (keyIdOf(dataKey) !== header.keyId) {
    // A wrap that opens to another key than the header names: the header was tampered with.
    dataKey.fill(0);
    return { ok: false, reason: BackupRefusal.damaged };
  }
  return { ok: true, dataKey };
}
