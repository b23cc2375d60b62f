/**
 * The next push batch made ready to leave: its rows collected, the outbox report read in the same
 * read transaction, and its body encoded (JSON, gzip). The push does this while the batch before
 * it is at the server, so that batch's answer is followed at once by the next request, and the
 * device's work (read, encode, ack) overlaps the server's instead of taking turns with it.
 *
 * The report is read before the previous batch's ack commits. That is the outbox as it is when
 * this batch leaves: it leaves as soon as the previous answer arrives, before that ack is stored.
 */
import { encodeOutboxReport, OUTBOX_REPORT_HEADER } from '../../../src-shared/sync/outboxReport';
import type { JianhuDb } from '../db/database';
import { collectBatch, collectTables, type CollectedBatch } from './collect';
import { readOutboxReport } from './outboxReport';
import { preparePush, type ReadyPush } from './push';
import type { SyncHttp } from './syncHttp';

export type ReadyBatch = {
  batch: CollectedBatch;
  /** Null when the batch holds nothing to send. */
  push: ReadyPush | null;
};

export async function readyBatch(
  db: JianhuDb,
  http: SyncHttp,
  serverDeviceId: string,
  limit: number,
  skip: ReadonlySet<number>,
): Promise<ReadyBatch> {
  const { batch, report } = await db.transaction(
    'r',
    [...collectTables(db), db.attachments],
    async () => {
      const collected = await collectBatch(db, limit, skip);
      return { batch: collected, report: await readOutboxReport(db) };
    },
  );
  if (batch.changes.length === 0) return { batch, push: null };
  const push = await preparePush(
    http,
    batch.changes.map((c) => c.change),
    serverDeviceId,
    { [OUTBOX_REPORT_HEADER]: encodeOutboxReport(report) },
  );
  return { batch, push };
}
