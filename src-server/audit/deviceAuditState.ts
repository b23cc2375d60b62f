/**
 * Reading a device's audit chain state (its head and flag), and the operator's clearing of a
 * flag. Clearing does not accept what was refused: the head stays at the last entry that
 * continued the chain, so the device's next push must continue from there.
 */
import { GENESIS_HASH } from '../../src-shared/audit/auditHash';
import type { AuditState } from '../../src-shared/sync/audit';
import type { Db, Row } from '../db/db';
import { readNumber, readOptionalIsoTime, readOptionalString, readString } from '../db/row';
import { writeAudit } from './writeAudit';

/** A flag as the operator sees it. */
export type AuditFlag = { seq: number | null; at: string; reason: string | null };

/** The flag in a row of device_audit_heads (columns flag_state, flagged_seq/at, flag_reason). */
export function readAuditFlag(row: Row): AuditFlag | null {
  const at = readOptionalIsoTime(row, 'flagged_at');
  if (readOptionalString(row, 'flag_state') !== 'flagged' || at === null) return null;
  return {
    seq: row.flagged_seq === null ? null : readNumber(row, 'flagged_seq'),
    at,
    reason: readOptionalString(row, 'flag_reason'),
  };
}

export async function readDeviceAuditState(db: Db, deviceId: string): Promise<AuditState> {
  const row = (
    await db.query(
      'select head_seq, head_hash, flag_state from device_audit_heads where device_id = $1',
      [deviceId],
    )
  )[0];
  if (row === undefined) return { head: { seq: 0, hash: GENESIS_HASH }, isFlagged: false };
  return {
    head: { seq: readNumber(row, 'head_seq'), hash: readString(row, 'head_hash') },
    isFlagged: readString(row, 'flag_state') === 'flagged',
  };
}

/** What clearing found: the flag it removed, and where the device's chain continues. */
export type ClearedFlag = { flag: AuditFlag; headSeq: number; unitCode: string };

/** Clears a device's flag; null when the device has none (or does not exist). */
export async function clearAuditFlag(
  db: Db,
  deviceId: string,
  now: Date,
): Promise<ClearedFlag | null> {
  return db.transaction(async (tx) => {
    const row = (
      await tx.query(
        `select h.head_seq, h.flag_state, h.flagged_seq, h.flagged_at, h.flag_reason, d.unit_code
           from device_audit_heads h join devices d on d.id = h.device_id
          where h.device_id = $1 for update of h`,
        [deviceId],
      )
    )[0];
    const flag = row === undefined ? null : readAuditFlag(row);
    if (row === undefined || flag === null) return null;
    await tx.query(
      `update device_audit_heads
          set flag_state = 'clear', flagged_seq = null, flagged_at = null, flag_reason = null
        where device_id = $1`,
      [deviceId],
    );
    const unitCode = readString(row, 'unit_code');
    await writeAudit(tx, {
      at: now,
      actor: 'admin',
      deviceId,
      unitCode,
      action: 'audit.flag-clear',
      detail: { seq: flag.seq, reason: flag.reason },
    });
    return { flag, headSeq: readNumber(row, 'head_seq'), unitCode };
  });
}
