import { describe, expect, it } from 'vitest';
import { documentTemplates, formatIssuePath, renderDocument } from '../../../src-shared/documents';
import type { RenderResult } from '../../../src-shared/documents';
import { documentFixtures } from './documentFixtures';

/** The issues of a refused render, as "path: message" lines. */
function issues(result: RenderResult): string[] {
  if (result.ok) throw new Error('expected the data to be refused');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

const decision = documentFixtures['assistance.decision'];
const notSupported = documentFixtures['supervision.notSupportedDecision'];

describe('template data is refused with readable paths', () => {
  it.each([
    [-1, 'amount: validation.document.amountNegative'],
    [0, 'amount: validation.document.amountNotPositive'],
    [100.001, 'amount: validation.document.amountFen'],
    [2e9, 'amount: validation.document.amountTooLarge'],
    [Number.NaN, 'amount: validation.document.amount'],
  ])('an assistance amount of %d', (amount, expected) => {
    expect(issues(renderDocument('assistance.decision', { ...decision, amount }))).toContain(
      expected,
    );
  });

  it('a non-numeric amount', () => {
    const result = documentTemplates['assistance.decision'].build({ ...decision, amount: '36000' });
    expect(issues(result)).toEqual(['amount: validation.document.amount']);
  });

  it('a ground of the not-supported decision left without a response', () => {
    const [answered] = notSupported.grounds;
    const result = documentTemplates['supervision.notSupportedDecision'].build({
      ...notSupported,
      grounds: [answered, { ground: '原审程序违法' }, { ground: '鉴定意见错误', response: '  ' }],
    });
    expect(issues(result)).toEqual([
      'grounds[1].response: validation.document.groundUnanswered',
      'grounds[2].response: validation.document.groundUnanswered',
    ]);
  });

  it('a not-supported decision with no grounds at all', () => {
    expect(
      issues(renderDocument('supervision.notSupportedDecision', { ...notSupported, grounds: [] })),
    ).toEqual(['grounds: validation.required']);
  });

  it('a termination on an agreement that does not expressly waive supervision', () => {
    const data = documentFixtures['review.terminationDecision'];
    const result = documentTemplates['review.terminationDecision'].build({
      ...data,
      ground: { ...data.ground, agreementWaivesSupervision: false },
    });
    expect(issues(result)).toEqual([
      'ground.agreementWaivesSupervision: validation.document.waiverRequired',
    ]);
  });

  it('a hearing notice served fewer than 3 days before the hearing', () => {
    const data = documentFixtures['hearing.notice'];
    expect(issues(renderDocument('hearing.notice', { ...data, noticeOn: '2026-12-08' }))).toEqual([
      'noticeOn: validation.document.noticeTooLate',
    ]);
    // Three days ahead (7th for the 10th: 8th, 9th, 10th) is in time.
    expect(renderDocument('hearing.notice', { ...data, noticeOn: '2026-12-07' }).ok).toBe(true);
  });

  it('a hearing notice with an impossible date, without throwing', () => {
    const data = documentFixtures['hearing.notice'];
    expect(issues(renderDocument('hearing.notice', { ...data, hearingOn: '2026-02-30' }))).toEqual([
      'hearingOn: validation.date',
    ]);
  });

  it('an assistance amount over the 36-month cap without a reason', () => {
    const data = documentFixtures['assistance.approvalForm'];
    const over = { ...data.amount, months: 40, proposed: 360000 };
    expect(issues(renderDocument('assistance.approvalForm', { ...data, amount: over }))).toEqual([
      'amount.overCapReason: validation.document.overCapReason',
    ]);
    const withReason = { ...over, overCapReason: '伤情特别严重，经检察委员会研究同意。' };
    expect(renderDocument('assistance.approvalForm', { ...data, amount: withReason }).ok).toBe(
      true,
    );
  });

  it('a resident ID with a wrong check digit, and a missing ID where one must be printed', () => {
    const wrong = { ...decision.applicant, idNumber: '340102198003071230' };
    expect(
      issues(renderDocument('assistance.decision', { ...decision, applicant: wrong })),
    ).toEqual(['applicant.idNumber: validation.residentId.checksum']);
    const { idNumber: _omitted, ...withoutId } = decision.applicant;
    expect(
      issues(renderDocument('assistance.decision', { ...decision, applicant: withoutId })),
    ).toEqual(['applicant.idNumber: validation.required']);
  });

  it('every problem at once, so a form can show them all', () => {
    const result = documentTemplates['assistance.decision'].build({
      ...decision,
      procuratorate: '',
      appliedOn: '2026-10-32',
      // 《》 around one title are taken off; two titles in one field are not one law.
      basis: [{ law: '《民法典》《民事诉讼法》', article: 0 }],
    });
    expect(issues(result)).toEqual([
      'procuratorate: validation.required',
      'appliedOn: validation.date',
      'basis[0].law: validation.document.lawTitle',
      expect.stringMatching(/^basis\[0\]\.article: /),
    ]);
  });

  it('something that is not an object', () => {
    expect(issues(documentTemplates['hearing.notice'].build(null))).toHaveLength(1);
  });
});

describe('formatIssuePath', () => {
  it.each([
    [[], ''],
    [['amount'], 'amount'],
    [['grounds', 1, 'response'], 'grounds[1].response'],
    [['officers', 0, 'name'], 'officers[0].name'],
  ])('%j → %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});
