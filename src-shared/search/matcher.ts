/**
 * Evaluates a query plan against the postings: the AND of its groups (each an OR of alternatives,
 * each an AND of keys), scored per document. Dense per-ordinal scratch arrays replace sets and
 * maps: a document's hit count says how many groups it has matched so far, so each further group
 * is one pass over that group's postings with no intersection structures.
 *
 * Score = Σ over groups of factor × idf × field weight, + half that for each boost key present;
 * idf = ln(1 + N / df). The field weight favours where a match means most: a case number over
 * the title over a party's name over the facts.
 */
import { ensureCapacity } from './growable';
import type { Decoded, PostingStore } from './postingStore';
import type { QueryPlan } from './queryPlan';
import type { TermDictionary } from './termDictionary';
import { SearchField } from './tokenize';

const WEIGHT: Record<SearchField, number> = {
  [SearchField.numbers]: 6,
  [SearchField.title]: 4,
  [SearchField.parties]: 3,
  [SearchField.facts]: 1,
};
const FIELDS = Object.values(SearchField);
/** Weight of a field mask: the best field's weight, plus a little for each other field. */
const MASK_WEIGHT = Float32Array.from({ length: 16 }, (_, mask) => {
  const present = FIELDS.filter((f) => (mask & f) !== 0).map((f) => WEIGHT[f]);
  return present.length === 0 ? 0 : Math.max(...present) + 0.25 * (present.length - 1);
});
const BOOST_SHARE = 0.5;

type ResolvedAlternative = { terms: number[]; factor: number; idf: number; cost: number };

export type MatchResult = {
  /** Matching ordinals, ascending, that `accept` let through. */
  ords: Uint32Array;
  count: number;
  /** Score by ordinal (valid for the ordinals in `ords` until the next match). */
  scores: Float32Array;
};

export class Matcher {
  private hits = new Uint8Array(0);
  private scores = new Float32Array(0);
  private a: Decoded = { ords: new Uint32Array(1024), masks: new Uint8Array(1024), count: 0 };
  private b: Decoded = { ords: new Uint32Array(1024), masks: new Uint8Array(1024), count: 0 };

  constructor(
    private readonly dict: TermDictionary,
    private readonly postings: PostingStore,
  ) {}

  match(
    plan: QueryPlan,
    docCount: number,
    liveCount: number,
    accept: (ord: number) => boolean,
  ): MatchResult {
    const empty: MatchResult = { ords: new Uint32Array(0), count: 0, scores: this.scores };
    const idf = (term: number) =>
      Math.log(1 + liveCount / Math.max(1, this.postings.docFrequency(term)));
    const groups: ResolvedAlternative[][] = [];
    for (const group of plan.groups) {
      const alternatives: ResolvedAlternative[] = [];
      for (const alt of group.alternatives) {
        const terms = alt.keys.map((k) => this.dict.lookup(k));
        if (terms.some((t) => t < 0)) continue;
        const idfSum = terms.reduce((sum, t) => sum + idf(t), 0);
        const cost = Math.min(...terms.map((t) => this.postings.docFrequency(t)));
        alternatives.push({ terms, factor: alt.factor, idf: idfSum / terms.length, cost });
      }
      if (alternatives.length === 0) return empty;
      groups.push(alternatives);
    }
    if (groups.length === 0) return empty;
    // Rarest group first: it bounds the candidates, and later groups only confirm them.
    groups.sort((x, y) => sum(x) - sum(y));
    this.hits = ensureCapacity(this.hits, docCount, Uint8Array);
    this.scores = ensureCapacity(this.scores, docCount, Float32Array);
    const hits = this.hits;
    const scores = this.scores;

    let candidates = new Uint32Array(0);
    let candidateCount = 0;
    groups.forEach((alternatives, g) => {
      for (const alt of alternatives) {
        const { ords, masks, count } = this.decodeAlternative(alt.terms);
        const w = alt.factor * alt.idf;
        if (g === 0) {
          candidates = ensureCapacity(candidates, candidateCount + count, Uint32Array);
          for (let i = 0; i < count; i++) {
            const ord = ords[i] ?? 0;
            if (hits[ord] === 1) continue;
            hits[ord] = 1;
            scores[ord] = w * (MASK_WEIGHT[masks[i] ?? 0] ?? 0);
            candidates[candidateCount++] = ord;
          }
        } else {
          for (let i = 0; i < count; i++) {
            const ord = ords[i] ?? 0;
            if (hits[ord] !== g) continue;
            hits[ord] = g + 1;
            scores[ord] = (scores[ord] ?? 0) + w * (MASK_WEIGHT[masks[i] ?? 0] ?? 0);
          }
        }
      }
    });
    const full = groups.length;
    for (const key of plan.boosts) {
      const term = this.dict.lookup(key);
      if (term < 0) continue;
      const { ords, masks, count } = this.postings.decode(term, this.a);
      this.a = { ords, masks, count: 0 };
      const w = BOOST_SHARE * idf(term);
      for (let i = 0; i < count; i++) {
        const ord = ords[i] ?? 0;
        if (hits[ord] === full)
          scores[ord] = (scores[ord] ?? 0) + w * (MASK_WEIGHT[masks[i] ?? 0] ?? 0);
      }
    }
    // Several alternatives of the first group may each add candidates: restore ascending order.
    if (groups[0] && groups[0].length > 1) candidates.subarray(0, candidateCount).sort();
    let kept = 0;
    for (let i = 0; i < candidateCount; i++) {
      const ord = candidates[i] ?? 0;
      if (hits[ord] === full && accept(ord)) candidates[kept++] = ord;
      hits[ord] = 0;
    }
    return { ords: candidates, count: kept, scores };
  }

  /** Postings of one term, or the intersection of several (masks AND-ed: all in one field). */
  private decodeAlternative(terms: readonly number[]): Decoded {
    const [first, ...rest] = terms;
    this.a = this.postings.decode(first ?? 0, this.a);
    for (const term of rest) {
      this.b = this.postings.decode(term, this.b);
      const a = this.a;
      const b = this.b;
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < a.count && j < b.count) {
        const x = a.ords[i] ?? 0;
        const y = b.ords[j] ?? 0;
        if (x < y) i++;
        else if (y < x) j++;
        else {
          const mask = (a.masks[i] ?? 0) & (b.masks[j] ?? 0);
          if (mask !== 0) {
            a.ords[k] = x;
            a.masks[k++] = mask;
          }
          i++;
          j++;
        }
      }
      a.count = k;
    }
    return this.a;
  }
}

function sum(alternatives: readonly ResolvedAlternative[]): number {
  return alternatives.reduce((total, alt) => total + alt.cost, 0);
}
