/**
 * The outbox report a device sends with every push and pull (src-shared/sync/outboxReport.ts):
 * read from the outbox and the attachments' upload marks at the moment of the request, so the
 * pull that ends a successful run tells the server "nothing left".
 */
import {
  encodeOutboxReport,
  OUTBOX_REPORT_HEADER,
  type OutboxReport,
} from '../../../src-shared/sync/outboxReport';
import { AttachmentUpload } from '../db/rowTypes';
import type { JianhuDb } from '../db/database';
import { countRefused, isRefused } from './collect';

export async function readOutboxReport(db: JianhuDb): Promise<OutboxReport> {
  const [changes, refused, attachments, oldest] = await Promise.all([
    db.outbox.count(),
    countRefused(db),
    db.attachments.where('upload').equals(AttachmentUpload.pending).count(),
    // Keyed by deviceSeq: the first sendable row is the oldest change still waiting.
    db.outbox.filter((row) => !isRefused(row)).first(),
  ]);
  return { changes, refused, attachments, oldestChangeAt: oldest?.deviceTime ?? null };
}

/** The request header carrying the device's current outbox report. */
export async function outboxReportHeaders(db: JianhuDb): Promise<Record<string, string>> {
  return { [OUTBOX_REPORT_HEADER]: encodeOutboxReport(await readOutboxReport(db)) };
}
