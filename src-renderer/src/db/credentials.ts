/**
 * Sign-in secrets of the users of this device (migration 0004). A credential proves a password
 * (verifier) and turns it into the data key (the wrap); it never holds the password or the data
 * key in clear. Device-local: never in the outbox, never in audit diffs.
 */
import type { Table } from 'dexie';
import type { UserId } from '../../../src-shared/domain/ids';
import { UNLOCKED, type LockoutState } from '../../../src-shared/security/lockout';
import type { Envelope } from '../security/cipher';
import { wrapAad, wrapDataKey } from '../security/keyWrap';
import {
  constantTimeEqual,
  derivePasswordKeys,
  newKdfParams,
  type KdfParams,
} from '../security/passwordKeys';
import { unwrapDataKey } from '../security/keyWrap';
import type { JianhuDb } from './database';

export type CredentialRow = LockoutState & {
  userId: UserId;
  kdf: KdfParams;
  verifier: Uint8Array;
  /** The unit's data key wrapped under this user's password-derived key. */
  wrappedKey: Envelope;
  /** Set by an administrator's reset or a new account: the next sign-in must choose a new one. */
  mustChangePassword: boolean;
  passwordChangedAt: string;
};

export function credentialsTable(db: JianhuDb): Table<CredentialRow, string> {
  return db.table('credentials');
}

/** Options for tests only: production always uses PBKDF2_ITERATIONS. */
export type KdfOptions = { iterations?: number };

/** A new credential for `password` carrying `dataKey`. Runs PBKDF2: call outside transactions. */
export async function makeCredential(
  userId: UserId,
  password: string,
  dataKey: Uint8Array,
  now: Date,
  options: KdfOptions & { mustChangePassword: boolean },
): Promise<CredentialRow> {
  const kdf = newKdfParams(options.iterations);
  const { verifier, kek } = await derivePasswordKeys(password, kdf);
  const wrappedKey = await wrapDataKey(kek, dataKey, wrapAad.user(userId));
  kek.fill(0);
  return {
    userId,
    kdf,
    verifier,
    wrappedKey,
    ...UNLOCKED,
    mustChangePassword: options.mustChangePassword,
    passwordChangedAt: now.toISOString(),
  };
}

/**
 * The data key when `password` is this credential's, else null. Runs PBKDF2 (≈ 0.1–0.3 s at
 * 600,000 iterations): call outside transactions. Takes only the secret parts, so a backup's
 * header (db/backup) opens with the same code as a stored credential.
 */
export async function openCredential(
  credential: Pick<CredentialRow, 'userId' | 'kdf' | 'verifier' | 'wrappedKey'>,
  password: string,
): Promise<Uint8Array | null> {
  const { verifier, kek } = await derivePasswordKeys(password, credential.kdf);
  if (!constantTimeEqual(verifier, new Uint8Array(credential.verifier))) return null;
  const dataKey = await unwrapDataKey(kek, credential.wrappedKey, wrapAad.user(credential.userId));
  kek.fill(0);
  return dataKey;
}
