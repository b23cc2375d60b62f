/**
 * The index in persisted form: a snapshot (everything, postings bytes cut into chunks so no stored
 * value gets huge) and deltas (what was appended since a mark: new documents, tombstones, new
 * terms, tail postings). Values are typed arrays and strings, which IndexedDB stores by structured
 * clone with no JSON and no per-posting objects; loading is a few copies and two Map builds.
 * Everything read back is checked: a wrong format version or a malformed value throws
 * `SearchIndexFormatError`, and the caller rebuilds from the cases.
 */
import { CaseIndex } from './caseIndex';
import { CODE_COLUMNS, DocTable, type CodeColumn, type DocTableState } from './docTable';
import { PostingStore, type PostingStoreState } from './postingStore';
import { TermDictionary, type TermDictionaryState } from './termDictionary';

/** Bump on any change to the persisted shapes or to tokenisation; older segments are rebuilt. */
/** 2: lookup hashes of ID numbers and phones (lookupMatch.ts). */
export const SEARCH_INDEX_FORMAT = 2;

export type SnapshotHead = {
  format: number;
  docs: DocTableState;
  terms: TermDictionaryState;
  postings: Omit<PostingStoreState, 'bytes'> & { byteLength: number; chunks: number };
};
export type IndexSnapshot = { head: SnapshotHead; chunks: Uint8Array[] };

/** Where the persisted state ended; a delta carries what came after it. */
export type IndexMark = {
  docs: number;
  killed: number;
  terms: number;
  values: Record<CodeColumn, number>;
  epoch: number;
};

export type IndexDelta = {
  format: number;
  /** The document count and term count the delta continues from. */
  fromDocs: number;
  fromTerms: number;
  docs: DocTableState;
  terms: TermDictionaryState;
  /** Postings added since the mark: term ids, and ordinal << 4 | mask. */
  postingTerms: Uint32Array;
  postings: Uint32Array;
};

export class SearchIndexFormatError extends Error {
  override readonly name = 'SearchIndexFormatError';
}

/**
 * Marks everything indexed so far as saved: the next delta starts here. Call right after taking
 * the snapshot or delta being saved, before anything else is indexed.
 */
export function markIndex(index: CaseIndex): IndexMark {
  index.postings.clearLog();
  return {
    docs: index.docs.count,
    killed: index.docs.killedCount,
    terms: index.dict.size,
    values: index.docs.valueCounts(),
    epoch: index.epoch,
  };
}

/** Everything, with the chains folded into the base first (so it also tidies the index). */
export function snapshotIndex(index: CaseIndex, chunkBytes = 8 * 1024 * 1024): IndexSnapshot {
  index.optimize();
  const { bytes, ...postings } = index.postings.state();
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    chunks.push(bytes.slice(at, at + chunkBytes));
  }
  return {
    head: {
      format: SEARCH_INDEX_FORMAT,
      docs: index.docs.stateFrom(0, index.docs.killedCount),
      terms: index.dict.stateFrom(0),
      postings: { ...postings, byteLength: bytes.length, chunks: chunks.length },
    },
    chunks,
  };
}

/** What was appended since `mark`, or null when the index was rewritten since (write a snapshot). */
export function deltaSince(index: CaseIndex, mark: IndexMark): IndexDelta | null {
  const logged = index.postings.logged();
  if (!logged || mark.epoch !== index.epoch) return null;
  return {
    format: SEARCH_INDEX_FORMAT,
    fromDocs: mark.docs,
    fromTerms: mark.terms,
    docs: index.docs.stateFrom(mark.docs, mark.killed, mark.values),
    terms: index.dict.stateFrom(mark.terms),
    postingTerms: logged.terms,
    postings: logged.postings,
  };
}

export function restoreIndex(head: unknown, chunks: readonly unknown[]): CaseIndex {
  const h = record(head, 'head');
  if (h.format !== SEARCH_INDEX_FORMAT) throw new SearchIndexFormatError('format version');
  const docsState = checkDocs(h.docs);
  const termsState = checkTerms(h.terms);
  const p = record(h.postings, 'postings');
  const byteLength = num(p.byteLength, 'byteLength');
  if (chunks.length !== num(p.chunks, 'chunks')) throw new SearchIndexFormatError('chunk count');
  const bytes = new Uint8Array(byteLength);
  let at = 0;
  for (const chunk of chunks) {
    const part = typed(chunk, Uint8Array, 'chunk');
    if (at + part.length > byteLength) throw new SearchIndexFormatError('chunk length');
    bytes.set(part, at);
    at += part.length;
  }
  if (at !== byteLength) throw new SearchIndexFormatError('bytes length');
  const offsets = typed(p.offsets, Uint32Array, 'offsets');
  const postingsState: PostingStoreState = {
    offsets,
    bytes,
    last: typed(p.last, Int32Array, 'last'),
    df: typed(p.df, Uint32Array, 'df'),
  };
  const docs = new DocTable();
  docs.appendState(docsState);
  const dict = new TermDictionary();
  if (!dict.appendState(termsState)) throw new SearchIndexFormatError('terms');
  const baseTerms = offsets.length - 1;
  if (
    baseTerms < 0 ||
    baseTerms > dict.size ||
    postingsState.last.length !== baseTerms ||
    postingsState.df.length !== baseTerms
  ) {
    throw new SearchIndexFormatError('offsets');
  }
  for (let t = 0; t < baseTerms; t++) {
    if ((offsets[t] ?? 0) > (offsets[t + 1] ?? 0))
      throw new SearchIndexFormatError('offsets order');
  }
  if (offsets[baseTerms] !== byteLength) throw new SearchIndexFormatError('offsets end');
  for (const ord of postingsState.last) {
    if (ord >= docs.count) throw new SearchIndexFormatError('last ordinal');
  }
  return new CaseIndex({ docs, dict, postings: PostingStore.fromState(postingsState, dict.size) });
}

