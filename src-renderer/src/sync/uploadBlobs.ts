/**
 * Upload: the bytes of attachments this device added, sent to the provincial server by SHA-256
 * after the push (so the server already has, or is about to have, the record that names them).
 *
 * Resumable: `HEAD /blobs/{sha256}` says how many bytes the server holds; the rest goes up in
 * chunks (`PUT ?offset=&size=`), and the confirmed offset is stored after each one, so a dropped
 * connection costs at most the chunk in flight. A 409 names the offset the server really holds:
 * the upload resumes there. A refusal retrying cannot fix (the bytes do not hash to their name,
 * too large) marks the content `failed` with its code — the bytes stay on the device — and the
 * run goes on; a network failure ends the run like any other (the next run resumes).
 */
import { blobStatusSchema, MAX_BLOB_CHUNK_BYTES } from '../../../src-shared/sync/blobs';
import { syncErrorSchema } from '../../../src-shared/sync/errors';
import { BLOB_COMPLETE_HEADER, UPLOAD_OFFSET_HEADER } from '../../../src-shared/sync/protocol';
import { readAttachmentBytes } from '../db/attachmentBytes';
import { SealedRowError } from '../security/errors';
import { caseAttachmentsTable, listPendingUploads } from '../db/attachmentTables';
import type { JianhuDb } from '../db/database';
import { AttachmentUpload, type AttachmentRow } from '../db/rowTypes';
import { isRefused } from './collect';
import type { SyncHttp } from './syncHttp';
import { SyncFailure } from './syncFailure';

export type BlobContext = { db: JianhuDb; http: SyncHttp };

export type UploadOptions = {
  /** After each chunk: bytes sent so far in this run and bytes this run set out to send. */
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  /** Bytes per PUT (default and most: the server's MAX_BLOB_CHUNK_BYTES). */
  chunkBytes?: number;
};

export type UploadOutcome = {
  /** Contents the server now holds completely. */
  uploaded: number;
  /** Contents the server refused (kept here, marked `failed`). */
  failed: number;
  /** Bytes sent in PUT bodies during this call. */
  bytesSent: number;
};

/** 409s in a row for one content before the run gives up (the server keeps moving the offset). */
const MAX_RESYNCS = 3;

/**
 * Whether some record naming these bytes may still reach the server: its change is accepted, or
 * still waiting (not refused). Bytes only refused records name are not sent.
 */
async function isNamedBySendableRecord(db: JianhuDb, sha256: string): Promise<boolean> {
  const records = await caseAttachmentsTable(db).where('sha256').equals(sha256).toArray();
  for (const record of records) {
    if (record.rev > 0) return true;
    const rows = await db.outbox.where('entityId').equals(record.id).toArray();
    if (!rows.some((row) => row.entity === 'attachment' && isRefused(row))) return true;
  }
  return false;
}

