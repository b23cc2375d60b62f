import { describe, expect, it } from 'vitest';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import type { SearchDoc } from '../../../src-shared/search/caseDocument';
import { normalizeText } from '../../../src-shared/search/normalize';
import {
  SEARCH_INDEX_FORMAT,
  SearchIndexFormatError,
  applyDelta,
  deltaSince,
  markIndex,
  restoreIndex,
  snapshotIndex,
} from '../../../src-shared/search/serialize';
import { demoDocs } from './searchFixtures';

const DOCS = demoDocs(3000);

/** Every two-character Chinese string a handful of cases contain: queries with a known answer. */
const QUERIES: string[] = (() => {
  const picked = new Set<string>();
  DOCS.forEach((d, i) => {
    if (i % 97 !== 0) return;
    const text = d.facts + d.title;
    for (let at = i % 13; at + 2 <= text.length && picked.size < 60; at += 29) {
      const q = text.slice(at, at + 2);
      if (/^\p{Script=Han}{2}$/u.test(q)) picked.add(q);
    }
  });
  return [...picked];
})();

/** What a two-character query must find: the live cases with it in any searchable field. */
function expected(docs: ReadonlyMap<string, SearchDoc>, q: string): string[] {
  const ids: string[] = [];
  for (const d of docs.values()) {
    if (d.deleted === 0 && haystack(d).includes(q)) ids.push(d.id);
  }
  return ids.sort();
}

const haystacks = new WeakMap<SearchDoc, string>();
function haystack(d: SearchDoc): string {
  let text = haystacks.get(d);
  if (text === undefined) {
    // Joined with a separator so no match spans two fields.
    text = normalizeText([d.title, d.facts, ...d.numbers, ...d.parties].join('\n'));
    haystacks.set(d, text);
  }
  return text;
}

function found(index: CaseIndex, q: string): string[] {
  return [...index.query({ text: q }).ids].sort();
}

function answers(index: CaseIndex) {
  return QUERIES.map((text) => index.query({ text })).concat([
    index.query({}),
    index.query({ sort: 'receivedAt', filters: { caseType: 'civilEnforcement' } }),
  ]);
}

function roundTrip(index: CaseIndex): CaseIndex {
  const { head, chunks } = structuredClone(snapshotIndex(index, 64 * 1024));
  return restoreIndex(head, chunks);
}

describe('index against a brute-force reference on 3,000 demo cases', () => {
  it('finds exactly the cases containing each query, through every change of form', () => {
    expect(QUERIES.length).toBeGreaterThan(40);
    const live = new Map(DOCS.map((d) => [d.id, d]));
    const index = new CaseIndex();
    for (const d of DOCS) index.upsert(d);
    const check = (label: string, idx: CaseIndex) => {
      for (const q of QUERIES) expect(found(idx, q), `${label}: ${q}`).toEqual(expected(live, q));
    };
    // Big enough for the postings to span several pool pages, and for common and rare queries.
    expect(index.postings.byteSize).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    const sizes = QUERIES.map((q) => expected(live, q).length);
    expect(Math.max(...sizes)).toBeGreaterThan(1000);
    expect(Math.min(...sizes)).toBeLessThan(50);
    check('built', index);
    index.optimize();
    check('optimized', index);
    // Edits after the base: new versions go to the chains, old ones become tombstones.
    for (const d of DOCS.slice(0, 400)) {
      const edited = {
        ...d,
        facts: `${d.facts.slice(40)}补充说明`,
        deleted: d.title.length % 5 === 0 ? 1 : 0,
      } as const;
      live.set(d.id, edited);
      index.upsert(edited);
    }
    check('edited', index);
    check('restored', roundTrip(index));
    index.compact();
    check('compacted', index);
  });
});

describe('snapshots and deltas', () => {
  it('a snapshot loads into an index that answers exactly the same', () => {
    const index = new CaseIndex();
    for (const d of DOCS.slice(0, 1500)) index.upsert(d);
    const before = answers(index);
    expect(answers(roundTrip(index))).toEqual(before);
  });

  it('snapshot + delta equals the live index after more cases and edits', () => {
    const index = new CaseIndex();
    for (const d of DOCS.slice(0, 1000)) index.upsert(d);
    const { head, chunks } = structuredClone(snapshotIndex(index));
    const mark = markIndex(index);
    for (const d of DOCS.slice(1000, 1200)) index.upsert(d);
    for (const d of DOCS.slice(0, 50))
      index.upsert({ ...d, title: `${d.title}（复查）`, status: 'concluded' });
    const delta = deltaSince(index, mark);
    expect(delta).not.toBeNull();
    const loaded = restoreIndex(head, chunks);
    applyDelta(loaded, structuredClone(delta));
    expect(answers(loaded)).toEqual(answers(index));
    expect(loaded.query({ text: '复查' }).total).toBe(50);
  });

  it('has no delta once the index was renumbered (a snapshot is needed)', () => {
    const index = new CaseIndex();
    for (const d of DOCS.slice(0, 100)) index.upsert(d);
    const mark = markIndex(index);
    index.upsert({ ...(DOCS[0] as SearchDoc), status: 'concluded' });
    index.compact();
    expect(deltaSince(index, mark)).toBeNull();
  });

  it('refuses a delta that does not continue the index it is applied to', () => {
    const index = new CaseIndex();
    for (const d of DOCS.slice(0, 10)) index.upsert(d);
    const mark = markIndex(index);
    index.upsert(DOCS[10] as SearchDoc);
    const delta = deltaSince(index, mark);
    expect(() => {
      applyDelta(new CaseIndex(), delta);
    }).toThrow(SearchIndexFormatError);
  });

  it('refuses another format version and damaged values', () => {
    const index = new CaseIndex();
    for (const d of DOCS.slice(0, 20)) index.upsert(d);
    const { head, chunks } = snapshotIndex(index);
    expect(() => restoreIndex({ ...head, format: SEARCH_INDEX_FORMAT + 1 }, chunks)).toThrow(
      SearchIndexFormatError,
    );
    expect(() => restoreIndex(head, [])).toThrow(SearchIndexFormatError);
    expect(() =>
      restoreIndex({ ...head, docs: { ...head.docs, alive: new Uint8Array(3) } }, chunks),
    ).toThrow(SearchIndexFormatError);
    expect(() =>
      restoreIndex({ ...head, terms: { numKeys: [1, 2], strKeys: '' } }, chunks),
    ).toThrow(SearchIndexFormatError);
    expect(() => restoreIndex(null, chunks)).toThrow(SearchIndexFormatError);
  });
});
