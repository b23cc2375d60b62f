/**
 * Attaching files to a case, and removing them. Each accepted write stores the attachment record,
 * one audit entry and one outbox change (entity 'attachment') in one transaction through
 * `auditedWrite` — adding also stores the bytes, once per SHA-256, in that same transaction. The
 * bytes go to the server later, by hash (sync/uploadBlobs.ts); refused input writes nothing.
 *
 * The SHA-256 comes from WebCrypto, which is asynchronous: it is computed before auditedWrite starts,
 * never inside the transaction (awaiting it there would let IndexedDB commit half-way).
 */
import type { CaseId } from '../../../src-shared/domain/ids';
import { attachmentDataSchema, type AttachmentData } from '../../../src-shared/sync/attachments';
import { MAX_BLOB_BYTES } from '../../../src-shared/sync/blobs';
import { maskPersonalNumbers } from '../../../src-shared/sync/leads';
import { sealAttachmentBytes } from './attachmentBytes';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import {
  attachmentContentTable,
  caseAttachmentsTable,
  type CaseAttachmentRow,
} from './attachmentTables';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { digestHex } from './sha256';
import { appendOutbox } from './outbox';
import { AttachmentUpload, type AttachmentRow } from './rowTypes';

/** Why an attachment command wrote nothing. */
export type AttachmentFailureCode =
  /** Larger than the server takes (MAX_BLOB_BYTES). */
  | 'too-large'
  /** A file of zero bytes: almost surely a mistake. */
  | 'empty'
  /** No such case on this device, or it is in the deleted cases. */
  | 'case-not-found'
  /** No such attachment (or already removed). */
  | 'not-found'
  /** A name or type the record cannot hold. */
  | 'invalid';

export type AttachmentResult =
  { ok: true; value: CaseAttachmentRow } | { ok: false; code: AttachmentFailureCode };

/** A file to attach: its bytes (a `File` is a Blob) and the name people see. */
export type AttachmentFile = { name: string; blob: Blob };

/** Lower-case hex SHA-256 of the bytes (WebCrypto; call outside any transaction). */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  return digestHex(await blob.arrayBuffer());
}

/** The fields a 'create' change carries: everything but what only this device decides. */
export function attachmentSyncedFields(row: CaseAttachmentRow): AttachmentData {
  const { id: _id, rev: _rev, seq: _seq, updatedAt: _updatedAt, ...data } = row;
  return data;
}

function auditName(name: string): string {
  // A file name may carry an ID or phone number ("张三 身份证 3401….jpg"): never in clear.
  return maskPersonalNumbers(name).text;
}

/**
 * Attaches `file` to a case: the record, the bytes (unless this device already holds them), the
 * audit entry and the outbox change commit together. Too large, empty or on a missing case:
 * nothing is written.
 */
export async function addAttachment(
  db: JianhuDb,
  actor: Actor,
  caseId: string,
  file: AttachmentFile,
  now: Date,
): Promise<AttachmentResult> {
  const size = file.blob.size;
  if (size > MAX_BLOB_BYTES) return { ok: false, code: 'too-large' };
  if (size === 0) return { ok: false, code: 'empty' };
  // Before the transaction (see the file comment): the hash, then the bytes encrypted under it.
  const sha256 = await sha256OfBlob(file.blob);
  const sealed = await sealAttachmentBytes(db, file.blob, sha256);
  const at = now.toISOString();
  const parsed = attachmentDataSchema.safeParse({
    caseId,
    name: file.name,
    mime: file.blob.type,
    size,
    sha256,
    addedAt: at,
    addedBy: actor.userId,
    deleted: false,
  } satisfies AttachmentData);
  if (!parsed.success) return { ok: false, code: 'invalid' };
  const data = parsed.data;
  const id = newId(now);
  const records = caseAttachmentsTable(db);
  const contents = attachmentContentTable(db);
  return auditedWrite(
    db,
    [db.cases, records, contents, db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<AttachmentResult>> => {
      assertActorDevice(actor, deviceId);
      const owner = await db.cases.get(caseId as CaseId);
      if (!owner || owner.deleted) return { skip: { ok: false, code: 'case-not-found' } };
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.attachmentAdd,
            entity: 'attachment',
            entityId: id,
            success: true,
            diff: { caseId, name: auditName(data.name), mime: data.mime, size, sha256 },
          },
        ],
        // Invariant (with auditedWrite): the record, its bytes, its 'attachment.add' audit entry
        // and its 'create' outbox change commit together, or none of them.
        commit: async () => {
          const current = await db.cases.get(caseId as CaseId);
          if (!current || current.deleted) throw new StaleWriteError('The case moved on');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const row: CaseAttachmentRow = { ...data, id, rev: 0, seq, updatedAt: at };
          await records.add(row);
          const held = await contents.get(sha256);
          // Held already (attached elsewhere, or fetched): its upload state stays as it is.
          if (!held) {
            const content: AttachmentRow = {
              sha256,
              blob: sealed,
              sealed: 1,
              size,
              mime: data.mime,
              upload: AttachmentUpload.pending,
              uploadedBytes: 0,
              uploadError: null,
              storedAt: at,
            };
            await contents.add(content);
          } else if (held.upload === AttachmentUpload.remote) {
            // Now this device vouches for the bytes too: a server that lost them gets them again.
            await contents.update(sha256, {
              upload: AttachmentUpload.pending,
              blob: sealed,
              sealed: 1,
            });
          }
          await appendOutbox(
            db,
            [
              {
                entity: 'attachment',
                entityId: id,
                op: 'create',
                baseRev: 0,
                patch: data,
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: row };
        },
      };
    },
  );
}

/** Removes an attachment from its case (soft: record and bytes stay, and the removal syncs). */
export function removeAttachment(
  db: JianhuDb,
  actor: Actor,
  attachmentId: string,
  now: Date,
): Promise<AttachmentResult> {
  const at = now.toISOString();
  const records = caseAttachmentsTable(db);
  return auditedWrite(
    db,
    [records, db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<AttachmentResult>> => {
      assertActorDevice(actor, deviceId);
      const row = await records.get(attachmentId);
      if (!row || row.deleted) return { skip: { ok: false, code: 'not-found' } };
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.attachmentRemove,
            entity: 'attachment',
            entityId: attachmentId,
            success: true,
            diff: { caseId: row.caseId, name: auditName(row.name), sha256: row.sha256 },
          },
        ],
        // Invariant (with auditedWrite): the removed record, its audit entry and its 'delete'
        // outbox change commit together, and only on top of the row read above.
        commit: async () => {
          const current = await records.get(attachmentId);
          if (current?.seq !== row.seq) throw new StaleWriteError('The attachment moved on');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const next: CaseAttachmentRow = { ...row, deleted: true, seq, updatedAt: at };
          await records.put(next);
          await appendOutbox(
            db,
            [
              {
                entity: 'attachment',
                entityId: attachmentId,
                op: 'delete',
                baseRev: row.rev,
                patch: { deleted: true },
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: next };
        },
      };
    },
  );
}
