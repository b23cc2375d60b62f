/**
 * Postings: for each term, the documents (ordinals, ascending) that have it, each with a 4-bit
 * field mask, encoded as varints of (gap from the previous ordinal) << 4 | mask — 1–2 bytes for
 * common terms. No object per term (130k terms at 100k cases); two parts:
 *  - the base: every term's postings back to back in one byte array (what a snapshot loads);
 *  - chains: postings added since, appended in place to per-term chains of slices in a paged
 *    byte pool (Lucene's ByteBlockPool idea). A slice ends in a 4-byte link to the next, bigger
 *    slice; unused bytes stay 0, which no posting starts with (every value is ≥ 16).
 * New documents always get higher ordinals than any indexed one, so appending keeps each term's
 * list ascending and building 100k cases never rewrites what is already there; `merge` folds the
 * chains into a new base by copying bytes, and with a remap re-encodes to drop dead ordinals.
 * A capped log of the postings added since the last persist lets the index be saved as a delta.
 */
import { ensureCapacity } from './growable';
import { copyBytes, decodeRange, readLink, writeVarint, type Writer } from './postingBytes';

/** Ordinals must fit in 28 bits beside the mask (the index compacts long before that). */
export const MAX_ORDINALS = 1 << 27;

const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
/** Slice sizes by level (link included): small for the many rare terms, larger for common ones. */
const SLICE_SIZES = [8, 16, 32, 64, 128, 256] as const;
const LAST_LEVEL = SLICE_SIZES.length - 1;
/** Postings kept for a delta; beyond this the next save is a snapshot. */
export const MAX_LOGGED = 1 << 18;

export type PostingStoreState = {
  /** Base postings of term t are bytes[offsets[t], offsets[t + 1]). */
  offsets: Uint32Array;
  bytes: Uint8Array;
  /** Postings per term. */
  df: Uint32Array;
  /** Last ordinal per term (-1 = none): where the next posting's gap counts from. */
  last: Int32Array;
};

/** A term's postings decoded into caller-owned buffers. */
export type Decoded = { ords: Uint32Array; masks: Uint8Array; count: number };

export class PostingStore {
  private offsets: Uint32Array = new Uint32Array(1);
  private bytes: Uint8Array = new Uint8Array(0);
  private df: Uint32Array = new Uint32Array(1024);
  /** Per term: last ordinal (base or chain), -1 when none. */
  private last: Int32Array = new Int32Array(1024).fill(-1);
  /** Per term: pool address of its first slice, -1 when it has no chain. */
  private head: Int32Array = new Int32Array(1024).fill(-1);
  /** Per term: where its next byte goes. */
  private writeAt: Int32Array = new Int32Array(1024);
  /** Per term: address of its current slice's link (end of payload). */
  private sliceEnd: Int32Array = new Int32Array(1024);
  private level: Uint8Array = new Uint8Array(1024);
  private pages: Uint8Array[] = [];
  private poolEnd = 0;
  private chained = 0;
  private logTerms: number[] = [];
  private logPostings: number[] = [];
  /** The log overflowed or the base was rewritten: the next save must be a snapshot. */
  logOverflowed = false;

  /** Postings appended to chains since the last merge. */
  get chainedCount(): number {
    return this.chained;
  }

  /** Bytes held (base + pool pages). */
  get byteSize(): number {
    return this.bytes.length + this.pages.length * PAGE_SIZE;
  }

  docFrequency(term: number): number {
    return this.df[term] ?? 0;
  }