/** Appends a delta written by `deltaSince` at exactly this index's current counts. */
export function applyDelta(index: CaseIndex, delta: unknown): void {
  const d = record(delta, 'delta');
  if (d.format !== SEARCH_INDEX_FORMAT) throw new SearchIndexFormatError('format version');
  if (d.fromDocs !== index.docs.count || d.fromTerms !== index.dict.size) {
    throw new SearchIndexFormatError('delta does not continue the index');
  }
  const docs = checkDocs(d.docs);
  const terms = checkTerms(d.terms);
  const postingTerms = typed(d.postingTerms, Uint32Array, 'postingTerms');
  const postings = typed(d.postings, Uint32Array, 'postings');
  checkPostings(postingTerms, postings, index.dict.size + terms.numKeys.length, {
    from: index.docs.count,
    to: index.docs.count + docs.alive.length,
  });
  if (!index.dict.appendState(terms)) throw new SearchIndexFormatError('terms');
  index.docs.appendState(docs);
  index.postings.appendLogged(postingTerms, postings);
}

function checkDocs(value: unknown): DocTableState {
  const v = record(value, 'docs');
  const ids = str(v.ids, 'ids');
  const n = ids === '' ? 0 : ids.split('\n').length;
  const sized = <T extends { length: number }>(x: T, name: string): T => {
    if (x.length !== n) throw new SearchIndexFormatError(`${name} length`);
    return x;
  };
  const codes = record(v.codes, 'codes');
  const values = record(v.values, 'values');
  const state: DocTableState = {
    ids,
    alive: sized(typed(v.alive, Uint8Array, 'alive'), 'alive'),
    deleted: sized(typed(v.deleted, Uint8Array, 'deleted'), 'deleted'),
    updatedAt: sized(typed(v.updatedAt, Float64Array, 'updatedAt'), 'updatedAt'),
    receivedAt: sized(typed(v.receivedAt, Float64Array, 'receivedAt'), 'receivedAt'),
    codes: {
      caseType: new Uint16Array(0),
      focalPoint: new Uint16Array(0),
      status: new Uint16Array(0),
      handlerId: new Uint16Array(0),
    },
    values: { caseType: [], focalPoint: [], status: [], handlerId: [] },
    killed: typed(v.killed, Uint32Array, 'killed'),
  };
  for (const column of CODE_COLUMNS) {
    state.codes[column] = sized(typed(codes[column], Uint16Array, column), column);
    const list = values[column];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      throw new SearchIndexFormatError(`${column} values`);
    }
    state.values[column] = list;
  }
  return state;
}

function checkTerms(value: unknown): TermDictionaryState {
  const v = record(value, 'terms');
  return { numKeys: typed(v.numKeys, Int32Array, 'numKeys'), strKeys: str(v.strKeys, 'strKeys') };
}

/** A delta's postings: known terms, and only its own documents, in ascending order per term. */
function checkPostings(
  terms: Uint32Array,
  postings: Uint32Array,
  termCount: number,
  docs: { from: number; to: number },
): void {
  if (terms.length !== postings.length) throw new SearchIndexFormatError('postings length');
  let prevOrd = docs.from;
  for (let i = 0; i < terms.length; i++) {
    const ord = (postings[i] ?? 0) >>> 4;
    if ((terms[i] ?? 0) >= termCount || ord < prevOrd || ord >= docs.to) {
      throw new SearchIndexFormatError('posting');
    }
    prevOrd = ord;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function record(value: unknown, name: string): Record<string, unknown> {
  if (!isRecord(value)) throw new SearchIndexFormatError(name);
  return value;
}

function num(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new SearchIndexFormatError(name);
  }
  return value;
}

function str(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new SearchIndexFormatError(name);
  return value;
}

function typed<T>(value: unknown, ctor: abstract new (...args: never[]) => T, name: string): T {
  if (!(value instanceof ctor)) throw new SearchIndexFormatError(name);
  return value;
}
