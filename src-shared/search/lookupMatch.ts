/**
 * The index's hidden field: keyed hashes of a case's normalised ID numbers and phones (DESIGN.md
 * §5). Each hash is a term of its own, matched whole: never tokenised, never part of a text
 * query's plan, never weighed by idf. A query carrying a case's hash finds it, above every case
 * found by text alone. The values themselves never reach the index: only hashes made where the
 * key is (the main thread, or the sealing of the row) do.
 */
import type { MatchResult } from './matcher';
import { orderResults } from './orderResults';
import type { Decoded, PostingStore } from './postingStore';
import type { TermDictionary } from './termDictionary';

/** Starts every lookup term: a character no text token holds, so a hash never meets a word. */
const LOOKUP_MARK = '=';
/** Lookup postings carry no field bit: they are not text, and nothing ranks them by field. */
const LOOKUP_MASK = 0;
/** What `lookupHash` makes (security/rowSealing.ts): anything else is not indexed. */
const HASH_PATTERN = /^[0-9a-f]{32}$/;

/**
 * True for a lookup hash. The index takes nothing else as a lookup, so a malformed `_lookup`
 * (say, a clear value a bug put there) is dropped instead of being stored in the segments.
 */
export function isLookupHash(value: unknown): value is string {
  return typeof value === 'string' && HASH_PATTERN.test(value);
}

/** The dictionary key of a lookup hash. */
function lookupKey(hash: string): string {
  return LOOKUP_MARK + hash;
}

/** Indexes the lookup hashes of the document just given ordinal `ord` (after its text terms). */
export function indexLookups(
  dict: TermDictionary,
  postings: PostingStore,
  ord: number,
  hashes: readonly string[],
): void {
  // Each hash once: a second posting of one ordinal would have a gap of 0, which the encoding
  // cannot hold.
  for (const hash of new Set(hashes)) {
    if (isLookupHash(hash)) postings.add(dict.internStr(lookupKey(hash)), ord, LOOKUP_MASK);
  }
}

/** The documents `accept` lets through that have any of `hashes`: ordinals ascending, each once. */
export function matchLookups(
  dict: TermDictionary,
  postings: PostingStore,
  hashes: readonly string[],
  accept: (ord: number) => boolean,
): Uint32Array {
  const found = new Set<number>();
  let scratch: Decoded = { ords: new Uint32Array(16), masks: new Uint8Array(16), count: 0 };
  for (const hash of new Set(hashes)) {
    if (!isLookupHash(hash)) continue;
    const term = dict.lookup(lookupKey(hash));
    if (term < 0) continue;
    scratch = postings.decode(term, scratch);
    // Postings keep a changed case's old versions until a compaction: `accept` drops the dead.
    for (let i = 0; i < scratch.count; i++) {
      const ord = scratch.ords[i] ?? 0;
      if (accept(ord)) found.add(ord);
    }
  }
  return Uint32Array.from(found).sort();
}

type Order = { order: Uint32Array; rank: Uint32Array };
type Ordered = { ords: Uint32Array; total: number };

/**
 * Lookup matches OR text matches, as one list. By relevance the lookup matches come first (most
 * recently updated first: a hash matches or it does not, there is nothing else to rank by), then
 * the other text matches by score; by a date, all of them in date order.
 */
export function orderWithLookups(
  found: Uint32Array,
  match: MatchResult | null,
  order: Order,
  docCount: number,
  how: { byRelevance: boolean; direction: 'asc' | 'desc'; limit: number },
): Ordered {
  const { byRelevance, direction, limit } = how;
  const scores = match?.scores ?? new Float32Array(0);
  const textOnly = match
    ? without(match.ords.subarray(0, match.count), found)
    : found.subarray(0, 0);
  if (!byRelevance) {
    const all = union(found, textOnly);
    return orderResults.byOrder(
      { ords: all, count: all.length, scores },
      order,
      docCount,
      direction,
      limit,
    );
  }
  const head = orderResults.byOrder(
    { ords: found, count: found.length, scores },
    order,
    docCount,
    'desc',
    limit,
  );
  const tail = orderResults.byScore(
    { ords: textOnly, count: textOnly.length, scores },
    order,
    limit - head.ords.length,
  );
  const ords = new Uint32Array(head.ords.length + tail.ords.length);
  ords.set(head.ords);
  ords.set(tail.ords, head.ords.length);
  return { ords, total: head.total + tail.total };
}

/** Ascending `a` without the members of ascending `b`. */
function without(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length);
  let k = 0;
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] ?? 0) < x) j++;
    if (b[j] !== x) out[k++] = x;
  }
  return out.subarray(0, k);
}

/** Two ascending, disjoint lists merged into one ascending list. */
function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x < y) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  return out;
}
