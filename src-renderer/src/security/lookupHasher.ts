/**
 * The keyed lookup hashes of one unlocked session, made fast (DESIGN.md §5): an import of 10k
 * cases hashes every ID number and phone twice (sealing the row, then handing the record to the
 * search index), and a fresh HMAC per term spent most of the encryption's cost there (profile in
 * bench/RESULTS.md). So the HMAC's keyed inner and outer states are computed once and copied into
 * one reused instance per term, and recent terms are remembered until the keyring locks.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8Bytes } from '../../../src-shared/audit/sha256';

export type LookupHasher = {
  /** The same value as rowSealing's `lookupHash(key, term)`. */
  hash(term: string): string;
  /** Wipes the keyed states and the remembered terms (lock, sign-out). */
  forget(): void;
};

/**
 * Terms remembered per generation; two generations are kept (the newest and the one before), so
 * the memory stays bounded by twice this (≈ 10 MB). A 2,000-case import chunk has ≈ 16,000 terms,
 * and the search index may ask for them after the next chunk has been sealed. Generations rather
 * than evicting the oldest entry of one Map: V8 skips the deleted slots at the front of a Map on
 * every `keys().next()`, which made that eviction quadratic (a profile of the 10k import showed it).
 */
const GENERATION = 40_000;
const HASH_HEX_LENGTH = 32;

export function createLookupHasher(lookupKey: Uint8Array): LookupHasher {
  const keyed = hmac.create(sha256, lookupKey);
  const scratch = keyed.clone();
  const out = new Uint8Array(scratch.outputLen);
  let recent = new Map<string, string>();
  let older = new Map<string, string>();

  const compute = (term: string): string => {
    keyed._cloneInto(scratch);
    // The JavaScript encoder: TextEncoder's call costs more than the hashing for terms this short.
    scratch.update(utf8Bytes(term));
    scratch.digestInto(out);
    return bytesToHex(out).slice(0, HASH_HEX_LENGTH);
  };

  return {
    hash(term) {
      const known = recent.get(term) ?? older.get(term);
      const made = known ?? compute(term);
      if (!recent.has(term)) {
        if (recent.size >= GENERATION) {
          older = recent;
          recent = new Map();
        }
        recent.set(term, made);
      }
      return made;
    },
    forget() {
      recent.clear();
      older.clear();
      keyed.destroy();
      scratch.destroy();
      out.fill(0);
    },
  };
}
