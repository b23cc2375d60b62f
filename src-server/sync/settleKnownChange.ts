/**
 * The answers a push gives from its bookkeeping alone, before a change's content is looked at
 * (pure, called by planPush for every change in order). None of them is stored as a first answer,
 * so none moves the device's last sequence:
 *
 * - a changeId answered before, with the same content → `duplicate` with that first answer;
 *   with other content → `change-id-reused` (the new content is not silently dropped); of another
 *   device → `forbidden`. Rows from before content hashes were kept are taken as the same content.
 * - a deviceSeq past the range (`isDeviceSeqInRange`) → `seq-out-of-range`;
 * - a deviceSeq another change holds → `seq-reused`.
 */
import type { PushChange, PushResult } from '../../src-shared/sync/push';
import type { RejectionCode } from '../../src-shared/sync/errors';
import {
  DEVICE_SEQ_WINDOW,
  MAX_DEVICE_SEQ,
  isDeviceSeqInRange,
} from '../../src-shared/sync/sequenceRefusal';
import type { PushState, StoredAnswer } from './pushState';

function duplicateOf(earlier: StoredAnswer, changeId: string): PushResult {
  const { answer } = earlier;
  const rev =
    answer.status === 'applied'
      ? answer.rev
      : answer.status === 'conflict'
        ? answer.serverRecord.rev
        : undefined;
  return { status: 'duplicate', changeId, ...(rev === undefined ? {} : { rev }), original: answer };
}

/** The answer when bookkeeping settles the change, or null when it is fresh and must be decided. */
export function settleKnownChange(
  state: PushState,
  deviceId: string,
  change: PushChange,
  contentHash: string,
): PushResult | null {
  const { changeId } = change;
  const refuse = (code: RejectionCode, reason: string): PushResult => ({
    status: 'rejected',
    changeId,
    code,
    reason,
  });
  const earlier = state.byChangeId.get(changeId);
  if (earlier !== undefined) {
    if (earlier.deviceId !== deviceId)
      return refuse('forbidden', 'changeId belongs to another device');
    if (earlier.contentHash !== null && earlier.contentHash !== contentHash)
      return refuse('change-id-reused', 'this changeId was answered for other content');
    return duplicateOf(earlier, changeId);
  }
  if (!isDeviceSeqInRange(change.deviceSeq, state.lastSeq)) {
    return refuse(
      'seq-out-of-range',
      `deviceSeq must be at most ${MAX_DEVICE_SEQ} and ${DEVICE_SEQ_WINDOW} past the last acknowledged ${state.lastSeq}`,
    );
  }
  if (state.bySeq.has(change.deviceSeq))
    return refuse('seq-reused', 'another change already holds this deviceSeq');
  return null;
}
