import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src-shared/search/normalize';
import { parseQuery } from '../../../src-shared/search/queryPlan';
import { SearchField, keyToText, tokenizeField } from '../../../src-shared/search/tokenize';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import { doc } from './searchFixtures';

/** A plan in readable form: required groups (alternatives joined by |, AND-ed keys by +), boosts, terms. */
function readable(query: string) {
  const plan = parseQuery(query);
  return {
    groups: plan.groups.map((g) =>
      g.alternatives.map((a) => a.keys.map(keyToText).join('+')).join('|'),
    ),
    boosts: plan.boosts.map(keyToText),
    terms: plan.terms,
  };
}

describe('normalizeText', () => {
  it('folds full-width letters, digits and brackets to half-width and lower-cases', () => {
    expect(normalizeText('（２０２１）皖０１０２民初ＡＢＣ')).toBe('(2021)皖0102民初abc');
    expect(normalizeText('Ａｂｃ\u3000DEF')).toBe('abc def');
  });
});

describe('tokenizeField', () => {
  it('makes overlapping bigrams of a Chinese run in the facts, without single characters', () => {
    expect(tokenizeField('农民工追索', SearchField.facts)).toEqual([
      '农民',
      '民工',
      '工追',
      '追索',
    ]);
  });

  it('keeps a one-character run of the facts as itself', () => {
    expect(tokenizeField('甲、乙', SearchField.facts)).toEqual(['甲', '乙']);
  });

  it('adds every single character in the title and party names', () => {
    expect(tokenizeField('张某某', SearchField.parties).sort()).toEqual(
      ['张', '某', '张某', '某某'].sort(),
    );
  });

  it('splits letters and digits from Chinese and keeps them whole', () => {
    expect(tokenizeField('张某等12名农民工', SearchField.facts)).toEqual([
      '张某',
      '某等',
      '12',
      '名农',
      '农民',
      '民工',
    ]);
  });

  it('adds trigrams of long numbers only in case-number fields', () => {
    const tokens = tokenizeField(normalizeText('（2021）皖0102民初30063号'), SearchField.numbers);
    expect(tokens).toEqual(
      expect.arrayContaining([
        '2021',
        '0102',
        '#010',
        '#102',
        '30063',
        '#300',
        '#006',
        '#063',
        '民初',
        '皖',
        '号',
      ]),
    );
    expect(tokenizeField('30063', SearchField.facts)).toEqual(['30063']);
  });

  it('keeps rare ideographs outside the main blocks (surrogate pairs) as characters', () => {
    expect(tokenizeField('𠮷野家', SearchField.facts)).toEqual(['𠮷野', '野家']);
  });
});

describe('parseQuery', () => {
  it('requires every bigram of 农民工 (农民 AND 民工)', () => {
    expect(readable('农民工')).toEqual({ groups: ['农民', '民工'], boosts: [], terms: ['农民工'] });
  });

  it('lets a bigram across two words only boost, and ties a single character to its word', () => {
    expect(readable('张某拖欠工资')).toEqual({
      groups: ['张某', '拖欠', '工资'],
      boosts: ['某拖', '欠工'],
      terms: ['张某', '拖欠', '工资'],
    });
  });

  it('matches a number whole or by its trigrams', () => {
    expect(readable('０１０２').groups).toEqual(['0102|#010+#102']);
  });

  it('looks up a single Chinese character alone', () => {
    expect(readable('张').groups).toEqual(['张']);
  });

  it('gives no groups for punctuation only', () => {
    expect(readable('，。！ ').groups).toEqual([]);
  });
});

describe('the register search (issue 2)', () => {
  it('a query 农民工 finds "张某等12名农民工追索劳动报酬案"', () => {
    const index = new CaseIndex();
    const wanted = doc({ title: '张某等12名农民工追索劳动报酬案' });
    index.upsert(wanted);
    index.upsert(doc({ title: '李某与某银行金融借款合同纠纷案', facts: '农民专业合作社贷款' }));
    expect(index.query({ text: '农民工' }).ids).toEqual([wanted.id]);
  });
});
