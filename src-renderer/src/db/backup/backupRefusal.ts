/**
 * Why a backup or a restore was refused. The UI translates each code (`backup.refusal.<code>`);
 * none of them carries a detail that could hold personal data.
 */
export const BackupRefusal = {
  /** Not a Jianhu backup at all (another file was picked). */
  notAnArchive: 'not-an-archive',
  /** Made by a newer build: a format or schema version this build does not know. */
  tooNew: 'too-new',
  /** Shorter than its header says: cut off while being copied or saved. */
  truncated: 'truncated',
  /** Something in it does not authenticate: changed after it was made, or damaged on disk. */
  damaged: 'damaged',
  /** The password is not this user's as of the backup. */
  wrongPassword: 'wrong-password',
  /** The recovery key does not open the backup's recovery wrap (or is mistyped). */
  wrongRecoveryKey: 'wrong-recovery-key',
  /** The user is not in the backup, or may not use the recovery key (not an administrator). */
  unknownUser: 'unknown-user',
  /** The backup belongs to another procuratorate and no administrator confirmed restoring it. */
  otherUnit: 'other-unit',
  /** It decrypted, but the restored copy does not check out (row counts, audit chain, files). */
  verifyFailed: 'verify-failed',
  /** Only a signed-in administrator may change backup settings or restore over this device. */
  adminOnly: 'admin-only',
  /** Nobody is signed in: making a backup needs the data key. */
  locked: 'locked',
} as const;
export type BackupRefusal = (typeof BackupRefusal)[keyof typeof BackupRefusal];

/** Thrown inside the backup modules and turned into a `{ ok: false, reason }` at their edge. */
export class BackupRefusedError extends Error {
  override readonly name = 'BackupRefusedError';
  constructor(readonly reason: BackupRefusal) {
    super(`Backup refused: ${reason}`);
  }
}

export type Refused = { ok: false; reason: BackupRefusal };
