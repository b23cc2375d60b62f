/**
 * Exchanges a one-time enrollment code for a device id and token. The code is marked used in the
 * same transaction that creates the device, and its row is locked first, so two devices racing
 * with one code cannot both succeed.
 */
import { randomUUID } from 'node:crypto';
import type { EnrollRequest, EnrollResponse } from '../../src-shared/sync/enroll';
import { PROTOCOL_VERSION } from '../../src-shared/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import type { Db } from '../db/db';
import { readIsoTime, readOptionalIsoTime, readString } from '../db/row';
import { HttpError } from '../http/httpError';
import { generateToken, hashEnrollmentCode, hashToken } from './secrets';
import { toUnitLevel } from './unitLevel';

export async function enrollDevice(
  db: Db,
  request: EnrollRequest,
  now: Date,
): Promise<EnrollResponse> {
  const codeHash = hashEnrollmentCode(request.code);
  return db.transaction(async (tx) => {
    const row = (
      await tx.query(
        `select c.unit_code, c.expires_at, c.used_at, u.name, u.level
           from enrollment_codes c join units u on u.code = c.unit_code
          where c.code_hash = $1 for update of c`,
        [codeHash],
      )
    )[0];
    if (row === undefined)
      throw new HttpError(401, 'enrollment-code-invalid', 'no such enrollment code');
    if (readOptionalIsoTime(row, 'used_at') !== null) {
      throw new HttpError(409, 'enrollment-code-used', 'this enrollment code was already used');
    }
    if (new Date(readIsoTime(row, 'expires_at')).getTime() <= now.getTime()) {
      throw new HttpError(401, 'enrollment-code-expired', 'this enrollment code has expired');
    }
    const unitCode = readString(row, 'unit_code');
    const deviceId = randomUUID();
    const token = generateToken();
    await tx.query(
      `insert into devices (id, unit_code, name, token_hash, created_at) values ($1, $2, $3, $4, $5)`,
      [deviceId, unitCode, request.deviceName ?? null, hashToken(token), now.toISOString()],
    );
    await tx.query(
      'update enrollment_codes set used_at = $2, used_by_device = $3 where code_hash = $1',
      [codeHash, now.toISOString(), deviceId],
    );
    await writeAudit(tx, {
      at: now,
      actor: 'enrollment',
      deviceId,
      unitCode,
      action: 'device.enroll',
    });
    return {
      deviceId,
      token,
      unit: {
        code: unitCode,
        name: readString(row, 'name'),
        level: toUnitLevel(readString(row, 'level')),
      },
      protocolVersion: PROTOCOL_VERSION,
    };
  });
}
