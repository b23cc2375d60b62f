/** Valid step data for the reconciliation family (guided recordings, one per active state). */
import { always, byId, closure, list, once, type KindFixture } from './fixtureHelpers';

export const agreement = {
  draftedOn: '2025-02-10',
  terms: '被申请人分两期向申请人支付工资及利息共计 20000 元。',
  obligations: [
    { obligor: '某建筑公司', obligee: '张三', description: '支付拖欠工资', amount: 20000 },
  ],
  schedule: [
    { instalmentNo: 1, dueOn: '2025-03-01', amount: 10000 },
    { instalmentNo: 2, dueOn: '2025-04-01', amount: 10000 },
  ],
  waivesSupervision: true,
  waiverClause: '申请人自愿放弃对本案申请监督的权利。',
};
export const adminAgreement = {
  ...agreement,
  organCommitments: [
    { description: '重新作出补偿决定', legalBasis: '国有土地上房屋征收与补偿条例第25条' },
  ],
};
/** What a supplementary agreement adds to the agreement's fields. */
export const amendment = {
  amendmentKind: 'supplementary',
  reason: '原协议未载明放弃监督申请权。',
  voluntarinessStatement: '双方当事人均表示自愿签订补充协议，未受任何强迫。',
};
export const legality = {
  checkedOn: '2025-02-12',
  harmsStateInterest: false,
  harmsPublicInterest: false,
  harmsThirdPartyInterest: false,
  breachesMandatoryLaw: false,
};
export const chiefApproval = {
  approverRole: 'chiefProcurator',
  approverName: '李检察长',
  approvedOn: '2025-03-20',
  reason: '需继续开展实质性化解工作',
};

const activeStates = [
  'review',
  'willingness',
  'negotiation',
  'legalityCheck',
  'signing',
  'performance',
];
const periodStart = (state: string) =>
  `2025-01-${String(10 + activeStates.indexOf(state)).padStart(2, '0')}`;

export const reconciliation = (variant: 'civil' | 'admin'): KindFixture => ({
  input: { caseId: 'case-0001', reviewStartedOn: '2025-01-06', isSimpleCase: false },
  events: {
    // One excluded period and (administrative) one extension recorded in each active state.
    recordExcludedPeriod: (ctx, state) =>
      byId(ctx, 'excludedPeriods', 'from', periodStart(state))
        ? undefined
        : { data: { from: periodStart(state), to: periodStart(state), reason: 'appraisal' } },
    extendReview: (ctx, state) =>
      list(ctx, 'extensions').some((e) =>
        (e as { approval: { reason: string } }).approval.reason.endsWith(state),
      )
        ? undefined
        : {
            data: {
              approval: { ...chiefApproval, reason: `需继续化解：${state}` },
              extendBy: { amount: 10, unit: 'calendarDays' },
            },
          },
    proposeReconciliation: always({ proposedOn: '2025-01-15', explainedEffects: true }),
    recordWillingness: (ctx) => {
      const recorded = list(ctx, 'parties').length;
      if (recorded >= 2) return undefined;
      const id = recorded === 0 ? 'party-1' : 'party-2';
      return {
        data: {
          partyId: id,
          partyName: recorded === 0 ? '张三' : '某建筑公司',
          willing: true,
          voluntarinessStatement: '本人自愿和解，未受任何强迫。',
          recordedOn: '2025-01-16',
        },
      };
    },
    startSessions: always({ startedOn: '2025-01-20' }),
    recordSession: once('sessions', {
      sessionId: 'session-1',
      heldOn: '2025-01-25',
      place: '某村调解室',
      participants: [
        { name: '张三', kind: 'party' },
        { name: '王调解员', kind: 'peoplesMediator' },
        { name: '赵支书', kind: 'villageOfficial' },
      ],
      summary: '双方就欠付工资数额和支付期限达成初步一致。',
    }),
    draftAgreement: always(variant === 'admin' ? adminAgreement : agreement),
    reviseAgreement: always(closure),
    confirmLegality: always(
      variant === 'admin' ? { ...legality, organPromisesBeyondLaw: false } : legality,
    ),
    signAgreement: always({ signedOn: '2025-02-15', signatories: ['张三', '某建筑公司'] }),
    // One amendment at most: it leads back through the legality check and the signing.
    amendAgreement: once('superseded', {
      ...(variant === 'admin' ? adminAgreement : agreement),
      ...amendment,
    }),
    recordPayment: (ctx) => {
      const paid = list(ctx, 'payments').length;
      return paid < 2
        ? { data: { instalmentNo: paid + 1, paidOn: '2025-03-01', amount: 10000 } }
        : undefined;
    },
    recordReminder: once('reminders', {
      instalmentNo: 2,
      remindedOn: '2025-03-25',
      method: 'phone',
    }),
    terminateReview: always({ decidedOn: '2025-03-05' }),
    abandonReconciliation: always(closure),
  },
});
