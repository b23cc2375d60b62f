/**
 * Text normalisation shared by indexing, queries and highlighting, so that what a person types
 * ("（２０２１）", "ＡＢＣ", "Abc") meets what is stored ("(2021)", "abc") character for character.
 */

/**
 * NFKC (full-width ASCII and the ideographic space become half-width, compatibility ideographs
 * become unified ones) then lower case. Pure ASCII and already-normal CJK pass through quickly.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Normalised text plus, for each of its UTF-16 units, the index of the source unit it came from. */
export type NormalizedText = {
  text: string;
  /** For each normalised unit: where the source character it came from starts in the original. */
  sourceStart: Int32Array;
  /** For each normalised unit: where that source character ends in the original. */
  sourceEnd: Int32Array;
};

/**
 * Normalises code point by code point, keeping where every output unit came from, so highlight
 * ranges found in normalised text map back to the original even when a character changes length
 * (e.g. "㈱" → "(株)"). Slower than `normalizeText`; used on the few strings a screen shows.
 * Character by character, so a base letter and a separate combining accent are not composed
 * (irrelevant for Chinese text and case numbers, the text this marks).
 */
export function normalizeWithSourceIndex(text: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const piece = normalizeText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out += piece;
    i += width;
  }
  return { text: out, sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}