function headerNumber(headers: Headers, name: string): number | null {
  const value = Number(headers.get(name));
  return headers.has(name) && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function errorCodeOf(bytes: Uint8Array): string | null {
  try {
    const parsed = syncErrorSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data.code : null;
  } catch {
    return null;
  }
}

function saveProgress(
  db: JianhuDb,
  sha256: string,
  changes: Partial<Pick<AttachmentRow, 'upload' | 'uploadedBytes' | 'uploadError'>>,
): Promise<void> {
  // Local bookkeeping of the bytes only (no record changes, nothing to audit or send).
  return db.writes.run(() =>
    db.transaction('rw', db.attachments, async () => {
      await db.attachments.update(sha256, changes);
    }),
  );
}

type Result = 'uploaded' | 'failed';

async function uploadOne(
  ctx: BlobContext,
  content: AttachmentRow,
  chunkBytes: number,
  sent: { bytes: number },
  report: () => void,
): Promise<Result> {
  const { db, http } = ctx;
  const { sha256, size } = content;
  // The clear bytes once per file (stored encrypted; the server keeps them by their own hash).
  let blob: Blob;
  try {
    blob = await readAttachmentBytes(db, content);
  } catch (error) {
    if (!(error instanceof SealedRowError)) throw error;
    // The stored ciphertext does not verify (a disk fault, a tampered profile): kept as it is,
    // never sent, and shown on the case as damaged.
    await saveProgress(db, sha256, {
      upload: AttachmentUpload.failed,
      uploadedBytes: 0,
      uploadError: 'damaged-at-rest',
    });
    return 'failed';
  }
  const path = `/blobs/${sha256}`;
  const head = await http.bytes('HEAD', path, { accept: [404] });
  let offset = head.status === 404 ? 0 : (headerNumber(head.headers, UPLOAD_OFFSET_HEADER) ?? 0);
  if (head.status === 200 && head.headers.get(BLOB_COMPLETE_HEADER) === 'true') offset = size;
  let resyncs = 0;
  while (offset < size) {
    const end = Math.min(size, offset + chunkBytes);
    const body = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
    const reply = await http.bytes('PUT', `${path}?offset=${String(offset)}&size=${String(size)}`, {
      body,
      accept: [400, 409, 413],
    });
    sent.bytes += body.length;
    report();
    if (reply.status === 200) {
      const parsed = blobStatusSchema.safeParse(
        JSON.parse(new TextDecoder().decode(reply.bytes)) as unknown,
      );
      if (!parsed.success) throw new SyncFailure('bad-response', 'blob answer does not match', 200);
      offset = parsed.data.complete ? size : parsed.data.received;
      resyncs = 0;
      if (offset < size) await saveProgress(db, sha256, { uploadedBytes: offset });
      continue;
    }
    const code = errorCodeOf(reply.bytes) ?? `http-${String(reply.status)}`;
    const held = headerNumber(reply.headers, UPLOAD_OFFSET_HEADER);
    if (reply.status === 409 && held !== null && held !== offset && resyncs < MAX_RESYNCS) {
      // The server holds another offset (an answer was lost, or another device of the unit is
      // sending the same file): resume where it says.
      resyncs += 1;
      offset = held;
      continue;
    }
    await saveProgress(db, sha256, {
      upload: AttachmentUpload.failed,
      uploadedBytes: 0,
      uploadError: code,
    });
    return 'failed';
  }
  await saveProgress(db, sha256, {
    upload: AttachmentUpload.done,
    uploadedBytes: size,
    uploadError: null,
  });
  return 'uploaded';
}

/** Sends every pending content some sendable record names; see the file comment. */
export async function uploadBlobs(
  ctx: BlobContext,
  options: UploadOptions = {},
): Promise<UploadOutcome> {
  const chunkBytes = Math.max(
    1,
    Math.min(options.chunkBytes ?? MAX_BLOB_CHUNK_BYTES, MAX_BLOB_CHUNK_BYTES),
  );
  const outcome: UploadOutcome = { uploaded: 0, failed: 0, bytesSent: 0 };
  const sent = { bytes: 0 };
  const pending = await listPendingUploads(ctx.db);
  // What is left of each file by the last confirmed offset (the server may hold more).
  const total = pending.reduce((sum, c) => sum + Math.max(0, c.size - c.uploadedBytes), 0);
  const report = () => options.onProgress?.(sent.bytes, Math.max(total, sent.bytes));
  try {
    for (const content of pending) {
      if (!(await isNamedBySendableRecord(ctx.db, content.sha256))) continue;
      const result = await uploadOne(ctx, content, chunkBytes, sent, report);
      outcome[result] += 1;
    }
  } finally {
    outcome.bytesSent = sent.bytes;
  }
  return outcome;
}

/** Sends a content marked `failed` again (after a person fixed the cause); the next run uploads it. */
export function retryUpload(db: JianhuDb, sha256: string): Promise<void> {
  return saveProgress(db, sha256, { upload: AttachmentUpload.pending, uploadError: null });
}
