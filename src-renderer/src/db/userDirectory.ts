/** What the sign-in screen and the users page read: users with the state of their sign-in. */
import { lockedUntil } from '../../../src-shared/security/lockout';
import type { Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import { credentialsTable } from './credentials';
import type { JianhuDb } from './database';
import type { UserRow } from './rowTypes';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  MAX_IDLE_LOCK_MINUTES,
  MIN_IDLE_LOCK_MINUTES,
  SecurityMetaKey,
} from './securityMeta';
import { listUsers } from './setup';
import { readAdmin } from './users';
import { refusal, type WriteResult } from './writeResult';

export type UserEntry = UserRow & {
  /** Has a password on this device (can sign in). */
  hasPassword: boolean;
  /** Until when sign-in is refused after too many wrong passwords, or null. */
  lockedUntil: string | null;
  mustChangePassword: boolean;
};

/** Every user, oldest first, with their sign-in state at `now`. */
export async function listUserEntries(db: JianhuDb, now: Date): Promise<UserEntry[]> {
  const [users, credentials] = await Promise.all([listUsers(db), credentialsTable(db).toArray()]);
  const byUser = new Map(credentials.map((c) => [c.userId as string, c]));
  return users.map((user) => {
    const credential = byUser.get(user.id);
    return {
      ...user,
      hasPassword: credential !== undefined,
      lockedUntil: credential ? lockedUntil(credential, now) : null,
      mustChangePassword: credential?.mustChangePassword ?? false,
    };
  });
}

/**
 * True once the device has a data key. A device set up by a build before sign-in has a unit and
 * users but no key: it goes through the securing step first (SecureUpgradePage).
 */
export async function hasDataKey(db: JianhuDb): Promise<boolean> {
  return typeof (await db.meta.get(SecurityMetaKey.keyId))?.value === 'string';
}

export async function readIdleLockMinutes(db: JianhuDb): Promise<number> {
  const value = (await db.meta.get(SecurityMetaKey.idleLockMinutes))?.value;
  return typeof value === 'number' ? value : DEFAULT_IDLE_LOCK_MINUTES;
}

/** The administrator sets the idle time after which sessions lock. */
export async function setIdleLockMinutes(
  db: JianhuDb,
  actor: Actor,
  minutes: number,
  now: Date,
): Promise<WriteResult<number>> {
  if (
    !Number.isInteger(minutes) ||
    minutes < MIN_IDLE_LOCK_MINUTES ||
    minutes > MAX_IDLE_LOCK_MINUTES
  ) {
    return { ok: false, issues: [{ path: ['minutes'], message: 'validation.idleMinutes' }] };
  }
  if (!(await readAdmin(db, actor))) return refusal('validation.adminOnly');
  const before = await readIdleLockMinutes(db);
  return auditedWrite(db, [], now, () =>
    Promise.resolve({
      audit: [
        {
          userId: actor.userId,
          action: AuditAction.securityPolicy,
          entity: 'device',
          entityId: 'idleLockMinutes',
          success: true,
          diff: { before, after: minutes },
        },
      ],
      commit: async () => {
        await db.meta.put({ key: SecurityMetaKey.idleLockMinutes, value: minutes });
        return { ok: true, value: minutes } as const;
      },
    }),
  );
}
