/**
 * One push = one transaction: lock the unit, read, decide, write, move the device's last_seq, audit.
 * Either all of it commits or none of it does, so a dropped connection can never leave half a
 * batch stored, and a resend finds every change it needs to answer `duplicate`.
 */
import { createHash } from 'node:crypto';
import type { PushChange, PushResponse, PushResult } from '../../src-shared/sync/push';
import { changeContentJson } from '../../src-shared/sync/sequenceRefusal';
import type { AuthenticatedDevice } from '../auth/authenticateDevice';
import { writeAudit } from '../audit/writeAudit';
import type { Db } from '../db/db';
import { readNumber } from '../db/row';
import { createPushPlanner } from './planPush';
import { loadPushState } from './pushState';
import { writePush } from './writePush';

function hashContent(change: PushChange): string {
  return createHash('sha256').update(changeContentJson(change)).digest('hex');
}

/**
 * Changes written per statement. The plan of a step (content checks, zod, hashing: CPU of this
 * process) is made while the database stores the step before it (CPU of the database's), so the
 * two overlap instead of taking turns; a step is large enough that its statement's fixed cost
 * stays small beside its rows.
 */
const WRITE_STEP = 100;
/**
 * Changes decided between two turns of the event loop: few enough that when the database finishes
 * a step, its answer is taken in and the next step sent within a few milliseconds, not after a
 * whole step's planning.
 */
const PLAN_SLICE = 25;

/** Lets the event loop send a queued statement and take in answers before more planning. */
function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
    const results: PushResult[] = [];
    let maxSeq = 0;
    // Steps are written one after the other, in order, each by one statement that sees the steps
    // before it (a later step's prior data is read from what an earlier one stored). The chain is
    // marked handled at once, so a failing step cannot crash the process while the next is
    // planned; it is awaited below, and its error rolls the whole transaction back.
    let written: Promise<void> = Promise.resolve();
    const planner = createPushPlanner(state, device, at, hashContent);
    for (let i = 0; i < changes.length; i += PLAN_SLICE) {
      planner.plan(changes.slice(i, i + PLAN_SLICE));
      const isLast = i + PLAN_SLICE >= changes.length;
      if (isLast || (i + PLAN_SLICE) % WRITE_STEP === 0) {
        const plan = planner.take();
        results.push(...plan.results);
        // Only changes answered for the first time move last_seq: a resend under a new sequence,
        // or a refused sequence, must not (one far ahead would pin it for good).
        for (const answer of plan.answers) maxSeq = Math.max(maxSeq, answer.deviceSeq);
        written = written.then(() => writePush(tx, plan, device.unitCode, device.id, at));
        written.catch(() => undefined);
      }
      if (!isLast) await yieldToLoop();
    }
    await written;
    const deviceRow = (
      await tx.query(
        'update devices set last_seq = greatest(last_seq, $2::int8), last_push_at = $3::timestamptz where id = $1 returning last_seq',
        [device.id, maxSeq, at],
      )
    )[0];
    const counts = { applied: 0, duplicate: 0, conflict: 0, rejected: 0 };
    for (const result of results) counts[result.status] += 1;
    await writeAudit(tx, {
      at: now,
      actor: 'device',
      deviceId: device.id,
      unitCode: device.unitCode,
      action: 'sync.push',
      detail: counts,
    });
    return {
      results,
      lastSeq: deviceRow === undefined ? device.lastSeq : readNumber(deviceRow, 'last_seq'),
      serverTime: at,
    };
  });
}
