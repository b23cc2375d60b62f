/**
 * Where to mark a query's terms in a piece of text (title, a party's name, a number, the facts).
 * Matching runs on normalised text, the same as the index, and the ranges are mapped back to the
 * original string, so "０１０２" typed in full width marks "0102", and vice versa.
 */
import { normalizeText, normalizeWithSourceIndex } from './normalize';
import { splitRuns } from './tokenize';

/** [start, end) in UTF-16 units of the original text. */
export type HighlightRange = readonly [start: number, end: number];

/**
 * Ranges of `text` to mark for `terms` (as returned with a query's results), sorted, with
 * overlapping and touching ranges merged. A Chinese term that does not occur whole marks its
 * bigrams, which is how the index matched it.
 */
export function highlightRanges(text: string, terms: readonly string[]): HighlightRange[] {
  if (!text || terms.length === 0) return [];
  const { text: haystack, sourceStart, sourceEnd } = normalizeWithSourceIndex(text);
  const found: [number, number][] = [];
  const mark = (needle: string): boolean => {
    let hit = false;
    if (!needle) return hit;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      found.push([sourceStart[at] ?? 0, sourceEnd[at + needle.length - 1] ?? text.length]);
      hit = true;
    }
    return hit;
  };
  for (const term of terms) {
    const needle = normalizeText(term).trim();
    if (mark(needle)) continue;
    for (const run of splitRuns(needle)) {
      if (run.kind === 'word') mark(run.text);
      else if (run.chars.length === 1) mark(run.chars[0] ?? '');
      else
        for (let i = 1; i < run.chars.length; i++)
          mark((run.chars[i - 1] ?? '') + (run.chars[i] ?? ''));
    }
  }
  return mergeRanges(found);
}

function mergeRanges(ranges: [number, number][]): HighlightRange[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
