/**
 * What PostgreSQL can store: text with NUL or a lone UTF-16 surrogate is refused at the boundary,
 * text with surrogate pairs (characters beyond the BMP) is not. The quick scan for any NUL or
 * surrogate must never let through what the exact check refuses.
 */
import { describe, expect, it } from 'vitest';
import { findUnstorableJson, isStorableText } from '../../../src-shared/sync/storableJson';

describe('storable text', () => {
  it.each([
    ['', true],
    ['检护案件张某某追索劳动报酬', true],
    ['emoji 😀 and 𠮷', true],
    ['pairs only \ud83d\ude00\ud842\udfb7', true],
    ['nul \u0000 inside', false],
    ['lone high \ud800 end', false],
    ['lone low \udc00 start', false],
    ['reversed pair \udc00\ud800', false],
    ['ends high \ud83d', false],
    ['a pair then a lone one 😀\udc00', false],
  ])('%j storable: %s', (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
    expect(findUnstorableJson({ [text === '' ? 'k' : text]: text }) === null).toBe(storable);
  });

  it('finds a lone surrogate deep in a record, and in a key', () => {
    expect(findUnstorableJson({ a: [{ b: ['ok', 'x\ud800'] }] })).toBe(
      'text with NUL or a lone surrogate',
    );
    expect(findUnstorableJson({ a: { 'k\udc00': 1 } })).toBe('a key with NUL or a lone surrogate');
  });
});
