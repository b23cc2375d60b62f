/**
 * The push half of a run: collect → push → ack in batches until the outbox holds nothing
 * sendable. Pipelined by one batch: while batch n travels and the server stores it, batch n + 1 is
 * collected and its body encoded (readyBatch.ts); when n's answers come, n + 1 leaves at once and
 * n's answers are stored (ack, an IndexedDB transaction) while the server works on n + 1, so the
 * device and the server no longer take turns. Batch n + 1 leaves out batch n's rows, which stay in
 * the outbox until their ack commits; at most one ack and one push are ever in flight, and a
 * failure waits for the ack before it ends the run, so what was answered is always stored.
 */
import type { PushResponse } from '../../../src-shared/sync/push';
import { recordKey } from '../db/remotePlan';
import type { OutboxRow } from '../db/rowTypes';
import { ackBatch, noteFailedAttempt } from './ack';
import { REFUSED_PREFIX, countSendable, type CollectedChange } from './collect';
import type { RecordRef } from './localRecords';
import { outboxReportHeaders } from './outboxReport';
import { pushBatch, sendPush } from './push';
import { readyBatch, type ReadyBatch } from './readyBatch';
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

  // The next batch, collected and encoded while the current one travels and the server stores it.
  // Its read transaction is ordered after the ack in flight (IndexedDB runs a read after an earlier
  // write on the same tables), so it never sees a row that ack is about to remove.
  const ready = () => readyBatch(db, http, ctx.serverDeviceId, ctx.batchSize, skip);
  let prefetched: Promise<ReadyBatch> | null = null;
  const discardPrefetched = async (): Promise<void> => {
    const pending = prefetched;
    prefetched = null;
    await pending?.catch(() => undefined);
  };

  try {
    for (;;) {
      const { batch, push } = await (prefetched ?? ready());
      prefetched = null;
      for (const seq of batch.unsendable) skip.add(seq);
      // Demo data stays on this device: its changes leave the outbox without being sent.
      if (batch.demo.length > 0) await db.outbox.bulkDelete(batch.demo);
      if (push === null) {
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
      const seqs = rows.map((r) => r.deviceSeq);
      for (const seq of seqs) skip.add(seq);
      const sending = sendPush(http, push);
      prefetched = ready();
      let response: PushResponse;
      try {
        response = await sending;
      } catch (error) {
        // The batch goes back to the outbox's order: what was collected after it is read again.
        await discardPrefetched();
        for (const seq of seqs) skip.delete(seq);
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
    await discardPrefetched();
    await settle();
  }
}
