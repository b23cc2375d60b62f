/**
 * The server's bookkeeping of a device's changes: which sequence numbers it accepts, and what
 * makes a resent change the same change. A device's last sequence is moved only by changes
 * answered for the first time, so neither a resend nor a forged number can pin it.
 */
import { canonicalJson } from '../audit/canonicalJson';
import type { OutboxChange } from './change';

/** Refusals of one change for its bookkeeping; it is stored nowhere and moves nothing. */
export const SequenceRefusal = {
  /**
   * deviceSeq above MAX_DEVICE_SEQ or more than DEVICE_SEQ_WINDOW past the device's last
   * sequence: no real outbox counts that far, and accepting it would pin the last sequence.
   */
  seqOutOfRange: 'seq-out-of-range',
  /**
   * A known changeId sent again with other content (entity, id, op, baseRev or patch): answering
   * `duplicate` would drop the new content silently.
   */
  changeIdReused: 'change-id-reused',
} as const;
export type SequenceRefusal = (typeof SequenceRefusal)[keyof typeof SequenceRefusal];

/** Highest deviceSeq accepted: PostgreSQL's int4, far beyond what a workstation will count. */
export const MAX_DEVICE_SEQ = 2 ** 31 - 1;

/** How far past its last acknowledged sequence a device may number a change. */
export const DEVICE_SEQ_WINDOW = 100_000;

/** Whether deviceSeq is acceptable for a device whose last acknowledged sequence is lastSeq. */
export function isDeviceSeqInRange(deviceSeq: number, lastSeq: number): boolean {
  return deviceSeq <= MAX_DEVICE_SEQ && deviceSeq <= lastSeq + DEVICE_SEQ_WINDOW;
}

/**
 * What makes two sends one change: everything that decides its effect. deviceSeq and deviceTime
 * are left out on purpose: a change resent under a new sequence (a restored outbox renumbered)
 * is still the same change.
 */
export function changeContentJson(
  change: Pick<OutboxChange, 'entity' | 'entityId' | 'op' | 'baseRev' | 'patch'>,
): string {
  const { entity, entityId, op, baseRev, patch } = change;
  return canonicalJson({ entity, entityId, op, baseRev, patch });
}
