import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src-shared/search/highlight';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import { doc } from './searchFixtures';

/** The marked pieces of `text`, for readable expectations. */
function marked(text: string, terms: readonly string[]): string[] {
  return highlightRanges(text, terms).map(([start, end]) => text.slice(start, end));
}

describe('highlightRanges', () => {
  it('marks every occurrence of a term', () => {
    expect(highlightRanges('农民工张某与农民工李某', ['农民工'])).toEqual([
      [0, 3],
      [6, 9],
    ]);
  });

  it('merges overlapping and touching matches into one range', () => {
    expect(marked('追索劳动报酬案', ['劳动', '报酬'])).toEqual(['劳动报酬']);
    expect(marked('ababab', ['abab', 'bab'])).toEqual(['ababab']);
  });

  it('marks the bigrams of a Chinese term that does not occur whole', () => {
    expect(marked('农民多次讨要，民工工资未付', ['农民工'])).toEqual(['农民', '民工']);
  });

  it('maps matches in normalised text back to full-width originals', () => {
    const text = '（２０２１）皖０１０２民初３００６３号';
    expect(marked(text, ['0102'])).toEqual(['０１０２']);
    expect(marked(text, ['30063'])).toEqual(['３００６３']);
  });

  it('is case-insensitive for letters and keeps the original case', () => {
    expect(marked('Case ABC-12', ['abc'])).toEqual(['ABC']);
  });

  it('marks nothing for no terms, empty text or no match', () => {
    expect(highlightRanges('农民工', [])).toEqual([]);
    expect(highlightRanges('', ['农民'])).toEqual([]);
    expect(highlightRanges('物业纠纷', ['农民'])).toEqual([]);
  });

  it('marks what a query matched, using the terms the query returns', () => {
    const title = '张某等12名农民工追索劳动报酬案';
    const index = new CaseIndex();
    index.upsert(doc({ title }));
    const { terms } = index.query({ text: '农民工 报酬' });
    expect(marked(title, terms)).toEqual(['农民工', '报酬']);
  });
});
