/**
 * The users of this workstation (DESIGN.md §5). Only an administrator creates users, assigns
 * roles and retires users; each of those acts is refused here, not only hidden in the UI, and is
 * audited. A new user gets an initial password from the administrator and must choose their own
 * at the first sign-in. The last active administrator cannot be demoted or retired.
 *
 * Users sync to the unit's other workstations (entity 'user', userSync.ts): each write here also
 * appends its outbox change in the same transaction. A user who arrived by sync has no credential
 * on this device until its administrator sets a password, so only administrators who can sign in
 * here count as "the last one".
 */
import { z } from 'zod';
import { Role, codeValues } from '../../../src-shared/domain/codes';
import type { UserId } from '../../../src-shared/domain/ids';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import { credentialsTable, makeCredential, type KdfOptions } from './credentials';
import type { JianhuDb } from './database';
import { newId } from './newId';
import type { UserRow } from './rowTypes';
import { newUserSchema, passwordSchema, personalPasswordIssue } from './setup';
import { writeUserWithChange } from './userSync';
import { refusal, toIssues, type WriteResult } from './writeResult';

export const createUserSchema = newUserSchema.extend({
  password: passwordSchema,
  isAdmin: z.boolean().default(false),
});
export type CreateUserInput = { name: string; role: string; password: string; isAdmin?: boolean };

export const userChangeSchema = z
  .object({
    role: z.enum(codeValues(Role), { error: 'validation.choose' }),
    isAdmin: z.boolean(),
    active: z.boolean(),
  })
  .partial();
/** What the form sends (raw strings; validated by userChangeSchema). */
export type UserChange = { role?: string; isAdmin?: boolean; active?: boolean };

/** The acting user, if they are an active administrator of this device. */
export async function readAdmin(db: JianhuDb, actor: Actor): Promise<UserRow | null> {
  const user = await db.users.get(actor.userId);
  return user?.active && user.isAdmin === true ? user : null;
}

export async function createUser(
  db: JianhuDb,
  actor: Actor,
  input: CreateUserInput,
  now: Date,
  options: KdfOptions = {},
): Promise<WriteResult<UserRow>> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const { name, role, password, isAdmin } = parsed.data;
  const personal = personalPasswordIssue(password, name);
  if (personal)
    return { ok: false, issues: [{ path: ['password'], message: 'validation.passwordRules' }] };
  if (!(await readAdmin(db, actor))) return refusal('validation.adminOnly');
  const user: UserRow = {
    id: newId(now) as UserId,
    name,
    role,
    createdAt: now.toISOString(),
    active: true,
    isAdmin,
  };
  // The administrator is signed in, so the data key is in memory to wrap for the new user.
  const dataKey = db.keyring?.keys().dataKey;
  if (!dataKey) return refusal('validation.adminOnly');
  const credential = await makeCredential(user.id, password, dataKey, now, {
    ...options,
    mustChangePassword: true,
  });
  return auditedWrite(db, [db.users, credentialsTable(db), db.outbox], now, ({ deviceId }) => {
    assertActorDevice(actor, deviceId);
    return Promise.resolve({
      audit: [
        {
          userId: actor.userId,
          action: AuditAction.userCreate,
          entity: 'user',
          entityId: user.id,
          success: true,
          diff: { after: { id: user.id, name: user.name, role: user.role, isAdmin } },
        },
      ],
      // Invariant (with auditedWrite): the user, their credential, the audit entry and the
      // user's 'create' change land together, and only while the actor is still an administrator.
      commit: async () => {
        if (!(await readAdmin(db, actor))) throw new StaleWriteError('No longer an administrator');
        const stored = await writeUserWithChange(db, undefined, user, now);
        await credentialsTable(db).add(credential);
        return { ok: true, value: stored };
      },
    });
  });
}

/** An active administrator who can sign in on this device (holds a credential here). */
function countsAsAdmin(user: UserRow, canSignIn: ReadonlySet<string>): boolean {
  return user.active && user.isAdmin === true && canSignIn.has(user.id);
}

/** Changes a user's role, administrator right or active flag (administrators only). */
export function updateUser(
  db: JianhuDb,
  actor: Actor,
  userId: string,
  change: UserChange,
  now: Date,
): Promise<WriteResult<UserRow>> {
  const parsed = userChangeSchema.safeParse(change);
  if (!parsed.success) return Promise.resolve({ ok: false, issues: toIssues(parsed.error) });
  const wanted = parsed.data;
  return auditedWrite(
    db,
    [db.users, credentialsTable(db), db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<WriteResult<UserRow>>> => {
      assertActorDevice(actor, deviceId);
      const [admin, before, all, holders] = await Promise.all([
        readAdmin(db, actor),
        db.users.get(userId),
        db.users.toArray(),
        credentialsTable(db).toCollection().primaryKeys(),
      ]);
      if (!admin) return { skip: refusal('validation.adminOnly') };
      if (!before) return { skip: refusal('validation.unknownUser') };
      const after: UserRow = { ...before, ...wanted };
      const keys = (Object.keys(wanted) as (keyof typeof wanted)[]).filter(
        (key) => before[key] !== after[key],
      );
      if (keys.length === 0) return { skip: { ok: true, value: before } };
      const canSignIn = new Set<string>(holders);
      const adminsLeft = all.filter((u) =>
        countsAsAdmin(u.id === userId ? after : u, canSignIn),
      ).length;
      if (adminsLeft === 0) return { skip: refusal('validation.lastAdmin') };
      const pick = (row: UserRow) => Object.fromEntries(keys.map((key) => [key, row[key]]));
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.userUpdate,
            entity: 'user',
            entityId: userId,
            success: true,
            diff: { before: pick(before), after: pick(after) },
          },
        ],
        // Invariant (with auditedWrite, in one transaction with the reads above): the user row,
        // its audit entry and its 'update' change of the changed fields commit together.
        commit: async () => ({
          ok: true,
          value: await writeUserWithChange(db, before, after, now),
        }),
      };
    },
    { inTransaction: true },
  );
}
