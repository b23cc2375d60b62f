/**
 * The keyed lookup hashes of one unlocked session, made fast (DESIGN.md §5): an import of 10k
 * cases hashes every ID number and phone twice (sealing the row, then handing the record to the
 * search index), and a fresh HMAC per term spent most of the encryption's cost there (profile in
 * bench/README.md). So the HMAC's keyed inner and outer states are computed once and copied into
 * one reused instance per term, and recent terms are remembered until the keyring locks.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export type LookupHasher = {
  /** The same value as rowSealing's `lookupHash(key, term)`. */
  hash(term: string): string;
  /** Wipes the keyed states and the remembered terms (lock, sign-out). */
  forget(): void;
};

/** Enough for the terms of the largest import chunk (2,000 cases × a few parties), bounded. */
const REMEMBERED = 20_000;
const HASH_HEX_LENGTH = 32;

export function createLookupHasher(lookupKey: Uint8Array): LookupHasher {
  const keyed = hmac.create(sha256, lookupKey);
  const scratch = keyed.clone();
  const out = new Uint8Array(scratch.outputLen);
  const remembered = new Map<string, string>();

  const compute = (term: string): string => {
    keyed._cloneInto(scratch);
    scratch.update(utf8ToBytes(term));
    scratch.digestInto(out);
    return bytesToHex(out).slice(0, HASH_HEX_LENGTH);
  };

  return {
    hash(term) {
      const known = remembered.get(term);
      if (known !== undefined) return known;
      const made = compute(term);
      // Oldest first out: a Map iterates in insertion order.
      if (remembered.size >= REMEMBERED)
        remembered.delete(remembered.keys().next().value as string);
      remembered.set(term, made);
      return made;
    },
    forget() {
      remembered.clear();
      keyed.destroy();
      scratch.destroy();
      out.fill(0);
    },
  };
}
