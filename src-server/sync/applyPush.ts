/**
 * One push = one transaction: lock the unit, read, decide, write, move the device's last_seq, audit.
 * Either all of it commits or none of it does, so a dropped connection can never leave half a
 * batch stored, and a resend finds every change it needs to answer `duplicate`.
 */
import { createHash } from 'node:crypto';
import type { PushChange, PushResponse } from '../../src-shared/sync/push';
import { changeContentJson } from '../../src-shared/sync/sequenceRefusal';
import type { AuthenticatedDevice } from '../auth/authenticateDevice';
import { writeAudit } from '../audit/writeAudit';
import type { Db } from '../db/db';
import { readNumber } from '../db/row';
import { planPush } from './planPush';
import { loadPushState } from './pushState';
import { writePush } from './writePush';

function hashContent(change: PushChange): string {
  return createHash('sha256').update(changeContentJson(change)).digest('hex');
}

export async function applyPush(
  db: Db,
  device: AuthenticatedDevice,
  changes: readonly PushChange[],
  now: Date,
): Promise<PushResponse> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    // Writers of one unit take turns: server_seq values then commit in order, so a pull can never
    // see seq n+1 before seq n and skip n for good.
    await tx.query('select code from units where code = $1 for no key update', [device.unitCode]);
    const state = await loadPushState(tx, device, changes);
    const plan = planPush(state, device, changes, at, hashContent);
    await writePush(tx, plan, device.unitCode, device.id, at);
    // Only changes answered for the first time move last_seq: a resend under a new sequence, or a
    // refused sequence, must not (one far ahead would pin it for good).
    const maxSeq = Math.max(0, ...plan.answers.map((a) => a.deviceSeq));
    const deviceRow = (
      await tx.query(
        'update devices set last_seq = greatest(last_seq, $2::int8), last_push_at = $3::timestamptz where id = $1 returning last_seq',
        [device.id, maxSeq, at],
      )
    )[0];
    const counts = { applied: 0, duplicate: 0, conflict: 0, rejected: 0 };
    for (const result of plan.results) counts[result.status] += 1;
    await writeAudit(tx, {
      at: now,
      actor: 'device',
      deviceId: device.id,
      unitCode: device.unitCode,
      action: 'sync.push',
      detail: counts,
    });
    return {
      results: plan.results,
      lastSeq: deviceRow === undefined ? device.lastSeq : readNumber(deviceRow, 'last_seq'),
      serverTime: at,
    };
  });
}
