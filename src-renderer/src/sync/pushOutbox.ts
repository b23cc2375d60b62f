/**
 * The push half of a run: collect → push → ack in batches until the outbox holds nothing
 * sendable. Pipelined by one batch: while the answers to batch n are being stored (ack, an
 * IndexedDB transaction), batch n + 1 is collected and already travelling to the server, so the
 * device and the server no longer take turns. Batch n + 1 leaves out batch n's rows, which stay in
 * the outbox until their ack commits; at most one ack and one push are ever in flight, and a
 * failure waits for the ack before it ends the run, so what was answered is always stored.
 */
import type { PushResponse } from '../../../src-shared/sync/push';
import { recordKey } from '../db/remotePlan';
import type { OutboxRow } from '../db/rowTypes';
import { ackBatch, noteFailedAttempt } from './ack';
import { REFUSED_PREFIX, collectBatch, countSendable, type CollectedChange } from './collect';
import type { RecordRef } from './localRecords';
import { outboxReportHeaders } from './outboxReport';
import { pushBatch } from './push';
import type { RunContext, RunProgress } from './runSync';
import { isBatchRefusal, toSyncFailure } from './syncFailure';

export async function pushOutbox(
  ctx: RunContext,
  progress: RunProgress,
  unsure: Map<string, RecordRef>,
): Promise<void> {
  const { db, http, now } = ctx;
  let total = await countSendable(db);
  let done = 0;
  ctx.report('collect', 0, total);

  const send = async (items: readonly CollectedChange[]): Promise<PushResponse> =>
    pushBatch(
      http,
      items.map((i) => i.change),
      ctx.serverDeviceId,
      await outboxReportHeaders(db),
    );

  const ack = async (rows: readonly OutboxRow[], response: PushResponse): Promise<void> => {
    const outcome = await ackBatch(db, rows, response.results, now());
    progress.removed += outcome.removed;
    progress.conflicts += outcome.conflicts;
    progress.refused += outcome.refused;
    for (const ref of outcome.unsure) unsure.set(recordKey(ref.entity, ref.entityId), ref);
  };

  /** Without the pipeline: a batch the server refused as a whole, halved until the change it cannot take is alone. */
  const pushAlone = async (items: readonly CollectedChange[]): Promise<void> => {
    const rows = items.map((i) => i.row);
    let response: PushResponse;
    try {
      response = await send(items);
    } catch (error) {
      const failure = toSyncFailure(error);
      if (isBatchRefusal(failure) && items.length > 1) {
        const middle = Math.ceil(items.length / 2);
        await pushAlone(items.slice(0, middle));
        await pushAlone(items.slice(middle));
        return;
      }
      const refused = isBatchRefusal(failure);
      await noteFailedAttempt(
        db,
        rows,
        refused ? `${REFUSED_PREFIX}${failure.code}` : failure.code,
        now(),
      );
      if (refused) {
        progress.refused += 1;
        return;
      }
      throw failure;
    }
    await ack(rows, response);
  };

  const skip = new Set<number>();
  let inFlight: { seqs: readonly number[]; acked: Promise<void> } | null = null;
  const settle = async (): Promise<void> => {
    if (!inFlight) return;
    const { seqs, acked } = inFlight;
    inFlight = null;
    try {
      await acked;
    } finally {
      for (const seq of seqs) skip.delete(seq);
    }
  };

  try {
    for (;;) {
      const batch = await collectBatch(db, ctx.batchSize, skip);
      for (const seq of batch.unsendable) skip.add(seq);
      // Demo data stays on this device: its changes leave the outbox without being sent.
      if (batch.demo.length > 0) await db.outbox.bulkDelete(batch.demo);
      if (batch.changes.length === 0) {
        if (inFlight) {
          // The rows being acked may come back (a refusal does not remove them): look again after.
          await settle();
          continue;
        }
        if (batch.unsendable.length === 0 && batch.demo.length === 0) break;
        continue;
      }
      ctx.report('push', done, total);
      const rows = batch.changes.map((c) => c.row);
      let response: PushResponse;
      try {
        response = await send(batch.changes);
      } catch (error) {
        await settle();
        const failure = toSyncFailure(error);
        if (!isBatchRefusal(failure)) {
          await noteFailedAttempt(db, rows, failure.code, now());
          throw failure;
        }
        await pushAlone(batch.changes);
        done += rows.length;
        total = Math.max(total, done);
        continue;
      }
      await settle();
      ctx.report('ack', done, total);
      const seqs = rows.map((r) => r.deviceSeq);
      for (const seq of seqs) skip.add(seq);
      const acked = ack(rows, response);
      // Marked handled at once; settle() awaits it and rethrows its failure.
      acked.catch(() => undefined);
      inFlight = { seqs, acked };
      done += rows.length;
      // Edits made during the run join it: the total grows rather than the bar running past it.
      total = Math.max(total, done);
      ctx.report('push', done, total);
    }
  } finally {
    await settle();
  }
}
