/**
 * One run: collect → push → ack in batches until the outbox holds nothing sendable, re-fetch the
 * records an answer left unsure, then pull → apply page by page. Progress is reported between
 * steps, always after the step's transaction committed. The first failure ends the run (the
 * engine schedules the retry); what committed before it stays committed.
 */
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/protocol';
import type { PushResponse } from '../../../src-shared/sync/push';
import type { JianhuDb } from '../db/database';
import { ackBatch, noteFailedAttempt } from './ack';
import { applyServerStates, type ServerState } from './apply';
import { REFUSED_PREFIX, collectBatch, countSendable, type CollectedChange } from './collect';
import { fetchRecord, pullPage } from './pull';
import { pushBatch } from './push';
import type { SyncPhase } from './status';
import type { SyncHttp } from './syncHttp';
import { isBatchRefusal, toSyncFailure } from './syncFailure';

export type RunContext = {
  db: JianhuDb;
  http: SyncHttp;
  serverDeviceId: string;
  cursor: string;
  batchSize: number;
  pullLimit?: number;
  now: () => Date;
  report: (phase: SyncPhase, done: number, total: number | null) => void;
};

export type RunProgress = {
  /** Outbox rows that left with an answer (applied, duplicate, conflict). */
  removed: number;
  conflicts: number;
  refused: number;
  /** Records whose content a pulled or re-fetched state changed. */
  pulled: number;
};

export async function runSync(ctx: RunContext, progress: RunProgress): Promise<void> {
  const { db, http, now } = ctx;
  const unsure = new Set<string>();
  let total = await countSendable(db);
  let done = 0;
  ctx.report('collect', 0, total);

  const pushRows = async (items: readonly CollectedChange[]): Promise<void> => {
    const rows = items.map((i) => i.row);
    let response: PushResponse;
    try {
      response = await pushBatch(
        http,
        items.map((i) => i.change),
        ctx.serverDeviceId,
      );
    } catch (error) {
      const failure = toSyncFailure(error);
      if (isBatchRefusal(failure) && items.length > 1) {
        // One change the server cannot take must not hold back the rest: halve until it is alone.
        const middle = Math.ceil(items.length / 2);
        await pushRows(items.slice(0, middle));
        await pushRows(items.slice(middle));
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
    ctx.report('ack', done, total);
    const outcome = await ackBatch(db, rows, response.results, now());
    progress.removed += outcome.removed;
    progress.conflicts += outcome.conflicts;
    progress.refused += outcome.refused;
    for (const id of outcome.unsure) unsure.add(id);
  };

  // Each push removes its rows, marks them refused or throws, so every round makes progress.
  const skip = new Set<number>();
  for (;;) {
    const batch = await collectBatch(db, ctx.batchSize, skip);
    for (const seq of batch.unsendable) skip.add(seq);
    if (batch.changes.length === 0) {
      if (batch.unsendable.length === 0) break;
      continue;
    }
    ctx.report('push', done, total);
    await pushRows(batch.changes);
    done += batch.changes.length;
    // Edits made during the run join it: the total grows rather than the bar running past it.
    total = Math.max(total, done);
    ctx.report('push', done, total);
  }

  if (unsure.size > 0) {
    const states: ServerState[] = [];
    for (const id of unsure) {
      const record = await fetchRecord(http, 'case', id);
      if (record) states.push(record);
    }
    progress.pulled += await applyServerStates(db, states, now(), { allowSameRev: true });
  }

  let cursor = ctx.cursor;
  let received = 0;
  for (;;) {
    ctx.report('pull', received, null);
    const page = await pullPage(http, cursor, ctx.pullLimit ?? DEFAULT_PULL_LIMIT);
    received += page.changes.length;
    ctx.report('apply', received, null);
    if (page.changes.length > 0 || page.nextCursor !== cursor) {
      progress.pulled += await applyServerStates(db, page.changes, now(), {
        cursor: page.nextCursor,
      });
    }
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
}
