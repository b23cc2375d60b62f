/**
 * Why the server refused the content of one pushed change (a `rejected` answer's code, joined into
 * RejectionCode in errors.ts). Like the approval refusals they answer one change and never stop a
 * run: the device keeps the refused change, marked with its code, on the record it concerns.
 */
import { z } from 'zod';
import { codeValues } from '../domain/codes';

export const ContentRefusal = {
  /** The record the change would leave is not a valid record of its entity (wrong types, a
   *  missing required field, a field the entity does not have, markup in text, an unsafe name). */
  invalidContent: 'invalid-content',
  /** A text field or the whole record is longer than the server stores (contentCheck.ts limits). */
  recordTooLarge: 'record-too-large',
  /** The change sets a field the server decides (id, rev, deleted, unitCode, updatedAt, `$…`). */
  reservedKey: 'reserved-key',
  /** A device claims a lead came from a provincial model: only the admin import says so. */
  originNotAllowed: 'origin-not-allowed',
  /** The entity does not travel through /sync/push (audit entries go through /sync/audit). */
  entityNotPushable: 'entity-not-pushable',
} as const;
export type ContentRefusal = (typeof ContentRefusal)[keyof typeof ContentRefusal];

export const contentRefusalSchema = z.enum(codeValues(ContentRefusal));

export function isContentRefusal(code: string): code is ContentRefusal {
  return (codeValues(ContentRefusal) as readonly string[]).includes(code);
}
