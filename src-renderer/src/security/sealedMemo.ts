/**
 * The envelopes of rows recently opened or sealed in one unlocked session, with the plaintext each
 * holds (DESIGN.md §5). Saving a case opens its row and seals it again in one transaction, and the
 * case page read the same row just before: with AES-GCM in JavaScript (cipher.ts) each of those
 * costs about 0.2 ms of a 4 ms save, while the sealed values (ID numbers, phones…) rarely change
 * when a case is edited. So:
 *  - opening an envelope byte-for-byte equal to one remembered for the same row (same table and
 *    primary key, so the same associated data) gives the remembered plaintext: under one key,
 *    equal IV and ciphertext (its tag included) decrypt to the same bytes, already authenticated;
 *  - sealing values whose JSON is exactly the remembered plaintext of that row stores the
 *    remembered envelope again: the same bytes a fresh seal of those values under that IV gives.
 *    No IV is ever used for two plaintexts. A reader of two copies of the database learns only
 *    that the row's sealed values did not change, which its audit log already says in clear.
 * Bounded like lookupHasher.ts (two generations), and wiped when the keyring locks.
 */
import type { Envelope } from './cipher';

export type SealedMemo = {
  /** The plaintext of `envelope` if it is the one remembered for the row `aad` names. */
  opened(aad: string, envelope: Envelope): string | undefined;
  /** The remembered envelope of row `aad` if it holds exactly `plain`. */
  sealed(aad: string, plain: string): Envelope | undefined;
  /**
   * Remembers that `envelope` is row `aad`'s, holding `plain` exactly as opening it gives it (the
   * sealed text is JSON, whose lone surrogates JSON.stringify escapes, so it survives UTF-8).
   */
  remember(aad: string, envelope: Envelope, plain: string): void;
  /** Drops everything (lock, sign-out). */
  forget(): void;
};

type Entry = { iv: Uint8Array; ct: Uint8Array; plain: string };

/** Rows remembered per generation: a save touches one; an import chunk seals 2,000. */
const GENERATION = 1_000;

export function createSealedMemo(): SealedMemo {
  let recent = new Map<string, Entry>();
  let older = new Map<string, Entry>();
  const find = (aad: string) => recent.get(aad) ?? older.get(aad);

  return {
    opened(aad, envelope) {
      const entry = find(aad);
      if (!entry) return undefined;
      return sameBytes(entry.iv, envelope.iv) && sameBytes(entry.ct, envelope.ct)
        ? entry.plain
        : undefined;
    },
    sealed(aad, plain) {
      const entry = find(aad);
      if (!entry || entry.plain !== plain) return undefined;
      // Fresh arrays: the stored row must not share bytes with the memo.
      return { v: 1, iv: entry.iv.slice(), ct: entry.ct.slice() };
    },
    remember(aad, envelope, plain) {
      if (!recent.has(aad) && recent.size >= GENERATION) {
        older = recent;
        recent = new Map();
      }
      recent.set(aad, { iv: copyOf(envelope.iv), ct: copyOf(envelope.ct), plain });
    },
    forget() {
      recent.clear();
      older.clear();
    },
  };
}

function copyOf(bytes: ArrayBufferView): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
}

function sameBytes(a: Uint8Array, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const other = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < a.length; i++) if (a[i] !== other[i]) return false;
  return true;
}
