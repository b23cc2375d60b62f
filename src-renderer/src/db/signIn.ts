/**
 * Local sign-in (DESIGN.md §5): a password opens the user's credential, whose wrap gives the
 * data key. Every attempt is audited (MLPS: failed log-ins are security events); the fifth wrong
 * password in a row locks the user for 15 minutes (src-shared/security/lockout.ts), and while
 * locked the password is not even checked. The lockout state and the audit entry of an attempt
 * are written in one transaction.
 */
import type { UserId } from '../../../src-shared/domain/ids';
import { afterFailure, lockedUntil, UNLOCKED } from '../../../src-shared/security/lockout';
import { keyIdOf } from '../security/keyring';
import { AuditAction } from './auditActions';
import { auditedWrite, type AuditDraft } from './auditedWrite';
import { credentialsTable, openCredential, type CredentialRow } from './credentials';
import type { JianhuDb } from './database';
import type { UserRow } from './rowTypes';
import { SecurityMetaKey } from './securityMeta';

/** Why a password was not accepted. */
export const PasswordRefusal = {
  /** No such user on this device, or retired. */
  unknownUser: 'unknown-user',
  /** The user exists but has no password on this device yet (an administrator sets one). */
  noCredential: 'no-credential',
  /** Wrong password; `attemptsLeft` before the lock. */
  wrongPassword: 'wrong-password',
  /** Locked after too many wrong passwords, `until` an instant. */
  locked: 'locked',
  /** The password is right but its key is not this database's (a credential copied in). */
  wrongKey: 'wrong-key',
} as const;
export type PasswordRefusal = (typeof PasswordRefusal)[keyof typeof PasswordRefusal];

export type PasswordCheck =
  | { ok: true; user: UserRow; credential: CredentialRow; dataKey: Uint8Array }
  | { ok: false; reason: 'unknown-user' | 'no-credential' | 'wrong-key' }
  | { ok: false; reason: 'wrong-password'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; until: string };

/** What the check is for, recorded in its audit entry. */
export type PasswordPurpose = 'signIn' | 'unlock' | 'approver' | 'passwordChange';

/**
 * Checks `password` for `userId` and records the outcome (audit entry, lockout state) in one
 * transaction. Does not sign anyone in: callers decide what a success opens.
 */
export async function checkUserPassword(
  db: JianhuDb,
  userId: string,
  password: string,
  purpose: PasswordPurpose,
  now: Date,
): Promise<PasswordCheck> {
  const [user, credential, keyIdRow] = await Promise.all([
    db.users.get(userId),
    credentialsTable(db).get(userId),
    db.meta.get(SecurityMetaKey.keyId),
  ]);
  if (!user?.active) return { ok: false, reason: 'unknown-user' };
  if (!credential) return { ok: false, reason: 'no-credential' };
  const until = lockedUntil(credential, now);
  if (until) {
    await recordOutcome(db, user.id, purpose, now, { kind: 'refusedWhileLocked', until });
    return { ok: false, reason: 'locked', until };
  }
  // PBKDF2 before the transaction: nothing foreign may be awaited inside one.
  const dataKey = await openCredential(credential, password);
  if (!dataKey) {
    const outcome = await recordOutcome(db, user.id, purpose, now, { kind: 'wrong' });
    return outcome.lockedUntil
      ? { ok: false, reason: 'locked', until: outcome.lockedUntil }
      : { ok: false, reason: 'wrong-password', attemptsLeft: outcome.attemptsLeft };
  }
  if (typeof keyIdRow?.value === 'string' && keyIdRow.value !== keyIdOf(dataKey)) {
    dataKey.fill(0);
    return { ok: false, reason: 'wrong-key' };
  }
  await recordOutcome(db, user.id, purpose, now, { kind: 'right' });
  return { ok: true, user, credential, dataKey };
}

type Outcome =
  { kind: 'right' } | { kind: 'wrong' } | { kind: 'refusedWhileLocked'; until: string };

/** Writes the lockout state and the audit entries of one attempt. */
function recordOutcome(
  db: JianhuDb,
  userId: UserId,
  purpose: PasswordPurpose,
  now: Date,
  outcome: Outcome,
): Promise<{ attemptsLeft: number; lockedUntil: string | null }> {
  const credentials = credentialsTable(db);
  return auditedWrite(
    db,
    [credentials],
    now,
    async () => {
      const current = await credentials.get(userId);
      const state = current ?? { ...UNLOCKED };
      const base = { userId, entity: 'user', entityId: userId } as const;
      if (outcome.kind === 'refusedWhileLocked') {
        return {
          audit: [
            {
              ...base,
              action: AuditAction.authFailure,
              success: false,
              diff: { purpose, reason: 'locked', until: outcome.until },
            },
          ],
          commit: () => Promise.resolve({ attemptsLeft: 0, lockedUntil: outcome.until }),
        };
      }
      if (outcome.kind === 'right') {
        const entry: AuditDraft = {
          ...base,
          action: purpose === 'approver' ? AuditAction.authApproverConfirm : AuditAction.authSignIn,
          success: true,
          diff: { purpose },
        };
        return {
          audit: [entry],
          commit: async () => {
            if (current && (current.failedAttempts > 0 || current.lockedUntil !== null)) {
              await credentials.update(userId, { ...UNLOCKED });
            }
            return { attemptsLeft: 0, lockedUntil: null };
          },
        };
      }
      const next = afterFailure(state, now);
      const audit: AuditDraft[] = [
        {
          ...base,
          action: AuditAction.authFailure,
          success: false,
          diff: { purpose, reason: 'wrong-password', attemptsLeft: next.attemptsLeft },
        },
      ];
      if (next.isNowLocked) {
        audit.push({
          ...base,
          action: AuditAction.authLockout,
          success: true,
          diff: { until: next.state.lockedUntil },
        });
      }
      return {
        audit,
        // Invariant (with auditedWrite): the counter moves with its audit entries, read and
        // written in the same transaction, so two windows' failures both count.
        commit: async () => {
          if (current) await credentials.update(userId, next.state);
          return { attemptsLeft: next.attemptsLeft, lockedUntil: next.state.lockedUntil };
        },
      };
    },
    { inTransaction: true },
  );
}

export type SignInResult =
  { ok: true; user: UserRow; mustChangePassword: boolean } | Exclude<PasswordCheck, { ok: true }>;

/** Signs `userId` in: on success the database's keyring holds the data key. */
export async function signIn(
  db: JianhuDb,
  userId: string,
  password: string,
  now: Date,
  purpose: 'signIn' | 'unlock' = 'signIn',
): Promise<SignInResult> {
  const checked = await checkUserPassword(db, userId, password, purpose, now);
  if (!checked.ok) return checked;
  db.keyring?.unlock(checked.dataKey);
  checked.dataKey.fill(0);
  return {
    ok: true,
    user: checked.user,
    mustChangePassword: checked.credential.mustChangePassword,
  };
}

/** Records a sign-out or an idle lock, then drops the key. */
export async function endSession(
  db: JianhuDb,
  userId: UserId,
  kind: 'signOut' | 'idleLock',
  now: Date,
): Promise<void> {
  await auditedWrite(db, [], now, () =>
    Promise.resolve({
      audit: [
        {
          userId,
          action: kind === 'signOut' ? AuditAction.authSignOut : AuditAction.authIdleLock,
          entity: 'user',
          entityId: userId,
          success: true,
          diff: null,
        },
      ],
      commit: () => Promise.resolve(undefined),
    }),
  );
  db.keyring?.lock();
}
