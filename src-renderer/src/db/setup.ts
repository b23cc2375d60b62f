/** First run (the procuratorate and its administrator) and the users of this device. */
import { z } from 'zod';
import { Role, codeValues } from '../../../src-shared/domain/codes';
import type { DeviceId, UserId } from '../../../src-shared/domain/ids';
import { requiredText } from '../../../src-shared/domain/textFields';
import { unitSchema, type Unit } from '../../../src-shared/domain/unit';
import type { JianhuDb } from './database';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import { MetaKey, readDeviceId } from './meta';
import { newId } from './newId';
import type { UserRow } from './rowTypes';
import { refusal, toIssues, type Issue, type WriteResult } from './writeResult';
import { isPasswordAcceptable } from '../../../src-shared/security/passwordPolicy';
import { keyIdOf } from '../security/keyring';
import { newDataKey } from '../security/keyWrap';
import { makeRecoveryWrap } from '../security/recoveryWrap';
import { credentialsTable, makeCredential, type KdfOptions } from './credentials';
import { SecurityMetaKey } from './securityMeta';
import { lockOnFailure, unlockForWrite, writeUserWithChange } from './userSync';

export type { Unit } from '../../../src-shared/domain/unit';
export type Setup = { unit: Unit; deviceId: DeviceId };

export const newUserSchema = z.object({
  name: requiredText(50),
  role: z.enum(codeValues(Role), { error: 'validation.choose' }),
});

/** A password that meets every rule of src-shared/security/passwordPolicy.ts. */
export const passwordSchema = z
  .string({ error: 'validation.required' })
  .refine((value) => isPasswordAcceptable(value), { error: 'validation.passwordRules' });

export const firstRunSchema = z.object({
  unit: unitSchema,
  user: newUserSchema.extend({ password: passwordSchema }),
});
/** What the first-run form sends (raw strings; validated here). The user is the administrator. */
export type FirstRunInput = {
  unit: { name: string; code: string };
  user: { name: string; role: string; password: string };
};
export type FirstRunResult = {
  userId: UserId;
  deviceId: DeviceId;
  unit: Unit;
  /** The recovery key, shown once to be printed or written down; stored only as a wrap. */
  recoveryKey: string;
};

/** The unit and device id once the first run is done, else null (show the first-run page). */
export async function getSetup(db: JianhuDb): Promise<Setup | null> {
  const [unitRow, deviceId] = await Promise.all([db.meta.get(MetaKey.unit), readDeviceId(db.meta)]);
  const unit = unitSchema.safeParse(unitRow?.value);
  return unit.success && deviceId ? { unit: unit.data, deviceId } : null;
}

/**
 * Registers the procuratorate and its administrator: a new random data key, wrapped under the
 * administrator's password and under a new recovery key; the unit, the user, the credential, the
 * key's fingerprint and wraps, a 'setup.complete' audit entry and the administrator's 'create'
 * change (users sync, userSync.ts; the credential never does) in one transaction. Refused when
 * the device is already set up. On success the database's keyring holds the key (signed in).
 */
export async function completeFirstRun(
  db: JianhuDb,
  input: FirstRunInput,
  now: Date,
  options: KdfOptions = {},
): Promise<WriteResult<FirstRunResult>> {
  const parsed = firstRunSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const { unit, user } = parsed.data;
  const passwordIssue = personalPasswordIssue(user.password, user.name, unit.code);
  if (passwordIssue) return passwordIssue;
  if (await db.meta.get(MetaKey.unit)) return refusal('validation.alreadySetUp');
  const userRow: UserRow = {
    id: newId(now) as UserId,
    name: user.name,
    role: user.role,
    createdAt: now.toISOString(),
    active: true,
    isAdmin: true,
  };
  // The slow parts (PBKDF2, WebCrypto wraps) before the transaction: nothing foreign inside it.
  const dataKey = newDataKey();
  const credential = await makeCredential(userRow.id, user.password, dataKey, now, {
    ...options,
    mustChangePassword: false,
  });
  const recovery = await makeRecoveryWrap(dataKey);
  const result = await auditedWrite(
    db,
    [db.users, credentialsTable(db), db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<WriteResult<FirstRunResult>>> => {
      if (await db.meta.get(MetaKey.unit)) return { skip: refusal('validation.alreadySetUp') };
      return {
        audit: [
          {
            userId: userRow.id,
            action: AuditAction.setupComplete,
            entity: 'device',
            entityId: deviceId,
            success: true,
            diff: {
              unit,
              user: { id: userRow.id, name: userRow.name, role: userRow.role, isAdmin: true },
            },
          },
        ],
        // Invariant (with auditedWrite): the unit, the administrator and their 'create' change,
        // the credential, the key's wraps and the audit entry exist together or not at all; a
        // second window finishing first makes this one refuse.
        commit: async () => {
          if (await db.meta.get(MetaKey.unit)) throw new StaleWriteError('Set up meanwhile');
          unlockForWrite(db, dataKey);
          await db.meta.bulkPut([
            { key: MetaKey.unit, value: unit },
            { key: SecurityMetaKey.keyId, value: keyIdOf(dataKey) },
            { key: SecurityMetaKey.recoveryWrap, value: { wrapped: recovery.wrapped } },
          ]);
          await writeUserWithChange(db, undefined, userRow, now);
          await credentialsTable(db).add(credential);
          return {
            ok: true,
            value: { userId: userRow.id, deviceId, unit, recoveryKey: recovery.text },
          };
        },
      };
    },
  ).catch(lockOnFailure(db));
  // On success the keyring keeps the key the commit put there: the administrator is signed in.
  dataKey.fill(0);
  return result;
}

/** The rule "not the user's name or the unit code" needs the other fields: checked here. */
export function personalPasswordIssue(
  password: string,
  userName: string,
  unitCode?: string,
): { ok: false; issues: Issue[] } | null {
  const context = unitCode === undefined ? { userName } : { userName, unitCode };
  return isPasswordAcceptable(password, context)
    ? null
    : { ok: false, issues: [{ path: ['user', 'password'], message: 'validation.passwordRules' }] };
}

/** Users of this device, oldest first. */
export async function listUsers(db: JianhuDb): Promise<UserRow[]> {
  const users = await db.users.toArray();
  return users.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export function getUser(db: JianhuDb, id: string): Promise<UserRow | undefined> {
  return db.users.get(id);
}
