/**
 * Machine-readable error codes shared by the server and the client sync engine. Every 4xx body is
 * `{ code, message }`: the client switches on `code` (the message is for developers' logs only).
 */
import { z } from 'zod';
import { codeValues } from '../domain/codes';
import { ApprovalRefusal } from './approvals';
import { ContentRefusal } from './contentRefusal';
import { SequenceRefusal } from './sequenceRefusal';

export const SyncErrorCode = {
  /** The request does not match the protocol schema (malformed JSON, wrong types, unknown fields). */
  badRequest: 'bad-request',
  /** No token, or a token the server does not know: the device must enrol. */
  unauthorized: 'unauthorized',
  /** The device was revoked by an administrator: the app must say so and stop retrying. */
  tokenRevoked: 'token-revoked',
  /** Authenticated but not allowed, e.g. a county device asking for statistics. */
  forbidden: 'forbidden',
  /** Nothing with that id in the device's unit (other units' data is reported the same way). */
  notFound: 'not-found',
  /** The request disagrees with server state, e.g. a blob chunk at the wrong offset. */
  conflict: 'conflict',
  /** The body is larger than the route accepts: split the batch or the chunk. */
  payloadTooLarge: 'payload-too-large',
  /** The body's content type is not the one the route reads. */
  unsupportedMediaType: 'unsupported-media-type',
  /** Too many requests: back off (the client's backoff with jitter handles it). */
  rateLimited: 'rate-limited',
  /** The app is older than the server supports: it must be updated before it can sync. */
  protocolTooOld: 'protocol-too-old',
  /** The enrollment code does not exist (mistyped, or made up). */
  enrollmentCodeInvalid: 'enrollment-code-invalid',
  /** The enrollment code exists but its validity ended: ask the administrator for a new one. */
  enrollmentCodeExpired: 'enrollment-code-expired',
  /** The enrollment code was already used by another device: codes are one-time. */
  enrollmentCodeUsed: 'enrollment-code-used',
  /** The uploaded bytes do not hash to the blob's SHA-256: the upload is discarded, start again. */
  hashMismatch: 'hash-mismatch',
  /** A different change reused a device sequence number already taken (e.g. a restored backup). */
  seqReused: 'seq-reused',
  /**
   * The device's audit entries do not continue the chain the server holds for it (a gap, a wrong
   * link, an entry whose hash does not match, history rewritten, another device's entries). The
   * tamper-evident log exists so such a break is seen: nothing of the batch is stored, the device
   * is flagged, and its audit pushes stay refused until an administrator clears the flag.
   */
  auditChainBroken: 'audit-chain-broken',
  /** A server bug: nothing was written; retry later with backoff. */
  internal: 'internal',
  /** The server or its database is not available right now: retry later. */
  unavailable: 'unavailable',
} as const;
export type SyncErrorCode = (typeof SyncErrorCode)[keyof typeof SyncErrorCode];

export const syncErrorCodeSchema = z.enum(codeValues(SyncErrorCode));

/**
 * Why the server refused one change of a push (`rejected`): any error code, or a refusal of the
 * approval lifecycle (`ApprovalRefusal` in approvals.ts, each code documented there:
 * 'approval-already-answered', 'approval-wrong-role', 'approval-invalid-transition'). The latter
 * are kept out of SyncErrorCode on purpose: they answer one change and never stop a run, so they
 * are not a sync status the indicator must word; the device keeps the refused change, marked with
 * its code, beside the request it concerns.
 */
export const RejectionCode = {
  ...SyncErrorCode,
  ...ApprovalRefusal,
  ...ContentRefusal,
  ...SequenceRefusal,
} as const;
export type RejectionCode = SyncErrorCode | ApprovalRefusal | ContentRefusal | SequenceRefusal;
export const rejectionCodeSchema = z.enum(codeValues(RejectionCode));

/** The body of every error response. */
export const syncErrorSchema = z.object({
  code: syncErrorCodeSchema,
  message: z.string(),
});
export type SyncError = z.infer<typeof syncErrorSchema>;
