import { describe, expect, it } from 'vitest';
import caseCardEn from '../../../src-renderer/src/features/cases/i18n/caseCard.en.json';
import caseCardZh from '../../../src-renderer/src/features/cases/i18n/caseCard.zh-CN.json';
import { CARD_FIELDS, type CaseCardKind } from '../../../src-shared/domain/caseTypeDetails';
import { checkLedger, LEDGER_FIELDS, suggestMapping } from '../../../src-shared/ledger';
import { OTHER_CARD_FIELDS } from '../../../src-shared/ledger/cardLedgerFields';
import { context } from './ledgerFixture';

const BASE_HEADERS = ['案件名称', '当事人', '案件类型', '受理日期'];
const base = ['某案', '张某', '支持起诉', '2025-03-01'];

function check(cardHeaders: string[], rows: unknown[][]) {
  const headers = [...BASE_HEADERS, ...cardHeaders];
  return checkLedger(
    {
      headers,
      rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: [...base, ...cells] as never })),
    },
    suggestMapping(headers),
    context({ cardLabels: [caseCardZh.caseCard, caseCardEn.caseCard] }),
  );
}

/** One row per card: headers as a county ledger might write them, and the card they give. */
const CARDS = [
  {
    headers: ['纠纷类型', '楼盘名称', '开发商', '涉及户数', '涉房金额（万元）'],
    cells: ['逾期交房', '某花园三期', '某置业有限公司', '36户', '1,250.5'],
    focalPoint: 'financeRealEstate',
    card: {
      kind: 'housing',
      disputeKind: 'deliveryDelay',
      projectName: '某花园三期',
      developer: '某置业有限公司',
      householdCount: 36,
      amountInvolved: 12_505_000,
    },
  },
  {
    headers: ['产品类别', '产品名称', '销售渠道', '消费者人数', '涉案金额'],
    cells: ['Health supplement', '某口服液', '直播带货', 120, '8.5万元'],
    focalPoint: 'counterfeitFoodDrug',
    card: {
      kind: 'foodDrug',
      productKind: 'healthSupplement',
      productName: '某口服液',
      salesChannel: 'liveStream',
      affectedCount: 120,
      amountInvolved: 85_000,
    },
  },
  {
    headers: ['险种', '参保人数', '欠缴社保金额', '参保单位'],
    cells: ['workInjury', 8, '46,300.25元', '某物流公司'],
    focalPoint: 'socialInsurance',
    card: {
      kind: 'socialInsurance',
      insuranceKind: 'workInjury',
      insuredCount: 8,
      amountInvolved: 46_300.25,
      employer: '某物流公司',
    },
  },
  {
    headers: ['被害人人数', '被骗金额', '追赃挽损金额（万元）'],
    cells: ['3人', '286000', 12.3456],
    focalPoint: 'telecomFraud',
    card: { kind: 'telecomFraud', victimCount: 3, amountLost: 286_000, amountRecovered: 123_456 },
  },
  {
    headers: ['受损资源', '受损地点', '受损面积（亩）', '修复费用'],
    cells: ['林地', '某镇某村', 12.5, '0.36万元'],
    focalPoint: 'environment',
    card: {
      kind: 'environment',
      resourceKind: 'forest',
      location: '某镇某村',
      areaMu: 12.5,
      restorationCost: 3_600,
    },
  },
  {
    headers: ['特定群体', '监护情况', '监护人'],
    cells: ['未成年人', '其他近亲属监护', '李某'],
    focalPoint: 'specificGroups',
    card: {
      kind: 'vulnerablePerson',
      group: 'minor',
      guardianship: 'otherRelative',
      guardianName: '李某',
    },
  },
] as const;

describe('the case cards’ 台账 columns', () => {
  it('name a field of the card for every entry, each key once', () => {
    const keys = LEDGER_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of OTHER_CARD_FIELDS) {
      const [kind, name] = field.key.split('.') as [CaseCardKind, string];
      expect(CARD_FIELDS[kind].map((f) => f.key)).toContain(name);
    }
  });

  for (const { headers, cells, focalPoint, card } of CARDS) {
    it(`fill a ${card.kind} card of the ${focalPoint} focal point`, () => {
      const mapping = suggestMapping([...BASE_HEADERS, ...headers]);
      expect(Object.values(mapping).slice(4)).toEqual(
        Object.keys(card)
          .filter((k) => k !== 'kind')
          .map((k) => `${card.kind}.${k}`),
      );
      const result = check([...headers], [[...cells]]);
      expect(result.issues).toEqual([]);
      expect(result.valid[0]?.input.focalPoint).toBe(focalPoint);
      expect(result.valid[0]?.input.typeDetails).toEqual(card);
    });
  }

  it('refuse an option that is not one, and a figure of the wrong kind, by column', () => {
    const result = check(
      ['纠纷类型', '涉及户数', '涉房金额'],
      [
        ['烂尾', '', ''],
        ['', '2.5', ''],
        ['', '', '一百万'],
      ],
    );
    expect(result.valid).toEqual([]);
    expect(result.issues.map((i) => [i.rowNumber, i.column, i.key])).toEqual([
      [2, '纠纷类型', 'ledgerImport.row.unknownCode'],
      [3, '涉及户数', 'validation.typeDetails.wholeNumber'],
      [4, '涉房金额', 'ledgerImport.row.notAmount'],
    ]);
  });

  it('refuse a row that fills two cards, and a card that is not its focal point’s', () => {
    const headers = ['被害人人数', '欠薪人数', '重点领域'];
    const result = check(headers, [
      [3, 12, ''],
      [3, '', '劳动者权益保护'],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.issues.map((i) => [i.rowNumber, i.column, i.key])).toEqual([
      [2, null, 'ledgerImport.row.twoCards'],
      [3, null, 'validation.typeDetails.kindMismatch'],
    ]);
  });

  it('take a choice by its code when no labels are given', () => {
    const headers = [...BASE_HEADERS, '险种'];
    const result = checkLedger(
      { headers, rows: [{ rowNumber: 2, cells: [...base, 'pension'] }] },
      suggestMapping(headers),
      context(),
    );
    expect(result.valid[0]?.input.typeDetails).toEqual({
      kind: 'socialInsurance',
      insuranceKind: 'pension',
    });
  });
});
