/**
 * Turns what a person typed into what the index looks up. Every group must match (AND); within a
 * group any alternative may (OR); boosts only raise the rank.
 *
 * Intl.Segmenter works here, on the query, not on the documents: segmenting 100k cases' text runs
 * at ≈1.8M characters/s (≈30 s, more than the whole build budget), while bigrams already find
 * every word. On the query it decides which bigrams are required: a bigram inside a word, or one
 * joining a single character to its neighbour (农民|工 → 农民 AND 民工), must match; a bigram
 * spanning two words of two or more characters (劳动|报酬 → 动报) only boosts, so "张某拖欠工资"
 * finds a case that says 张某 … 拖欠 … 工资 apart, ranked below one that says it in one breath.
 */
import { normalizeText } from './normalize';
import {
  TRIGRAM_MARK,
  bigramKey,
  charKey,
  splitRuns,
  type TextRun,
  type TokenKey,
} from './tokenize';

/** All `keys` must match; `factor` scales the score of a document matched this way. */
export type QueryAlternative = { keys: readonly TokenKey[]; factor: number };
/** Any one alternative satisfies the group. */
export type QueryGroup = { alternatives: readonly QueryAlternative[] };

export type QueryPlan = {
  groups: readonly QueryGroup[];
  /** Optional keys that raise the rank of documents having them (adjacency across words). */
  boosts: readonly TokenKey[];
  /** Normalised pieces of the query to mark in the results. */
  terms: readonly string[];
};

/** More groups than this (a pasted paragraph) only slow the query down without narrowing it. */
const MAX_GROUPS = 48;
/** Same limits as the tokenizer's letter/digit words. */
const MAX_WORD = 64;
const MAX_TRIGRAM_RUN = 40;
/** A partial number ("0102" inside "皖0102民初") ranks a little below the whole token. */
const TRIGRAM_FACTOR = 0.8;

const segmenter: Intl.Segmenter | null =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

export function parseQuery(text: string): QueryPlan {
  const groups: QueryGroup[] = [];
  const boosts: TokenKey[] = [];
  const terms: string[] = [];
  const seenGroups = new Set<string>();
  const addGroup = (alternatives: QueryAlternative[]) => {
    const signature = alternatives.map((a) => a.keys.join('+')).join('|');
    if (seenGroups.has(signature) || groups.length >= MAX_GROUPS) return;
    seenGroups.add(signature);
    groups.push({ alternatives });
  };
  for (const run of splitRuns(normalizeText(text))) {
    if (run.kind === 'word') {
      addGroup(wordAlternatives(run.text));
      terms.push(run.text);
    } else {
      planCjkRun(run, addGroup, boosts, terms);
    }
  }
  const required = new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.keys)));
  return {
    groups,
    boosts: [...new Set(boosts)].filter((k) => !required.has(k)),
    terms: [...new Set(terms)],
  };
}

function wordAlternatives(word: string): QueryAlternative[] {
  const whole: QueryAlternative = { keys: [word.slice(0, MAX_WORD)], factor: 1 };
  if (word.length < 3 || word.length > MAX_TRIGRAM_RUN) return [whole];
  const trigrams = new Set<string>();
  for (let k = 0; k + 3 <= word.length; k++) trigrams.add(TRIGRAM_MARK + word.slice(k, k + 3));
  return [whole, { keys: [...trigrams], factor: TRIGRAM_FACTOR }];
}

function planCjkRun(
  run: Extract<TextRun, { kind: 'cjk' }>,
  addGroup: (alternatives: QueryAlternative[]) => void,
  boosts: TokenKey[],
  terms: string[],
): void {
  const { chars } = run;
  const first = chars[0] ?? '';
  if (chars.length === 1) {
    addGroup([{ keys: [charKey(first)], factor: 1 }]);
    terms.push(first);
    return;
  }
  const optional = optionalBoundaries(chars);
  let piece = first;
  for (let j = 1; j < chars.length; j++) {
    const prev = chars[j - 1] ?? '';
    const ch = chars[j] ?? '';
    const key = bigramKey(prev, ch);
    if (optional.has(j)) {
      boosts.push(key);
      terms.push(piece);
      piece = ch;
    } else {
      addGroup([{ keys: [key], factor: 1 }]);
      piece += ch;
    }
  }
  terms.push(piece);
}

/**
 * Character positions j (the boundary between chars[j-1] and chars[j]) where the segmenter puts a
 * word boundary that may be crossed apart: every boundary between words, except that a
 * single-character word stays tied to the word before it (or after it, if it comes first), since
 * one character alone is too vague to look up (农民|工 keeps 民工; 张|某|拖欠 keeps 张某).
 */
function optionalBoundaries(chars: readonly string[]): Set<number> {
  const result = new Set<number>();
  if (!segmenter || chars.length < 3) return result;
  const lengths: number[] = [];
  for (const { segment } of segmenter.segment(chars.join(''))) {
    lengths.push(Array.from(segment).length);
  }
  // tied[w] = the boundary after word w must match.
  const tied = lengths.map(() => false);
  lengths.forEach((length, w) => {
    if (length !== 1) return;
    if (w > 0) tied[w - 1] = true;
    else if (lengths.length > 1) tied[0] = true;
  });
  let at = 0;
  for (let w = 0; w + 1 < lengths.length; w++) {
    at += lengths[w] ?? 0;
    if (!tied[w]) result.add(at);
  }
  return result;
}
