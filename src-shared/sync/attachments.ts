/**
 * Attachments on a case: the metadata is a record of entity 'attachment' that syncs like any other
 * (POST /sync/push, GET /sync/pull); the bytes travel separately, addressed by their SHA-256
 * (blobs.ts), so one file attached twice is stored and uploaded once.
 */
import { z } from 'zod';
import { MAX_BLOB_BYTES } from './blobs';
import { isStorableText } from './storableJson';

/** A file name as people see it: no path separators, no control characters. */
export const MAX_ATTACHMENT_NAME = 255;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/* eslint-disable no-control-regex -- control characters are exactly what this refuses */
/** Path separators, control characters and bidi overrides (which hide a name's real extension). */
const UNSAFE_NAME_CHARACTERS = /[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
/* eslint-enable no-control-regex */

/** A name that is only a file name: saved as is, it cannot reach another folder. */
export function isSafeAttachmentName(name: string): boolean {
  return !UNSAFE_NAME_CHARACTERS.test(name) && !name.startsWith('..') && name !== '.';
}

/** The synced fields of one attachment (what a 'create' change carries, what a pull brings). */
export const attachmentDataSchema = z.object({
  caseId: z.string().min(1).max(64),
  name: z
    .string()
    .trim()
    .min(1)
    .max(MAX_ATTACHMENT_NAME)
    .refine(isStorableText, { error: 'text with NUL or a lone surrogate' })
    .refine(isSafeAttachmentName, { error: 'a path, or control characters, in a file name' }),
  /** The type the file came with ('' when the system did not know it). */
  mime: z.string().max(255),
  size: z.number().int().nonnegative().max(MAX_BLOB_BYTES),
  sha256: z.string().regex(SHA256_HEX),
  addedAt: z.iso.datetime({ offset: true }),
  addedBy: z.string().min(1).max(64),
  /** Soft delete: the record stays (and the bytes stay on the server). */
  deleted: z.boolean(),
});
export type AttachmentData = z.infer<typeof attachmentDataSchema>;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}
