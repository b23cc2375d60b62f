/**
 * The tokenizer the index and queries share. Text (already normalised) is split into runs of
 * CJK ideographs and runs of letters/digits; everything else separates runs.
 *  - CJK runs give overlapping bigrams ("农民工" → 农民, 民工). Bigrams find any Chinese word of
 *    two or more characters without a dictionary. Fields where single characters matter (title,
 *    numbers, party names) also give every character alone; elsewhere only a 1-character run does.
 *  - Letter/digit runs give the whole run; in case-number fields also its trigrams (prefixed "#"),
 *    so "0102" or "30063" finds "(2021)皖0102民初30063号".
 * Ideographs of the main blocks get numeric keys (no string is made per bigram: indexing 100k cases
 * makes tens of millions of them); other tokens are strings. The key of a token is the same whether
 * it comes from a document or a query.
 */

/** Which part of a case a token came from; a bit each, OR-ed into a posting's field mask. */
export const SearchField = {
  /** 案件名称. */
  title: 1,
  /** Provisional number, official number and court case numbers. */
  numbers: 2,
  /** Party names. */
  parties: 4,
  /** 基本案情 (the facts). */
  facts: 8,
} as const;
export type SearchField = (typeof SearchField)[keyof typeof SearchField];

/** First ideograph with a numeric key (CJK Extension A starts here; the URO follows up to 0x9FFF). */
const HAN_FIRST = 0x3400;
/** Ideographs U+3400–U+9FFF: both blocks, one contiguous range. */
export const HAN_COUNT = 0xa000 - HAN_FIRST;
/** Keys below this are single characters; from it on, bigrams. The largest key stays below 2^30 (a V8 small integer). */
const BIGRAM_BASE = HAN_COUNT;

/** Longest letter/digit token kept whole; longer runs are cut (they are not words people type). */
const MAX_WORD = 64;
/** Runs longer than this get no trigrams. */
const MAX_TRIGRAM_RUN = 40;
/** Marks a trigram, so it never equals a whole 3-character token. */
export const TRIGRAM_MARK = '#';

/** Where a tokenizer sends its tokens: numeric keys for main-block ideographs, strings otherwise. */
export type TokenSink = {
  num(key: number): void;
  str(token: string): void;
};

export type TokenKey = number | string;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** 0 = separator, 1 = main-block ideograph, 2 = other ideograph (string keys), 3 = letter/digit. */
type CharClass = 0 | 1 | 2 | 3;

function classifyUnit(code: number, text: string, i: number): CharClass {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? 3 : 0;
  }
  if (code >= HAN_FIRST && code < 0xa000) return 1;
  if (code === 0x3005 || code === 0x3007 || (code >= 0xf900 && code <= 0xfaff)) return 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp >= 0x20000 && cp <= 0x323af) return 2;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 3 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i] ?? '') ? 3 : 0;
}

/** Width in UTF-16 units of the character starting at `i`. */
function unitWidth(code: number): number {
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** Key of one ideograph: a number for the main blocks, the character itself otherwise. */
export function charKey(ch: string): TokenKey {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= HAN_FIRST && code < 0xa000 ? code - HAN_FIRST : ch;
}

/** Key of two adjacent ideographs. */
export function bigramKey(a: string, b: string): TokenKey {
  const ka = charKey(a);
  const kb = charKey(b);
  return typeof ka === 'number' && typeof kb === 'number'
    ? BIGRAM_BASE + ka * HAN_COUNT + kb
    : a + b;
}

/** The token a key stands for, as text (for tests, debugging and highlight terms). */
export function keyToText(key: TokenKey): string {
  if (typeof key === 'string') return key;
  if (key < BIGRAM_BASE) return String.fromCharCode(HAN_FIRST + key);
  const k = key - BIGRAM_BASE;
  return String.fromCharCode(HAN_FIRST + Math.floor(k / HAN_COUNT), HAN_FIRST + (k % HAN_COUNT));
}

/** Fields that index every ideograph alone as well as bigrams: short, and searched by single characters. */
function indexesUnigrams(field: SearchField): boolean {
  return field !== SearchField.facts;
}

/**
 * Sends the tokens of normalised `text` (from `field`) to `sink`. Duplicates are sent again: the
 * index de-duplicates per document. Hot path of indexing: no allocation per CJK token.
 */
export function scanTokens(text: string, field: SearchField, sink: TokenSink): void {
  const unigrams = indexesUnigrams(field);
  const trigrams = field === SearchField.numbers;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classifyUnit(code, text, i);
    if (cls === 0) {
      i += unitWidth(code);
    } else if (cls === 3) {
      const start = i;
      i += unitWidth(code);
      while (i < n) {
        const c = text.charCodeAt(i);
        if (classifyUnit(c, text, i) !== 3) break;
        i += unitWidth(c);
      }
      emitWord(text.slice(start, i), trigrams, sink);
    } else {
      i = scanCjkRun(text, i, unigrams, sink);
    }
  }
}

/** Emits one CJK run starting at `start`; returns where it ends. */
function scanCjkRun(text: string, start: number, unigrams: boolean, sink: TokenSink): number {
  const n = text.length;
  let i = start;
  let prevKey = -1;
  let prevStr = '';
  let length = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classifyUnit(code, text, i);
    if (cls === 1) {
      const key = code - HAN_FIRST;
      if (unigrams) sink.num(key);
      if (length > 0) {
        if (prevKey >= 0) sink.num(BIGRAM_BASE + prevKey * HAN_COUNT + key);
        else sink.str(prevStr + (text[i] ?? ''));
      }
      prevKey = key;
      prevStr = text[i] ?? '';
      i += 1;
    } else if (cls === 2) {
      const width = unitWidth(code);
      const ch = text.slice(i, i + width);
      if (unigrams) sink.str(ch);
      if (length > 0) sink.str(prevStr + ch);
      prevKey = -1;
      prevStr = ch;
      i += width;
    } else {
      break;
    }
    length += 1;
  }
  if (length === 1 && !unigrams) {
    if (prevKey >= 0) sink.num(prevKey);
    else sink.str(prevStr);
  }
  return i;
}

function emitWord(word: string, trigrams: boolean, sink: TokenSink): void {
  sink.str(word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word);
  if (!trigrams || word.length < 4 || word.length > MAX_TRIGRAM_RUN) return;
  for (let k = 0; k + 3 <= word.length; k++) sink.str(TRIGRAM_MARK + word.slice(k, k + 3));
}

/** A run of the query or a document: CJK characters (each a string, surrogate pairs whole) or a letter/digit word. */
export type TextRun = { kind: 'cjk'; chars: string[] } | { kind: 'word'; text: string };

/** Splits normalised text into runs (queries and highlighting; the index uses `scanTokens`). */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const cls = classifyUnit(code, text, i);
    const width = unitWidth(code);
    const ch = text.slice(i, i + width);
    i += width;
    if (cls === 0) {
      current = null;
    } else if (cls === 3) {
      if (current?.kind === 'word') current.text += ch;
      else runs.push((current = { kind: 'word', text: ch }));
    } else if (current?.kind === 'cjk') {
      current.chars.push(ch);
    } else {
      runs.push((current = { kind: 'cjk', chars: [ch] }));
    }
  }
  return runs;
}

/** The distinct tokens of `text` in `field`, as text (tests and debugging; the index uses `scanTokens`). */
export function tokenizeField(text: string, field: SearchField): string[] {
  const seen = new Set<string>();
  scanTokens(text, field, {
    num: (key) => seen.add(keyToText(key)),
    str: (token) => seen.add(token),
  });
  return [...seen];
}
