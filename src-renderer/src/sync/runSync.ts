/**
 * One run: collect → push → ack in batches until the outbox holds nothing sendable (pushOutbox.ts,
 * pipelined by one batch), re-fetch the records an answer left unsure, then pull → apply page by
 * page (the audit entries it appends going up meanwhile, auditChaser.ts), leads and reference
 * data, and last the audit chain (pushAudit.ts). Progress is reported between steps, always after
 * the step's transaction committed. The first failure ends the run (the engine schedules the
 * retry); what committed before it stays committed.
 */
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/protocol';
import type { JianhuDb } from '../db/database';
import { applyServerStates, type ServerState } from './apply';
import { auditChaser } from './auditChaser';
import { pullStart } from './appliedEntities';
import type { RecordRef } from './localRecords';
import { outboxReportHeaders } from './outboxReport';
import { preSealPage } from './preSealPage';
import { fetchRecord, pullPage } from './pull';
import { pullLeads } from './pullLeads';
import { pullReference } from './pullReference';
import { pushAudit } from './pushAudit';
import { pushOutbox } from './pushOutbox';
import type { SyncPhase } from './status';
import type { SyncHttp } from './syncHttp';
import { uploadBlobs } from './uploadBlobs';

export type RunContext = {
  db: JianhuDb;
  http: SyncHttp;
  serverDeviceId: string;
  cursor: string;
  batchSize: number;
  pullLimit?: number;
  /** Audit entries per `POST /sync/audit` (default and most: MAX_AUDIT_BATCH). */
  auditBatchSize?: number;
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
  const unsure = new Map<string, RecordRef>();
  await pushOutbox(ctx, progress, unsure);
  // The records naming attachments went first; now their bytes, resuming where the server stopped.
  await uploadBlobs(ctx, {
    // In KiB: the indicator shows "done / total" and bytes would be unreadable numbers.
    onProgress: (sent, total) =>
      ctx.report('upload', Math.ceil(sent / 1024), Math.ceil(total / 1024)),
  });

  if (unsure.size > 0) {
    const states: ServerState[] = [];
    for (const ref of unsure.values()) {
      const record = await fetchRecord(http, ref.entity, ref.entityId);
      if (record) states.push(record);
    }
    progress.pulled += await applyServerStates(db, states, now(), { allowSameRev: true });
  }

  // The audit entries of pulled records go up while later pages are stored (auditChaser.ts).
  const chaser = auditChaser(ctx);
  try {
    await pullRecords(ctx, progress, chaser.kick);
    await pullLeads(ctx);
    // After records, so reference data never holds back records: only changed kinds are fetched.
    await pullReference(ctx);
  } finally {
    await chaser.settle();
  }
  // Last: a chain the server refuses stops the run, but never holds back records, and the
  // entries this run's own writes appended go up with it.
  await pushAudit(ctx);
}

/**
 * pull → apply page by page. Pipelined by one page: page n + 1 is fetched while page n is stored.
 * Its request (and the outbox report it carries, read before page n's write transaction opens)
 * goes out first; a failure of either surfaces in order, and the cursor stored is always that of
 * a stored page.
 */
async function pullRecords(
  ctx: RunContext,
  progress: RunProgress,
  onAudited: () => void,
): Promise<void> {
  const { db, http, now } = ctx;
  // After an upgrade that applies more entities the pull starts over once (appliedEntities.ts);
  // the first page is stored even if empty, so the cursor and its marker move together.
  const start = await pullStart(db, ctx.cursor);
  let cursor = start.cursor;
  let mustStoreCursor = start.isReset;
  let received = 0;
  const fetchPage = async (from: string) => {
    const page = await pullPage(
      http,
      from,
      ctx.pullLimit ?? DEFAULT_PULL_LIMIT,
      await outboxReportHeaders(db),
    );
    // While page n is stored, page n + 1's cases are sealed off the main thread (preSealPage.ts).
    await preSealPage(db, page.changes);
    return page;
  };
  let next = fetchPage(cursor);
  for (;;) {
    ctx.report('pull', received, null);
    const page = await next;
    const following = page.hasMore ? fetchPage(page.nextCursor) : null;
    // Awaited in the next turn, or dropped if this page's write fails first.
    following?.catch(() => undefined);
    received += page.changes.length;
    ctx.report('apply', received, null);
    if (page.changes.length > 0 || page.nextCursor !== cursor || mustStoreCursor) {
      const changed = await applyServerStates(db, page.changes, now(), {
        cursor: page.nextCursor,
      });
      // A record whose content changed has its audit entry committed with the page.
      if (changed > 0) onAudited();
      progress.pulled += changed;
      mustStoreCursor = false;
    }
    cursor = page.nextCursor;
    if (!following) break;
    next = following;
  }
}
