/**
 * The recovery key's wrap of the data key (DESIGN.md §5). The recovery key is 128 random bits, so
 * HKDF suffices to make its key-encryption key (no password stretching needed).
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { RECOVERY_KEY_BYTES, formatRecoveryKey } from '../../../src-shared/security/recoveryKey';
import type { Envelope } from './cipher';
import { unwrapDataKey, wrapAad, wrapDataKey } from './keyWrap';

function recoveryKek(secret: Uint8Array): Uint8Array {
  return hkdf(sha256, secret, undefined, utf8ToBytes('jianhu/recovery/kek/v1'), 32);
}

/** A new recovery key (the text to print) and the data key wrapped under it (to store). */
export async function makeRecoveryWrap(
  dataKey: Uint8Array,
): Promise<{ text: string; wrapped: Envelope }> {
  const secret = crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES));
  const wrapped = await wrapDataKey(recoveryKek(secret), dataKey, wrapAad.recovery);
  return { text: formatRecoveryKey(secret), wrapped };
}

/** The data key, or null when the recovery key does not open the wrap. */
export function openRecoveryWrap(
  secret: Uint8Array,
  wrapped: Envelope,
): Promise<Uint8Array | null> {
  return unwrapDataKey(recoveryKek(secret), wrapped, wrapAad.recovery);
}
