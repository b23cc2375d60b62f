/**
 * Issue 15 item 4, the form of a supplementary or amended agreement: it starts from the signed
 * agreement's terms, asks for the kind, the reason and the parties' voluntariness statement, and,
 * in a civil reconciliation, nothing about an administrative organ.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { workflowCatalog } from '../../../src-shared/workflows';
import {
  planEventForm,
  type FormEnv,
} from '../../../src-renderer/src/features/workflows/eventForms';
import { cleanValues } from '../../../src-renderer/src/features/workflows/form/formValues';
import { adminAgreement, agreement } from '../workflows/fixtures';

type Kind = 'civilReconciliation' | 'adminResolution';
const { waiverClause: _clause, ...signedTerms } = { ...agreement, waivesSupervision: false };

const env = (kind: Kind, signed: object): FormEnv => ({
  kind,
  context: { agreement: signed, signing: { signedOn: '2025-02-15', signatories: ['甲', '乙'] } },
  caseRecord: { id: 'case-1', parties: [] } as unknown as CaseRecord,
  due: null,
  duplicates: [],
  today: '2025-03-02',
  now: new Date('2025-03-02T09:00:00+08:00'),
  t: ((key: string) => key) as FormEnv['t'],
});
const schemaOf = (kind: Kind) =>
  workflowCatalog[kind].events['amendAgreement']?.schema ?? z.object({});

describe('issue 15 item 4: the supplementary or amended agreement form', () => {
  it('issue 15 item 4: starts from the signed terms, dated today, and asks why and how freely', () => {
    const plan = planEventForm(
      'amendAgreement',
      schemaOf('civilReconciliation'),
      env('civilReconciliation', signedTerms),
    );
    const names = plan.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'amendmentKind',
        'reason',
        'voluntarinessStatement',
        'terms',
        'obligations',
        'waivesSupervision',
        'waiverClause',
      ]),
    );
    expect(names).not.toContain('organCommitments');
    expect(plan.initial).toMatchObject({
      draftedOn: '2025-03-02',
      terms: agreement.terms,
      obligations: agreement.obligations,
      schedule: agreement.schedule,
      waivesSupervision: false,
    });
  });

  it('issue 15 item 4: with the waiver added, the form data passes the amendment schema', () => {
    const plan = planEventForm(
      'amendAgreement',
      schemaOf('civilReconciliation'),
      env('civilReconciliation', signedTerms),
    );
    const data = plan.finalize(
      cleanValues(plan.fields, {
        ...plan.initial,
        amendmentKind: 'supplementary',
        reason: '原协议未载明放弃监督申请权。',
        voluntarinessStatement: '双方自愿签订补充协议。',
        waivesSupervision: true,
        waiverClause: '申请人自愿放弃对本案申请监督的权利。',
      }),
    );
    const parsed = schemaOf('civilReconciliation').safeParse(data);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ waivesSupervision: true, terms: agreement.terms });
  });

  it('issue 15 item 4: an administrative amendment keeps the organ commitments', () => {
    const plan = planEventForm(
      'amendAgreement',
      schemaOf('adminResolution'),
      env('adminResolution', adminAgreement),
    );
    expect(plan.fields.map((f) => f.name)).toContain('organCommitments');
    expect(plan.initial['organCommitments']).toEqual(adminAgreement.organCommitments);
  });
});
