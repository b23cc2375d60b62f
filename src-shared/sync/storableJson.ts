/**
 * What PostgreSQL's jsonb can store. A JSON body may carry values jsonb refuses (NUL characters,
 * lone UTF-16 surrogates, nesting deeper than its stack allows): those must be a 400 at the
 * boundary, never a 500 from the database halfway through a batch.
 */

/** Deepest nesting accepted in a record field; case data is a few levels deep. */
export const MAX_JSON_DEPTH = 32;

// With the `u` flag a surrogate pair is one code point, so this matches only lone surrogates.
// eslint-disable-next-line no-control-regex
const UNSTORABLE_TEXT = /[\u0000]|\p{Cs}/u;

// Any NUL or surrogate, paired or not: text without one is storable. Without the `u` flag this scan
// is several times faster than the exact one, which then runs only for text that has one.
// eslint-disable-next-line no-control-regex
const MAYBE_UNSTORABLE_TEXT = /[\u0000\ud800-\udfff]/;

/** True when the text can be stored in PostgreSQL text and jsonb columns. */
export function isStorableText(text: string): boolean {
  return !MAYBE_UNSTORABLE_TEXT.test(text) || !UNSTORABLE_TEXT.test(text);
}

/** Null when `value` can be stored as jsonb; otherwise why not (for the 400 message). */
export function findUnstorableJson(value: unknown, depth = 0): string | null {
  if (depth > MAX_JSON_DEPTH) return `nested deeper than ${MAX_JSON_DEPTH} levels`;
  if (typeof value === 'string')
    return isStorableText(value) ? null : 'text with NUL or a lone surrogate';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = findUnstorableJson(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!isStorableText(key)) return 'a key with NUL or a lone surrogate';
      const problem = findUnstorableJson(record[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  return `a ${typeof value}, which JSON cannot carry`;
}
