/** First run (the procuratorate and its first user) and the users of this device. */
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
import { refusal, toIssues, type WriteResult } from './writeResult';

export type { Unit } from '../../../src-shared/domain/unit';
export type Setup = { unit: Unit; deviceId: DeviceId };

export const newUserSchema = z.object({
  name: requiredText(50),
  role: z.enum(codeValues(Role), { error: 'validation.choose' }),
});

export const firstRunSchema = z.object({ unit: unitSchema, user: newUserSchema });
/** What the first-run form sends (raw strings; validated here). */
export type FirstRunInput = {
  unit: { name: string; code: string };
  user: { name: string; role: string };
};
export type FirstRunResult = { userId: UserId; deviceId: DeviceId; unit: Unit };

/** The unit and device id once the first run is done, else null (show the first-run page). */
export async function getSetup(db: JianhuDb): Promise<Setup | null> {
  const [unitRow, deviceId] = await Promise.all([db.meta.get(MetaKey.unit), readDeviceId(db.meta)]);
  const unit = unitSchema.safeParse(unitRow?.value);
  return unit.success && deviceId ? { unit: unit.data, deviceId } : null;
}

/**
 * Registers the procuratorate and the first user: unit in meta, the user row and a
 * 'setup.complete' audit entry in one transaction. Refused when the device is already set up.
 */
export function completeFirstRun(
  db: JianhuDb,
  input: FirstRunInput,
  now: Date,
): Promise<WriteResult<FirstRunResult>> {
  const parsed = firstRunSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve({ ok: false, issues: toIssues(parsed.error) });
  const { unit, user } = parsed.data;
  const userRow: UserRow = {
    id: newId(now) as UserId,
    name: user.name,
    role: user.role,
    createdAt: now.toISOString(),
    active: true,
  };
  return auditedWrite(
    db,
    [db.users],
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
            diff: { unit, user: { id: userRow.id, name: userRow.name, role: userRow.role } },
          },
        ],
        // Invariant (with auditedWrite): the unit, the first user and the audit entry exist
        // together or not at all; a second window finishing first makes this one refuse.
        commit: async () => {
          if (await db.meta.get(MetaKey.unit)) throw new StaleWriteError('Set up meanwhile');
          await db.meta.put({ key: MetaKey.unit, value: unit });
          await db.users.add(userRow);
          return { ok: true, value: { userId: userRow.id, deviceId, unit } };
        },
      };
    },
  );
}

/** Users of this device, oldest first. */
export async function listUsers(db: JianhuDb): Promise<UserRow[]> {
  const users = await db.users.toArray();
  return users.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export function getUser(db: JianhuDb, id: string): Promise<UserRow | undefined> {
  return db.users.get(id);
}
