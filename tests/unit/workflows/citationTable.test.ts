/**
 * Issue 11 item 2: outdated citations. The renumbering trap (DOMAIN.md §0) and the superseded
 * 试行 instruments (§4.1, §4.8), in the workflows' citation fields and in the document templates.
 */
import { describe, expect, it } from 'vitest';
import { documentTemplates } from '../../../src-shared/documents';
import { workflowCatalog, workflowKinds } from '../../../src-shared/workflows';
import { checkCitation, currentArticleOf } from '../../../src-shared/workflows/legal/checkCitation';
import { normalizeTitle } from '../../../src-shared/workflows/legal/citationTable';
import { checkCitations } from '../../../src-shared/workflows/reasoning/reasoningGuards';
import { documentFixtures } from '../documents/documentFixtures';

describe('issue 11 item 2: citation fields of the workflows', () => {
  it('refuses CPL 第209条 without an edition (the 2017 number), suggesting 第220条', () => {
    expect(checkCitations([{ statuteId: 'cpl', article: 209 }])).toEqual({
      ok: false,
      code: 'guard-failed',
      messageKey: 'workflow.refusal.outdatedCitation',
      details: {
        statuteId: 'cpl',
        article: 209,
        edition: '2017',
        currentEdition: '2023',
        suggestedArticle: 220,
      },
    });
  });

  it('maps every DOMAIN §0 row to its 2023 number, from 2017 and 2021 alike', () => {
    const rows = [
      [200, 207, 211],
      [208, 215, 219],
      [209, 216, 220],
    ] as const;
    for (const [e2017, e2021, e2023] of rows) {
      expect(currentArticleOf('cpl', e2017, '2017')).toBe(e2023);
      expect(currentArticleOf('cpl', e2021, '2021')).toBe(e2023);
      expect(checkCitation({ statute: { id: 'cpl' }, article: e2021 })).toMatchObject({
        edition: '2021',
        suggestedArticle: e2023,
      });
      expect(checkCitation({ statute: { id: 'cpl' }, article: e2023 })).toBeUndefined();
    }
  });

  it('accepts the current text: an unmoved article, or a moved number marked 2023', () => {
    expect(checkCitations([{ statuteId: 'cpl', article: 211 }])).toEqual({ ok: true });
    expect(checkCitations([{ statuteId: 'cpl', article: 15 }])).toEqual({ ok: true });
    expect(checkCitations([{ statuteId: 'cpl', article: 209, edition: '2023' }])).toEqual({
      ok: true,
    });
    expect(checkCitations([{ statuteId: 'civilRules', article: 51 }])).toEqual({ ok: true });
  });

  it('refuses an older edition the table cannot map, without inventing a number', () => {
    const verdict = checkCitations([{ statuteId: 'cpl', article: 64, edition: '2017' }]);
    expect(verdict).toMatchObject({ ok: false, messageKey: 'workflow.refusal.outdatedCitation' });
    expect(verdict.ok ? {} : verdict.details).not.toHaveProperty('suggestedArticle');
  });
});

describe('issue 11 item 2: document templates', () => {
  it('a 不支持监督申请决定书 citing CPL 第209条 is refused with 第220条 suggested', () => {
    const data = {
      ...documentFixtures['supervision.notSupportedDecision'],
      legalStandard: [{ law: '中华人民共和国民事诉讼法', article: 209 }],
    };
    const result = documentTemplates['supervision.notSupportedDecision'].build(data);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'legalStandard[0].article',
          message: 'validation.document.renumberedArticle',
          params: { edition: '2017', currentEdition: '2023', article: 220 },
        },
      ],
    });
    const current = { ...data, legalStandard: [{ law: '民事诉讼法', article: 220 }] };
    expect(documentTemplates['supervision.notSupportedDecision'].build(current).ok).toBe(true);
  });

  it('an assistance decision citing the superseded 2016 细则（试行） is refused, naming the 2021 细则', () => {
    const data = {
      ...documentFixtures['assistance.decision'],
      basis: [{ law: '人民检察院国家司法救助工作细则(试行)', article: 7 }],
    };
    expect(documentTemplates['assistance.decision'].build(data)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'basis[0].law',
          message: 'validation.document.supersededInstrument',
          params: { successor: '人民检察院开展国家司法救助工作细则' },
        },
      ],
    });
  });

  it('the superseded 2013 civil rules point to the 2021 article where the source maps it', () => {
    expect(
      checkCitation({ statute: { title: '《人民检察院民事诉讼监督规则（试行）》' }, article: 55 }),
    ).toEqual({
      kind: 'supersededInstrument',
      successor: '人民检察院民事诉讼监督规则',
      suggestedArticle: 51,
    });
  });

  it('keeps the 2014 central opinion (a 试行 text still in force) and unknown titles', () => {
    const opinion = '关于建立完善国家司法救助制度的意见（试行）';
    expect(checkCitation({ statute: { title: opinion }, article: 3 })).toBeUndefined();
    expect(checkCitation({ statute: { title: '保障农民工工资支付条例' }, article: 26 })).toBe(
      undefined,
    );
  });

  it('reads titles the way people type them', () => {
    expect(normalizeTitle('《中华人民共和国 民事诉讼法》')).toBe('民事诉讼法');
    expect(normalizeTitle('人民检察院行政诉讼监督规则(试行)')).toBe(
      '人民检察院行政诉讼监督规则（试行）',
    );
  });
});

describe('issue 11 item 2: the app’s own step metadata', () => {
  it('cites no superseded instrument and no moved article number', () => {
    const problems = workflowKinds.flatMap((kind) =>
      Object.entries(workflowCatalog[kind].states).flatMap(([state, meta]) =>
        meta.legalBasis.flatMap((basis) => {
          const article = /^第(\d+)条/.exec(basis.article)?.[1];
          const problem = checkCitation({
            statute: { title: basis.instrument },
            article: article === undefined ? 1 : Number(article),
          });
          return problem ? [`${kind}.${state}: ${basis.instrument} ${basis.article}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });
});
