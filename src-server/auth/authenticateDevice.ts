/**
 * Resolves the bearer token to its device and unit. Every route that touches data starts here,
 * and every query after it is scoped to `device.unitCode`.
 */
import type { FastifyRequest } from 'fastify';
import type { UnitLevel } from '../../src-shared/sync/enroll';
import type { Db } from '../db/db';
import { readNumber, readOptionalIsoTime, readString } from '../db/row';
import { HttpError } from '../http/httpError';
import { hashToken } from './secrets';
import { toUnitLevel } from './unitLevel';

export type AuthenticatedDevice = {
  id: string;
  unitCode: string;
  unitLevel: UnitLevel;
  lastSeq: number;
};

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

export async function authenticateDevice(
  db: Db,
  request: FastifyRequest,
): Promise<AuthenticatedDevice> {
  const header = request.headers.authorization;
  const match = header === undefined ? null : BEARER.exec(header);
  const token = match?.[1];
  if (token === undefined) throw new HttpError(401, 'unauthorized', 'a bearer token is required');
  const rows = await db.query(
    `select d.id, d.unit_code, d.revoked_at, d.last_seq, u.level
       from devices d join units u on u.code = d.unit_code
      where d.token_hash = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (row === undefined) throw new HttpError(401, 'unauthorized', 'unknown token');
  if (readOptionalIsoTime(row, 'revoked_at') !== null) {
    throw new HttpError(401, 'token-revoked', 'this device was revoked by an administrator');
  }
  return {
    id: readString(row, 'id'),
    unitCode: readString(row, 'unit_code'),
    unitLevel: toUnitLevel(readString(row, 'level')),
    lastSeq: readNumber(row, 'last_seq'),
  };
}
