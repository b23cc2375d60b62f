/**
 * Search in the page's main thread: the app's CaseIndex against FlexSearch (CJK charset) and
 * MiniSearch (Intl.Segmenter words, long CJK words as bigrams), over the same documents. The
 * Node side measures the heap around `searchBuild` over CDP.
 */
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../../src-shared/search/caseDocument';
import { CaseIndex } from '../../src-shared/search/caseIndex';
import { demoSearchDocs } from '../shared/demoData';

export type SearchLib = 'jianhu' | 'flexsearch' | 'minisearch';

/** `limit`: at most that many hits asked for (FlexSearch always answers at most 100). */
type Engine = { query(text: string, limit?: number): number };

let docs: SearchDoc[] = [];
let engine: Engine | null = null;

/** Makes the documents (not timed, not counted in the index's heap). */
export function searchPrepare(size: number): number {
  engine = null;
  docs = [];
  for (let offset = 0; offset < size; offset += 5000) {
    for (const doc of demoSearchDocs(offset, Math.min(5000, size - offset))) docs.push(doc);
  }
  return docs.length;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** Words by Intl.Segmenter; a CJK word longer than two characters becomes its bigrams. */
export function segmentBigrams(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if (w.length > 2 && HAN.test(w)) {
      for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
    } else out.push(w);
  }
  return out;
}

function buildJianhu(): Engine {
  const index = new CaseIndex();
  for (const doc of docs) index.upsert(doc);
  index.optimize();
  // The case list asks for every match, ranked (it shows the count and scrolls through all).
  return {
    query: (text, limit) =>
      limit === undefined
        ? index.queryOrdinals({ text }).total
        : index.queryOrdinals({ text, limit }).ords.length,
  };
}

function buildFlex(): Engine {
  const index = new Document({
    document: { id: 'id', index: ['title', 'numbers', 'parties', 'facts'] },
    encoder: Charset.CJK,
  });
  docs.forEach((d, i) => {
    index.add({
      id: i,
      title: d.title,
      numbers: d.numbers.join(' '),
      parties: d.parties.join(' '),
      facts: d.facts,
    });
  });
  return { query: (text) => index.search(text, { limit: 100, merge: true }).length };
}

function buildMini(): Engine {
  const index = new MiniSearch<{
    id: number;
    title: string;
    numbers: string;
    parties: string;
    facts: string;
  }>({
    fields: ['title', 'numbers', 'parties', 'facts'],
    tokenize: segmentBigrams,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'AND', tokenize: segmentBigrams, processTerm: (t) => t },
  });
  for (let start = 0; start < docs.length; start += 5000) {
    index.addAll(
      docs.slice(start, start + 5000).map((d, k) => ({
        id: start + k,
        title: d.title,
        numbers: d.numbers.join(' '),
        parties: d.parties.join(' '),
        facts: d.facts,
      })),
    );
  }
  return { query: (text) => index.search(text).length };
}

/** Builds the index over the prepared documents; returns milliseconds. */
export function searchBuild(lib: SearchLib): number {
  const t0 = performance.now();
  engine = lib === 'jianhu' ? buildJianhu() : lib === 'flexsearch' ? buildFlex() : buildMini();
  return performance.now() - t0;
}

/** Lets the documents go, so the heap then holds the index alone. */
export function searchDropDocs(): void {
  docs = [];
}

/** Milliseconds per query (after a warm-up over the first 20) and the average hit count. */
export function searchQueries(
  queries: readonly string[],
  limit?: number,
): { times: number[]; hits: number } {
  if (!engine) throw new Error('no index built');
  const e = engine;
  for (const q of queries.slice(0, 20)) e.query(q, limit);
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    hits += e.query(q, limit);
    times.push(performance.now() - t0);
  }
  return { times, hits: hits / queries.length };
}

export function searchDispose(): void {
  engine = null;
  docs = [];
}
