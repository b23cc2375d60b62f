/**
 * Download on demand: an attachment added on another device of the unit is fetched the first time
 * someone opens it (`GET /blobs/{sha256}`), checked against its SHA-256, and kept on this device.
 * Bytes that do not hash to their name are never stored.
 */
import { isSha256Hex } from '../../../src-shared/sync/attachments';
import { readAttachmentBytes, sealAttachmentBytes } from '../db/attachmentBytes';
import { SealedRowError } from '../security/errors';
import { caseAttachmentsTable } from '../db/attachmentTables';
import { sha256OfBlob } from '../db/attachmentRepository';
import type { JianhuDb } from '../db/database';
import { AttachmentUpload, type AttachmentRow } from '../db/rowTypes';
import { readSyncSettings, type TokenSecrets } from './syncMeta';
import { SyncFailure } from './syncFailure';
import { createSyncHttp, type FetchLike } from './syncHttp';
import type { BlobContext } from './uploadBlobs';
import type { SyncStatusCode } from './status';

export type FetchAttachmentResult =
  | { ok: true; blob: Blob; source: 'device' | 'server' }
  | {
      ok: false;
      /**
       * `not-on-server`: the server holds no complete copy in this unit (not uploaded yet, or
       * another unit's); `hash-mismatch`: what arrived is not that file; `not-enrolled`; or the
       * sync failure code (offline, server-unreachable, token-revoked…).
       */
      code:
        | 'not-on-server'
        | 'hash-mismatch'
        | 'damaged-at-rest'
        | 'not-enrolled'
        | 'invalid'
        | SyncStatusCode;
    };

/** The clear bytes of a copy this device holds; a ciphertext that does not verify is damaged. */
async function readHeld(db: JianhuDb, held: AttachmentRow): Promise<FetchAttachmentResult> {
  try {
    return { ok: true, blob: await readAttachmentBytes(db, held), source: 'device' };
  } catch (error) {
    if (error instanceof SealedRowError) return { ok: false, code: 'damaged-at-rest' };
    throw error;
  }
}

/** The bytes of `sha256`: from this device if held, else from the server (verified, then kept). */
export async function fetchAttachment(
  ctx: BlobContext,
  sha256: string,
): Promise<FetchAttachmentResult> {
  const { db, http } = ctx;
  if (!isSha256Hex(sha256)) return { ok: false, code: 'invalid' };
  const held = await db.attachments.get(sha256);
  if (held) return readHeld(db, held);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const reply = await http.bytes('GET', `/blobs/${sha256}`, { accept: [404] });
    if (reply.status === 404) return { ok: false, code: 'not-on-server' };
    bytes = reply.bytes;
  } catch (error) {
    if (error instanceof SyncFailure) return { ok: false, code: error.code };
    throw error;
  }
  const record = await caseAttachmentsTable(db).where('sha256').equals(sha256).first();
  const mime = record?.mime ?? '';
  const blob = new Blob([bytes], { type: mime });
  // WebCrypto, before the transaction (see db/README.md).
  if ((await sha256OfBlob(blob)) !== sha256) return { ok: false, code: 'hash-mismatch' };
  const row: AttachmentRow = {
    sha256,
    blob: await sealAttachmentBytes(db, blob, sha256),
    sealed: 1,
    size: blob.size,
    mime,
    upload: AttachmentUpload.remote,
    uploadedBytes: blob.size,
    uploadError: null,
    storedAt: new Date().toISOString(),
  };
  const current = await db.writes.run(() =>
    db.transaction('rw', db.attachments, async () => {
      // Added here meanwhile (the same file attached on this device): that row stands.
      const existing = await db.attachments.get(sha256);
      if (!existing) await db.attachments.add(row);
      return existing;
    }),
  );
  const stored = current ? await readAttachmentBytes(db, current) : blob;
  return { ok: true, blob: stored, source: 'server' };
}

export type FetchAttachmentOptions = {
  db: JianhuDb;
  fetch: FetchLike;
  timeoutMs?: number;
  isOnline?: () => boolean;
  secrets?: TokenSecrets;
};

/** `fetchAttachment` with the device's stored server address and token (for screens). */
export async function fetchAttachmentForDevice(
  options: FetchAttachmentOptions,
  sha256: string,
): Promise<FetchAttachmentResult> {
  const { db } = options;
  const held = await db.attachments.get(sha256);
  if (held) return readHeld(db, held);
  const settings = await readSyncSettings(db, options.secrets);
  if (!settings.enrollment || settings.serverUrl === null)
    return { ok: false, code: 'not-enrolled' };
  const http = createSyncHttp({
    serverUrl: settings.serverUrl,
    token: settings.enrollment.token,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 120_000,
    isOnline: options.isOnline ?? (() => true),
  });
  return fetchAttachment({ db, http }, sha256);
}
