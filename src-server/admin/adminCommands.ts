/**
 * What an operator does to the server: create units, issue enrollment codes, list and revoke
 * devices. The CLI (../admin.ts) parses arguments and calls these; tests call them directly.
 */
import { randomBytes } from 'node:crypto';
import type { Unit, UnitLevel } from '../../src-shared/sync/enroll';
import { unitCodeSchema } from '../../src-shared/sync/enroll';
import { readAuditFlag, type AuditFlag } from '../audit/deviceAuditState';
import { writeAudit, type AuditActor } from '../audit/writeAudit';
import { generateEnrollmentCode, hashEnrollmentCode } from '../auth/secrets';
import type { Db } from '../db/db';
import { readNumber, readOptionalIsoTime, readOptionalString, readString } from '../db/row';

export class AdminError extends Error {
  override name = 'AdminError';
}

/** The level a unit's parent must have. */
const PARENT_LEVEL: Readonly<Record<UnitLevel, UnitLevel | null>> = {
  province: null,
  city: 'province',
  county: 'city',
};

export type CreateUnitInput = {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string | undefined;
};

export async function createUnit(db: Db, input: CreateUnitInput, now: Date): Promise<Unit> {
  if (!unitCodeSchema.safeParse(input.code).success)
    throw new AdminError('a unit code has 6 digits');
  const name = input.name.trim();
  if (name === '' || name.length > 100)
    throw new AdminError('a unit needs a name (at most 100 characters)');
  const parentLevel = PARENT_LEVEL[input.level];
  return db.transaction(async (tx) => {
    if (parentLevel === null) {
      if (input.parentCode !== undefined) throw new AdminError('a province has no parent');
    } else {
      if (input.parentCode === undefined)
        throw new AdminError(`a ${input.level} needs --parent (a ${parentLevel})`);
      const parent = (
        await tx.query('select level from units where code = $1', [input.parentCode])
      )[0];
      if (parent === undefined) throw new AdminError(`no unit ${input.parentCode}`);
      if (readString(parent, 'level') !== parentLevel)
        throw new AdminError(`the parent of a ${input.level} must be a ${parentLevel}`);
    }
    const inserted = await tx.query(
      `insert into units (code, name, level, parent_code, created_at) values ($1, $2, $3, $4, $5)
       on conflict (code) do nothing returning code`,
      [input.code, name, input.level, input.parentCode ?? null, now.toISOString()],
    );
    if (inserted.length === 0) throw new AdminError(`unit ${input.code} exists already`);
    await writeAudit(tx, {
      at: now,
      actor: 'admin',
      unitCode: input.code,
      action: 'unit.create',
      detail: { level: input.level },
    });
    return { code: input.code, name, level: input.level };
  });
}

export type IssuedCode = { code: string; unitCode: string; expiresAt: string };

/** Who a write is audited as: the operator at the CLI by default, or a console account. */
export type AuditedAs = { actor: AuditActor; detail?: Readonly<Record<string, string>> };
const OPERATOR: AuditedAs = { actor: 'admin' };

export async function issueEnrollmentCode(
  db: Db,
  input: { unitCode: string; hours?: number | undefined },
  now: Date,
  random: (size: number) => Uint8Array = randomBytes,
  by: AuditedAs = OPERATOR,
): Promise<IssuedCode> {
  const hours = input.hours ?? 72;
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30)
    throw new AdminError('--hours must be between 0 and 720');
  const code = generateEnrollmentCode(random);
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await db.transaction(async (tx) => {
    const unit = await tx.query('select code from units where code = $1', [input.unitCode]);
    if (unit.length === 0) throw new AdminError(`no unit ${input.unitCode}`);
    await tx.query(
      'insert into enrollment_codes (code_hash, unit_code, created_at, expires_at) values ($1, $2, $3, $4)',
      [hashEnrollmentCode(code), input.unitCode, now.toISOString(), expiresAt],
    );
    await writeAudit(tx, {
      at: now,
      actor: by.actor,
      unitCode: input.unitCode,
      action: 'enrollment.issue',
      detail: { ...by.detail, hours },
    });
  });
  return { code, unitCode: input.unitCode, expiresAt };
}

export type DeviceSummary = {
  id: string;
  unitCode: string;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** The highest change sequence the server has acknowledged. */
  lastSeq: number;
  lastPushAt: string | null;
  /** The last audit entry of the device's chain the server holds (0: none yet). */
  auditSeq: number;
  /** Set while the device's audit pushes are refused: where its chain broke, when and why. */
  auditFlag: AuditFlag | null;
};

export async function listDevices(
  db: Db,
  filter: { unitCode?: string | undefined; isFlaggedOnly?: boolean } = {},
): Promise<DeviceSummary[]> {
  const rows = await db.query(
    `select d.id, d.unit_code, d.name, d.created_at, d.revoked_at, d.last_seq, d.last_push_at,
            coalesce(h.head_seq, 0) as audit_seq, h.flag_state, h.flagged_seq, h.flagged_at,
            h.flag_reason
       from devices d left join device_audit_heads h on h.device_id = d.id
      where ($1::text is null or d.unit_code = $1)
        and (not $2::boolean or h.flag_state = 'flagged')
      order by d.unit_code, d.created_at, d.id`,
    [filter.unitCode ?? null, filter.isFlaggedOnly ?? false],
  );
  return rows.map((row) => ({
    id: readString(row, 'id'),
    unitCode: readString(row, 'unit_code'),
    name: readOptionalString(row, 'name'),
    createdAt: readOptionalIsoTime(row, 'created_at') ?? '',
    revokedAt: readOptionalIsoTime(row, 'revoked_at'),
    lastSeq: readNumber(row, 'last_seq'),
    lastPushAt: readOptionalIsoTime(row, 'last_push_at'),
    auditSeq: readNumber(row, 'audit_seq'),
    auditFlag: readAuditFlag(row),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function revokeDevice(
  db: Db,
  deviceId: string,
  now: Date,
  by: AuditedAs = OPERATOR,
): Promise<void> {
  if (!UUID.test(deviceId)) throw new AdminError('--id must be a device id (a UUID)');
  await db.transaction(async (tx) => {
    const rows = await tx.query(
      'update devices set revoked_at = coalesce(revoked_at, $2) where id = $1 returning unit_code',
      [deviceId, now.toISOString()],
    );
    const row = rows[0];
    if (row === undefined) throw new AdminError(`no device ${deviceId}`);
    await writeAudit(tx, {
      at: now,
      actor: by.actor,
      deviceId,
      unitCode: readString(row, 'unit_code'),
      action: 'device.revoke',
      ...(by.detail === undefined ? {} : { detail: by.detail }),
    });
  });
}
