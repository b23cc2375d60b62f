/**
 * Attachments on the device: `caseAttachments` (who attached which file to which case, synced as
 * entity 'attachment') and `attachments` (the bytes, one row per SHA-256). Declared by migration
 * 0003; reached through these accessors so database.ts needs no change per table.
 */
import type { Table } from 'dexie';
import type { AttachmentData } from '../../../src-shared/sync/attachments';
import type { JianhuDb } from './database';
import { AttachmentUpload, type AttachmentRow } from './rowTypes';

/** One file on one case: the synced fields plus what only this device keeps. */
export type CaseAttachmentRow = AttachmentData & {
  id: string;
  /** Server revision; 0 until the server accepted the record. */
  rev: number;
  /** A fresh local sequence on every write. */
  seq: number;
  /** Last write, local or pulled (ISO). */
  updatedAt: string;
};

export function caseAttachmentsTable(db: JianhuDb): Table<CaseAttachmentRow, string> {
  return db.table('caseAttachments');
}

export function attachmentContentTable(db: JianhuDb): Table<AttachmentRow, string> {
  return db.attachments;
}

/** An attachment as a case page lists it: its record and where its bytes are. */
export type CaseAttachmentView = CaseAttachmentRow & {
  /** The bytes are on this device (added here, or fetched before). */
  isLocal: boolean;
  /** Upload state of the bytes; null when they are not on this device. */
  upload: AttachmentUpload | null;
  uploadError: string | null;
};

/** The attachments of a case, oldest first (removed ones only with `includeDeleted`). */
export async function listCaseAttachments(
  db: JianhuDb,
  caseId: string,
  options: { includeDeleted?: boolean } = {},
): Promise<CaseAttachmentView[]> {
  const rows = (await caseAttachmentsTable(db).where('caseId').equals(caseId).toArray())
    .filter((row) => options.includeDeleted === true || !row.deleted)
    .sort((a, b) =>
      a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1,
    );
  // A Blob read from IndexedDB is a handle: its bytes stay on disk until someone reads them.
  const contents = await db.attachments.bulkGet(rows.map((row) => row.sha256));
  return rows.map((row, i) => {
    const content = contents[i];
    return {
      ...row,
      isLocal: content !== undefined,
      upload: content?.upload ?? null,
      uploadError: content?.uploadError ?? null,
    };
  });
}

/** The stored bytes of `sha256`, or undefined when this device does not hold them. */
export async function readAttachmentContent(
  db: JianhuDb,
  sha256: string,
): Promise<AttachmentRow | undefined> {
  return db.attachments.get(sha256);
}

/** Content rows whose bytes the server does not hold yet. */
export function listPendingUploads(db: JianhuDb): Promise<AttachmentRow[]> {
  return db.attachments.where('upload').equals(AttachmentUpload.pending).toArray();
}
