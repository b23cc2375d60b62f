/**
 * The recovery key (DESIGN.md §5): printed once at the first run, it unwraps the unit's data key
 * when the last administrator's password is lost — a written-down procedure, not a back door.
 * 16 random bytes plus a 4-byte checksum, written as 8 groups of 4 Crockford base32 characters
 * (no I, L, O, U: easy to read aloud and to type from paper; typos are caught by the checksum).
 */
import { sha256 } from '@noble/hashes/sha2.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes in a recovery key: 128 bits. */
export const RECOVERY_KEY_BYTES = 16;
const CHECK_BYTES = 4;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31] ?? '';
  return out;
}

/** Crockford's reading rules: O → 0, I/L → 1, case ignored. */
function fromBase32(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const raw of text.toUpperCase()) {
    const ch = raw === 'O' ? '0' : raw === 'I' || raw === 'L' ? '1' : raw;
    const index = ALPHABET.indexOf(ch);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

function checksum(secret: Uint8Array): Uint8Array {
  return sha256(secret).subarray(0, CHECK_BYTES);
}

/** "ABCD-EFGH-…" (8 groups) for 16 random bytes. */
export function formatRecoveryKey(secret: Uint8Array): string {
  if (secret.length !== RECOVERY_KEY_BYTES) throw new Error('a recovery key has 16 bytes');
  const all = new Uint8Array(RECOVERY_KEY_BYTES + CHECK_BYTES);
  all.set(secret);
  all.set(checksum(secret), RECOVERY_KEY_BYTES);
  const text = toBase32(all);
  return text.match(/.{1,4}/g)?.join('-') ?? text;
}

/** The 16 bytes of a typed recovery key, or null when it is mistyped (checksum, length, letters). */
export function parseRecoveryKey(typed: string): Uint8Array | null {
  const compact = typed.replace(/[\s-]/g, '');
  if (compact.length !== 32) return null;
  const all = fromBase32(compact);
  if (all?.length !== RECOVERY_KEY_BYTES + CHECK_BYTES) return null;
  const secret = all.subarray(0, RECOVERY_KEY_BYTES);
  const expected = checksum(secret);
  const given = all.subarray(RECOVERY_KEY_BYTES);
  return expected.every((b, i) => b === given[i]) ? Uint8Array.from(secret) : null;
}