  add(term: number, ord: number, mask: number): void {
    if (term >= this.df.length) this.growTerms(term + 1);
    const value = ((ord - (this.last[term] ?? -1)) * 16 + mask) >>> 0;
    const size =
      value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
    let at = this.writeAt[term] ?? 0;
    if ((this.head[term] ?? -1) < 0) {
      at = this.allocate(0);
      this.head[term] = at;
      this.level[term] = 0;
      this.sliceEnd[term] = at + (SLICE_SIZES[0] - 4);
    } else if (at + size > (this.sliceEnd[term] ?? 0)) {
      const level = Math.min(LAST_LEVEL, (this.level[term] ?? 0) + 1);
      const next = this.allocate(level);
      this.writeLink(this.sliceEnd[term] ?? 0, next);
      this.level[term] = level;
      this.sliceEnd[term] = next + ((SLICE_SIZES[level] ?? 256) - 4);
      at = next;
    }
    const page = this.pages[at >>> PAGE_BITS] ?? new Uint8Array(0);
    let off = at & PAGE_MASK;
    let v = value;
    while (v >= 0x80) {
      page[off++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    page[off] = v;
    this.writeAt[term] = at + size;
    this.last[term] = ord;
    this.df[term] = (this.df[term] ?? 0) + 1;
    this.chained++;
    if (this.logOverflowed) return;
    if (this.logTerms.length >= MAX_LOGGED) {
      this.logOverflowed = true;
      this.logTerms = [];
      this.logPostings = [];
    } else {
      this.logTerms.push(term);
      this.logPostings.push(((ord << 4) | mask) >>> 0);
    }
  }

  private allocate(level: number): number {
    const size = SLICE_SIZES[level] ?? 256;
    const pageEnd = this.pages.length * PAGE_SIZE;
    if (this.poolEnd + size > pageEnd) {
      this.pages.push(new Uint8Array(PAGE_SIZE));
      this.poolEnd = (this.pages.length - 1) * PAGE_SIZE;
    }
    const at = this.poolEnd;
    this.poolEnd += size;
    return at;
  }

  private writeLink(at: number, target: number): void {
    const page = this.pages[at >>> PAGE_BITS] ?? new Uint8Array(0);
    const off = at & PAGE_MASK;
    page[off] = target & 0xff;
    page[off + 1] = (target >>> 8) & 0xff;
    page[off + 2] = (target >>> 16) & 0xff;
    page[off + 3] = (target >>> 24) & 0xff;
  }

  private growTerms(n: number): void {
    const before = this.df.length;
    this.df = ensureCapacity(this.df, n, Uint32Array);
    const after = this.df.length;
    this.last = ensureCapacity(this.last, after, Int32Array);
    this.last.fill(-1, before);
    this.head = ensureCapacity(this.head, after, Int32Array);
    this.head.fill(-1, before);
    this.writeAt = ensureCapacity(this.writeAt, after, Int32Array);
    this.sliceEnd = ensureCapacity(this.sliceEnd, after, Int32Array);
    this.level = ensureCapacity(this.level, after, Uint8Array);
  }

  /** Decodes `term`'s postings (ascending) into `out`, replacing its buffers if too small. */
  decode(term: number, out: Decoded): Decoded {
    const need = this.docFrequency(term);
    let { ords, masks } = out;
    if (ords.length < need) {
      ords = new Uint32Array(Math.max(need, ords.length * 2));
      masks = new Uint8Array(ords.length);
    }
    const result: Decoded = { ords, masks, count: 0 };
    const cursor = { ord: -1 };
    if (term + 1 < this.offsets.length) {
      decodeRange(this.bytes, this.offsets[term] ?? 0, this.offsets[term + 1] ?? 0, cursor, result);
    }
    let at = this.head[term] ?? -1;
    let level = 0;
    // The count bound also stops a walk over a damaged chain instead of looping.
    while (at >= 0 && result.count < need) {
      const page = this.pages[at >>> PAGE_BITS] ?? new Uint8Array(0);
      const off = at & PAGE_MASK;
      const linkOff = off + (SLICE_SIZES[level] ?? 256) - 4;
      if (at + (linkOff - off) === this.sliceEnd[term]) {
        decodeRange(page, off, off + ((this.writeAt[term] ?? 0) - at), cursor, result);
        break;
      }
      decodeRange(page, off, linkOff, cursor, result);
      at = readLink(page, linkOff);
      level = Math.min(LAST_LEVEL, level + 1);
    }
    return result;
  }

  /**
   * Writes a new base holding every posting and empties the chains. Chains already hold varints
   * that continue their term's base, so this is a byte copy. With `remap` (old ordinal → new,
   * -1 = drop) postings are re-encoded instead, which drops dead documents and closes their gaps.
   */
  merge(termCount: number, remap?: Int32Array): void {
    const terms = Math.max(termCount, this.offsets.length - 1);
    if (terms > this.df.length) this.growTerms(terms);
    const offsets = new Uint32Array(terms + 1);
    const writer = { out: new Uint8Array(this.bytes.length + this.chained * 2 + 64), at: 0 };
    let scratch: Decoded = { ords: new Uint32Array(256), masks: new Uint8Array(256), count: 0 };
    for (let t = 0; t < terms; t++) {
      offsets[t] = writer.at;
      if (remap) {
        scratch = this.decode(t, scratch);
        this.reencode(t, scratch, remap, writer);
      } else {
        this.copyTerm(t, writer);
      }
    }
    offsets[terms] = writer.at;
    this.offsets = offsets;
    this.bytes = writer.out.slice(0, writer.at);
    this.head.fill(-1);
    this.pages = [];
    this.poolEnd = 0;
    this.chained = 0;
    if (remap) {
      this.logOverflowed = true;
      this.logTerms = [];
      this.logPostings = [];
    }
  }

  private reencode(term: number, postings: Decoded, remap: Int32Array, writer: Writer): void {
    let prev = -1;
    let kept = 0;
    for (let i = 0; i < postings.count; i++) {
      const ord = remap[postings.ords[i] ?? 0] ?? -1;
      if (ord < 0) continue;
      writeVarint(writer, (ord - prev) * 16 + (postings.masks[i] ?? 0));
      prev = ord;
      kept++;
    }
    this.last[term] = prev;
    this.df[term] = kept;
  }

  private copyTerm(term: number, writer: Writer): void {
    if (term + 1 < this.offsets.length) {
      copyBytes(this.bytes, this.offsets[term] ?? 0, this.offsets[term + 1] ?? 0, writer);
    }
    let at = this.head[term] ?? -1;
    let level = 0;
    while (at >= 0) {
      const page = this.pages[at >>> PAGE_BITS] ?? new Uint8Array(0);
      const off = at & PAGE_MASK;
      const linkOff = off + (SLICE_SIZES[level] ?? 256) - 4;
      if (at + (linkOff - off) === this.sliceEnd[term]) {
        copyBytes(page, off, off + ((this.writeAt[term] ?? 0) - at), writer);
        return;
      }
      // Unused bytes at a slice's end are 0, and no byte of a posting is.
      const zero = page.indexOf(0, off);
      copyBytes(page, off, zero >= 0 && zero < linkOff ? zero : linkOff, writer);
      at = readLink(page, linkOff);
      level = Math.min(LAST_LEVEL, level + 1);
    }
  }

  /** The postings in persisted form; call `merge` first so the chains are empty. */
  state(): PostingStoreState {
    if (this.chained > 0) throw new Error('merge the chains before taking a snapshot');
    const terms = this.offsets.length - 1;
    return {
      offsets: this.offsets.slice(),
      bytes: this.bytes,
      df: this.df.slice(0, terms),
      last: this.last.slice(0, terms),
    };
  }

  static fromState(state: PostingStoreState, termCount: number): PostingStore {
    const store = new PostingStore();
    store.growTerms(Math.max(termCount, state.df.length, 1));
    store.offsets = state.offsets;
    store.bytes = state.bytes;
    store.df.set(state.df);
    store.last.set(state.last);
    return store;
  }

  /** Postings logged since the last `clearLog` (a delta's), or null if the log overflowed. */
  logged(): { terms: Uint32Array; postings: Uint32Array } | null {
    if (this.logOverflowed) return null;
    return { terms: Uint32Array.from(this.logTerms), postings: Uint32Array.from(this.logPostings) };
  }

  /** Starts a new log (after a save, or after loading what was saved). */
  clearLog(): void {
    this.logTerms = [];
    this.logPostings = [];
    this.logOverflowed = false;
  }

  /** Replays persisted postings (a delta's). */
  appendLogged(terms: Uint32Array, postings: Uint32Array): void {
    for (let i = 0; i < terms.length; i++) {
      const v = postings[i] ?? 0;
      this.add(terms[i] ?? 0, v >>> 4, v & 15);
    }
  }
}
