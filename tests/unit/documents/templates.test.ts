import { describe, expect, it } from 'vitest';
import {
  DocumentTemplateId,
  OFFICIAL_NUMBER_PLACEHOLDER,
  documentTemplates,
  isDocumentTemplateId,
  renderDocument,
} from '../../../src-shared/documents';
import type {
  DocumentModel,
  DocumentTemplateId as TemplateId,
} from '../../../src-shared/documents';
import { WorkflowDocumentId } from '../../../src-shared/workflows/documentIds';
import { PROCURATORATE, documentFixtures, expectations } from './documentFixtures';
import { modelText } from './modelText';

const ids = Object.values(DocumentTemplateId);

function rendered(id: TemplateId): DocumentModel {
  const result = documentTemplates[id].build(documentFixtures[id]);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Documents that carry an official number (decisions, notices, letters). */
const NUMBERED: readonly TemplateId[] = [
  'assistance.decision',
  'assistance.refusalNotice',
  'review.terminationDecision',
  'supervision.notSupportedDecision',
  'hearing.notice',
  'support.opinion',
  'recommendation.letter',
  'protest.protest',
];

/** Documents that must identify a person by ID number; no other document prints one. */
const PRINTS_ID: readonly TemplateId[] = [
  'assistance.approvalForm',
  'assistance.decision',
  'reconciliation.agreement',
];
const ID_NUMBERS = ['340102198003071238', '340122197511200041', '340104199206152836'];

describe('the template registry', () => {
  it('has exactly the twelve templates of issue 3 and the 抗诉书, each under its own id', () => {
    expect(Object.keys(documentTemplates).sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(13);
    for (const id of ids) expect(documentTemplates[id].id).toBe(id);
  });

  it('names only documents the workflows know', () => {
    const workflowIds: readonly string[] = Object.values(WorkflowDocumentId);
    for (const id of ids) expect(workflowIds).toContain(id);
  });

  it('tells template ids from other strings', () => {
    expect(isDocumentTemplateId('hearing.notice')).toBe(true);
    expect(isDocumentTemplateId('protest.requestReport')).toBe(false);
    expect(isDocumentTemplateId('toString')).toBe(false);
  });
});

describe.each(ids)('template %s', (id) => {
  const model = rendered(id);
  const text = modelText(model);
  const expected = expectations[id];

  it('renders the realistic fixture with its id, version and title', () => {
    const template = documentTemplates[id];
    expect(model.templateId).toBe(id);
    expect(model.templateVersion).toBe(template.version);
    expect(Number.isInteger(template.version) && template.version >= 1).toBe(true);
    expect(model.title).toBe(template.title);
    expect(model.body.length).toBeGreaterThan(0);
  });

  it('contains the names, amounts and dates of the case', () => {
    for (const name of expected.names) expect(text).toContain(name);
    for (const amount of expected.amounts) {
      expect(text).toContain(amount.digits);
      if (amount.capitals !== undefined) expect(text).toContain(amount.capitals);
    }
    for (const date of expected.dates) expect(text).toContain(date);
  });

  it('leaves the official number blank, or has none', () => {
    if (NUMBERED.includes(id)) {
      expect(model.numberLine).toBe(OFFICIAL_NUMBER_PLACEHOLDER);
      expect(model.numberLine).not.toMatch(/[0-9０-９]/);
      expect(model.numberLine?.replace(/[\u3000〔〕号]/g, '')).toBe('');
    } else {
      expect(model.numberLine).toBeNull();
    }
  });

  it('prints identity numbers only where the document needs them', () => {
    const printed = ID_NUMBERS.filter((n) => text.includes(n));
    if (PRINTS_ID.includes(id)) expect(printed.length).toBeGreaterThan(0);
    else expect(printed).toEqual([]);
  });

  it('is pure: the same data renders the same model', () => {
    expect(rendered(id)).toEqual(model);
  });
});

describe('signatures', () => {
  it('sign issued documents in the procuratorate name with the date written out and a seal', () => {
    const model = rendered('assistance.decision');
    expect(model.signature).toEqual({
      organ: PROCURATORATE,
      date: '二〇二六年十一月二十九日',
      seal: '（院印）',
    });
  });

  it('leave the parties agreement to the parties: no issuer, no seal, a blank date', () => {
    const model = rendered('reconciliation.agreement');
    expect(model.issuer).toBeNull();
    expect(model.signature).toBeNull();
    expect(modelText(model)).toContain('签订日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日');
  });
});

describe('template content', () => {
  it('answers each ground of the not-supported decision in order', () => {
    const text = modelText(rendered('supervision.notSupportedDecision'));
    const first = text.indexOf('关于申请人提出的“原判决认定劳务报酬为36,000元缺乏证据证明”');
    const second = text.indexOf('关于申请人提出的“原审法院未调取工地考勤记录，程序违法”');
    expect(first).toBeGreaterThan(text.indexOf('本院认为'));
    expect(second).toBeGreaterThan(first);
    expect(text).toContain('原审法院未依职权调取不违反法定程序');
    expect(text).toContain('《中华人民共和国民事诉讼法》第二百一十一条第二项');
    expect(text).toContain('不支持王秀兰的监督申请。');
  });

  it('writes the waiver clause into the agreement only when the applicant waives', () => {
    const waiver = '甲方自愿放弃就';
    expect(modelText(rendered('reconciliation.agreement'))).toContain(waiver);
    const result = renderDocument('reconciliation.agreement', {
      ...documentFixtures['reconciliation.agreement'],
      waivesSupervision: false,
    });
    expect(result.ok && modelText(result.value).includes(waiver)).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('orders transcript entries by the hearing agenda, whatever order they were typed in', () => {
    const text = modelText(rendered('hearing.transcript'));
    const intro = text.indexOf('承办检察官介绍案件情况');
    const statements = text.indexOf('当事人及其他参加人陈述意见');
    const summary = text.indexOf('主持人总结');
    expect(intro).toBeGreaterThan(-1);
    expect(statements).toBeGreaterThan(intro);
    expect(summary).toBeGreaterThan(statements);
  });

  it('shows the assistance amount formula and inputs on the approval form', () => {
    expect(modelText(rendered('assistance.approvalForm'))).toContain(
      '安徽省2025年度职工月平均工资9,000.00元 × 4个月 = 36,000.00元',
    );
  });

  it('issue 15 item 8: writes an annual wage base as annual ÷ 12 so the product matches', () => {
    const input = documentFixtures['assistance.approvalForm'];
    const result = documentTemplates['assistance.approvalForm'].build({
      ...input,
      amount: {
        region: '安徽省',
        baseYear: 2023,
        monthlyBase: 8640.67,
        annualWage: 103688,
        months: 40,
        proposed: 345626.67,
        overCapReason: '伤情严重，需长期治疗。',
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(modelText(result.value)).toContain(
      '安徽省2023年度职工年平均工资103,688.00元 ÷ 12 × 40个月 = 345,626.67元',
    );
  });

  it('gives the recommendation letter its reply and objection deadlines and copy line', () => {
    const model = rendered('recommendation.letter');
    const text = modelText(model);
    expect(text).toContain('之日起两个月内依法处理');
    expect(text).toContain('之日起十日内向本院书面提出');
    expect(model.notes).toEqual(['抄送：合肥市人民检察院。']);
  });

  it('names a case ending in 案 without a doubled 一案', () => {
    const text = modelText(rendered('hearing.notice'));
    expect(text).toContain('本院办理的王秀兰与李德明劳务合同纠纷民事监督案，定于2026年12月10日');
    expect(text).not.toContain('案一案');
  });

  it('gives an organisation a 住所地 and its legal representative', () => {
    expect(modelText(rendered('support.opinion'))).toContain(
      '被告：合肥恒达建筑劳务有限公司，住所地安徽省合肥市包河区繁华大道88号，法定代表人何永福。',
    );
  });

  it('groups citations of one law under one title', () => {
    const result = renderDocument('assistance.refusalNotice', {
      ...documentFixtures['assistance.refusalNotice'],
      basis: [
        { law: '人民检察院开展国家司法救助工作细则', article: 8, item: 1 },
        { law: '人民检察院开展国家司法救助工作细则', article: 8, item: 6 },
        { law: '中华人民共和国民事诉讼法', article: 15 },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(modelText(result.value)).toContain(
        '依照《人民检察院开展国家司法救助工作细则》第八条第一项、第八条第六项、《中华人民共和国民事诉讼法》第十五条的规定',
      );
    }
  });
});
