/** The session's commands: each one a repository call, then the session state it leads to. */
import type { UserId } from '../../../../src-shared/domain/ids';
import { currentActor } from '../../app/actor';
import { useSession } from '../../app/sessionStore';
import { getDb } from '../../db/database';
import { warmCaseList } from '../cases/listStart';
import { SecurityMetaKey } from '../../db/securityMeta';
import { getPlatform } from '../../platform';
import { wrapForWorkstation } from '../../security/workstationKey';
import { changeOwnPassword, recoverWithKey, resetPassword } from '../../db/passwords';
import { endSession, signIn } from '../../db/signIn';
import { createUser, updateUser, type CreateUserInput, type UserChange } from '../../db/users';
import { setIdleLockMinutes } from '../../db/userDirectory';

export async function signInAs(userId: string, password: string) {
  const result = await signIn(getDb(), userId, password, new Date());
  if (result.ok) {
    // Each user starts at the case list, not on the page the previous user left open.
    window.location.hash = '#/cases';
    warmCaseList();
    useSession.getState().signedIn(result.user.id, result.mustChangePassword);
    void keepWorkstationWrap().catch(() => undefined);
  }
  return result;
}

/**
 * The desktop app keeps the data key wrapped by the OS key store too, so the scheduled backup can
 * run while the session is locked (security/workstationKey.ts). Written when missing or stale.
 */
async function keepWorkstationWrap(): Promise<void> {
  const db = getDb();
  const keys = db.keyring?.keys();
  if (!keys) return;
  const current = (await db.meta.get(SecurityMetaKey.workstationWrap))?.value as
    { keyId?: unknown } | undefined;
  if (current?.keyId === keys.keyId) return;
  const wrap = await wrapForWorkstation(getPlatform(), keys.dataKey);
  if (wrap) await db.meta.put({ key: SecurityMetaKey.workstationWrap, value: wrap });
}

/** Unlocks the idle lock: only the user who was signed in, with their password. */
export async function unlockSession(password: string) {
  const { userId } = useSession.getState();
  if (!userId) throw new Error('Nobody to unlock');
  const result = await signIn(getDb(), userId, password, new Date(), 'unlock');
  if (result.ok) useSession.getState().unlocked();
  return result;
}

export async function lockSession() {
  const { userId, status } = useSession.getState();
  if (!userId || status !== 'active') return;
  // The lock shows at once; the audit entry and dropping the key follow.
  useSession.getState().locked();
  await endSession(getDb(), userId, 'idleLock', new Date());
}

export async function signOut() {
  const { userId } = useSession.getState();
  if (userId) await endSession(getDb(), userId, 'signOut', new Date());
  else getDb().keyring?.lock();
  useSession.getState().signedOut();
}

export async function changeMyPassword(current: string, next: string) {
  const { userId } = useSession.getState();
  if (!userId) throw new Error('Nobody is signed in');
  const result = await changeOwnPassword(getDb(), userId, current, next, new Date());
  if (result.ok) useSession.getState().passwordChanged();
  return result;
}

export async function recoverAdmin(userId: UserId, recoveryKey: string, password: string) {
  const result = await recoverWithKey(getDb(), userId, recoveryKey, password, new Date());
  if (result.ok) useSession.getState().signedIn(userId, false);
  return result;
}

export async function addUser(input: CreateUserInput) {
  return createUser(getDb(), await currentActor(), input, new Date());
}

export async function changeUser(userId: string, change: UserChange) {
  return updateUser(getDb(), await currentActor(), userId, change, new Date());
}

export async function setInitialPassword(userId: string, password: string) {
  return resetPassword(getDb(), await currentActor(), userId, password, new Date());
}

export async function changeIdleLock(minutes: number) {
  return setIdleLockMinutes(getDb(), await currentActor(), minutes, new Date());
}
