/**
 * Changing passwords (DESIGN.md §5): a new password rewraps the data key under a new
 * password-derived key; no data is re-encrypted. A user changes their own after proving the
 * current one (a wrong one counts towards the lockout); an administrator sets an initial password
 * that must be changed at the next sign-in; the recovery key printed at the first run sets an
 * administrator's password when none is left who knows one.
 */
import type { UserId } from '../../../src-shared/domain/ids';
import { parseRecoveryKey } from '../../../src-shared/security/recoveryKey';
import { keyIdOf } from '../security/keyring';
import { openRecoveryWrap } from '../security/recoveryWrap';
import { isEnvelope } from '../security/cipher';
import type { Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import { credentialsTable, makeCredential, type KdfOptions } from './credentials';
import type { JianhuDb } from './database';
import { SecurityMetaKey } from './securityMeta';
import { passwordSchema, personalPasswordIssue } from './setup';
import { checkUserPassword, type PasswordCheck } from './signIn';
import { readAdmin } from './users';
import { refusal, type WriteResult } from './writeResult';

function newPasswordIssue(password: string, userName: string): WriteResult<never> | null {
  if (!passwordSchema.safeParse(password).success || personalPasswordIssue(password, userName)) {
    return { ok: false, issues: [{ path: ['password'], message: 'validation.passwordRules' }] };
  }
  return null;
}

/** Stores a credential for `userId` with the audit entry `action`. */
async function storeCredential(
  db: JianhuDb,
  byUserId: UserId,
  userId: UserId,
  password: string,
  dataKey: Uint8Array,
  now: Date,
  action: AuditAction,
  options: KdfOptions & { mustChangePassword: boolean },
): Promise<void> {
  const credential = await makeCredential(userId, password, dataKey, now, options);
  await auditedWrite(db, [credentialsTable(db)], now, () =>
    Promise.resolve({
      audit: [
        {
          userId: byUserId,
          action,
          entity: 'user',
          entityId: userId,
          success: true,
          diff: { mustChangePassword: options.mustChangePassword },
        },
      ],
      // Invariant (with auditedWrite): the new wrap replaces the old one with its audit entry.
      commit: async () => {
        await credentialsTable(db).put(credential);
      },
    }),
  );
}

export type ChangePasswordResult = WriteResult<true> | Exclude<PasswordCheck, { ok: true }>;

/** A user replaces their own password after proving the current one. */
export async function changeOwnPassword(
  db: JianhuDb,
  userId: string,
  current: string,
  next: string,
  now: Date,
  options: KdfOptions = {},
): Promise<ChangePasswordResult> {
  const user = await db.users.get(userId);
  if (!user) return refusal('validation.unknownUser');
  const issue = newPasswordIssue(next, user.name);
  if (issue) return issue;
  if (next === current) {
    return { ok: false, issues: [{ path: ['password'], message: 'validation.passwordUnchanged' }] };
  }
  const checked = await checkUserPassword(db, userId, current, 'passwordChange', now);
  if (!checked.ok) return checked;
  await storeCredential(
    db,
    user.id,
    user.id,
    next,
    checked.dataKey,
    now,
    AuditAction.authPasswordChange,
    {
      ...options,
      mustChangePassword: false,
    },
  );
  checked.dataKey.fill(0);
  return { ok: true, value: true };
}

/** An administrator sets an initial password for `userId` (and lifts a lockout). */
export async function resetPassword(
  db: JianhuDb,
  actor: Actor,
  userId: string,
  password: string,
  now: Date,
  options: KdfOptions = {},
): Promise<WriteResult<true>> {
  const [admin, user] = await Promise.all([readAdmin(db, actor), db.users.get(userId)]);
  if (!admin) return refusal('validation.adminOnly');
  if (!user) return refusal('validation.unknownUser');
  const issue = newPasswordIssue(password, user.name);
  if (issue) return issue;
  const dataKey = db.keyring?.keys().dataKey;
  if (!dataKey) return refusal('validation.adminOnly');
  await storeCredential(
    db,
    actor.userId,
    user.id,
    password,
    dataKey,
    now,
    AuditAction.authPasswordReset,
    {
      ...options,
      mustChangePassword: user.id !== actor.userId,
    },
  );
  return { ok: true, value: true };
}

/**
 * The recovery key sets a new password for an administrator of this device; the user is signed in
 * afterwards. A wrong or mistyped key changes nothing.
 */
export async function recoverWithKey(
  db: JianhuDb,
  userId: string,
  recoveryKey: string,
  password: string,
  now: Date,
  options: KdfOptions = {},
): Promise<WriteResult<true>> {
  const user = await db.users.get(userId);
  if (!user?.active || user.isAdmin !== true) return refusal('validation.adminOnly');
  const secret = parseRecoveryKey(recoveryKey);
  if (!secret)
    return { ok: false, issues: [{ path: ['recoveryKey'], message: 'validation.recoveryKey' }] };
  const issue = newPasswordIssue(password, user.name);
  if (issue) return issue;
  const [wrapRow, keyIdRow] = await Promise.all([
    db.meta.get(SecurityMetaKey.recoveryWrap),
    db.meta.get(SecurityMetaKey.keyId),
  ]);
  const wrapped: unknown = (wrapRow?.value as { wrapped?: unknown } | undefined)?.wrapped;
  const dataKey = isEnvelope(wrapped) ? await openRecoveryWrap(secret, wrapped) : null;
  if (!dataKey || keyIdRow?.value !== keyIdOf(dataKey)) {
    return { ok: false, issues: [{ path: ['recoveryKey'], message: 'validation.recoveryKey' }] };
  }
  await storeCredential(db, user.id, user.id, password, dataKey, now, AuditAction.authRecovery, {
    ...options,
    mustChangePassword: false,
  });
  db.keyring?.unlock(dataKey);
  dataKey.fill(0);
  return { ok: true, value: true };
}
