/**
 * `POST /sync/audit` in one transaction: lock the device's chain head, check the batch against it
 * (checkAuditBatch.ts, pure), then either store the new entries and move the head, or store
 * nothing of the batch and flag the device. Either way a server audit row records it. A refusal
 * is an answer, not an error: the flag must commit, so the route turns it into the 409 only after
 * the transaction.
 */
import type { AuditEntryWire, AuditHead } from '../../src-shared/sync/audit';
import { auditEntryBody } from '../../src-shared/audit/auditHash';
import type { AuthenticatedDevice } from '../auth/authenticateDevice';
import type { Queryable, Db } from '../db/db';
import { readNumber, readOptionalString, readString } from '../db/row';
import { ChainBreak, checkAuditBatch, type StoredChain } from './checkAuditBatch';
import { writeAudit } from './writeAudit';

export type AuditReceipt =
  /** Stored (or already held): the head the server acknowledges. */
  | { kind: 'acked'; head: AuditHead; stored: number }
  /** This batch broke the chain at `seq`; the device is flagged from now on. */
  | { kind: 'refused'; seq: number; reason: ChainBreak }
  /** The device was flagged earlier (at `seq`, for `reason`); nothing is accepted until cleared. */
  | { kind: 'flagged'; seq: number | null; reason: string | null };

/** The head row of `deviceId`, made empty on first use and locked for this transaction. */
async function lockChain(tx: Queryable, deviceId: string) {
  await tx.query('insert into device_audit_heads (device_id) values ($1) on conflict do nothing', [
    deviceId,
  ]);
  const row = (
    await tx.query(
      `select chain_device_id, head_seq, head_hash, flag_state, flagged_seq, flag_reason
         from device_audit_heads where device_id = $1 for update`,
      [deviceId],
    )
  )[0];
  if (row === undefined) throw new Error('device_audit_heads row vanished inside its transaction');
  return {
    chain: {
      seq: readNumber(row, 'head_seq'),
      hash: readString(row, 'head_hash'),
      chainDeviceId: readOptionalString(row, 'chain_device_id'),
    } satisfies StoredChain,
    isFlagged: readString(row, 'flag_state') === 'flagged',
    flaggedSeq: row.flagged_seq === null ? null : readNumber(row, 'flagged_seq'),
    flagReason: readOptionalString(row, 'flag_reason'),
  };
}

/** The stored hashes at the batch's seqs that the server already holds. */
async function storedHashesOf(
  tx: Queryable,
  deviceId: string,
  entries: readonly AuditEntryWire[],
  headSeq: number,
): Promise<Map<number, string>> {
  const low = entries[0]?.seq ?? 1;
  if (low > headSeq) return new Map();
  const rows = await tx.query(
    `select seq, hash from device_audit_entries
      where device_id = $1 and seq between $2::int8 and $3::int8`,
    [deviceId, low, Math.min(headSeq, low + entries.length - 1)],
  );
  return new Map(rows.map((r) => [readNumber(r, 'seq'), readString(r, 'hash')]));
}

/** True when another active device already holds a chain of this device id. */
async function isClaimedElsewhere(
  tx: Queryable,
  deviceId: string,
  chainDeviceId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from device_audit_heads h join devices d on d.id = h.device_id
      where h.chain_device_id = $1 and h.device_id <> $2 and d.revoked_at is null limit 1`,
    [chainDeviceId, deviceId],
  );
  return rows.length > 0;
}

async function storeEntries(
  tx: Queryable,
  deviceId: string,
  entries: readonly AuditEntryWire[],
  at: string,
): Promise<void> {
  // One JSON parameter expanded by jsonb_to_recordset: set-based, like the push writer.
  const rows = entries.map((e) => ({
    seq: e.seq,
    entry_id: e.id,
    at: e.at,
    user_id: e.userId,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    success: e.success,
    body: auditEntryBody(e),
    prev_hash: e.prevHash,
    hash: e.hash,
  }));
  await tx.query(
    `insert into device_audit_entries
       (device_id, seq, entry_id, at, user_id, action, entity, entity_id, success, body,
        prev_hash, hash, received_at)
     select $1, e.seq, e.entry_id, e.at, e.user_id, e.action, e.entity, e.entity_id, e.success,
            e.body, e.prev_hash, e.hash, $3::timestamptz
       from jsonb_to_recordset($2::jsonb) as e(seq int8, entry_id text, at text, user_id text,
            action text, entity text, entity_id text, success boolean, body text,
            prev_hash text, hash text)`,
    [deviceId, JSON.stringify(rows), at],
  );
}

export async function receiveDeviceAudit(
  db: Db,
  device: AuthenticatedDevice,
  entries: readonly AuditEntryWire[],
  now: Date,
): Promise<AuditReceipt> {
  const at = now.toISOString();
  const base = {
    at: now,
    actor: 'device',
    deviceId: device.id,
    unitCode: device.unitCode,
  } as const;
  return db.transaction(async (tx) => {
    const locked = await lockChain(tx, device.id);
    if (locked.isFlagged) {
      await writeAudit(tx, {
        ...base,
        action: 'audit.refuse',
        detail: { flaggedSeq: locked.flaggedSeq, received: entries.length },
      });
      return { kind: 'flagged', seq: locked.flaggedSeq, reason: locked.flagReason };
    }
    const { chain } = locked;
    const first = entries[0];
    const check =
      chain.chainDeviceId === null &&
      first !== undefined &&
      (await isClaimedElsewhere(tx, device.id, first.deviceId))
        ? ({ ok: false, seq: first.seq, reason: ChainBreak.foreignDevice } as const)
        : checkAuditBatch(chain, await storedHashesOf(tx, device.id, entries, chain.seq), entries);
    if (!check.ok) {
      // Invariant: a refused batch stores nothing but the flag and this audit row.
      await tx.query(
        `update device_audit_heads
            set flag_state = 'flagged', flagged_seq = $2, flagged_at = $3, flag_reason = $4
          where device_id = $1`,
        [device.id, check.seq, at, check.reason],
      );
      await writeAudit(tx, {
        ...base,
        action: 'audit.flag',
        detail: { seq: check.seq, reason: check.reason, received: entries.length },
      });
      return { kind: 'refused', seq: check.seq, reason: check.reason };
    }
    if (check.fresh.length > 0) {
      // Invariant: the entries and the head that ends them commit together.
      await storeEntries(tx, device.id, check.fresh, at);
      await tx.query(
        `update device_audit_heads
            set head_seq = $2, head_hash = $3, chain_device_id = $4, updated_at = $5
          where device_id = $1`,
        [device.id, check.head.seq, check.head.hash, check.chainDeviceId, at],
      );
      await writeAudit(tx, {
        ...base,
        action: 'audit.receive',
        detail: { received: entries.length, stored: check.fresh.length, headSeq: check.head.seq },
      });
    }
    return { kind: 'acked', head: check.head, stored: check.fresh.length };
  });
}
