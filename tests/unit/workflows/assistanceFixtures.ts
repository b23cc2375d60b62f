/** Valid step data for judicial assistance (one visit and one referral per state). */
import { always, byId, closure, type Ctx, type KindFixture } from './fixtureHelpers';

/** The `amount` field of an object at `path` of the context, if any. */
function amountIn(ctx: Ctx, ...path: string[]): number | undefined {
  let value: unknown = ctx;
  for (const key of path) value = (value as Ctx | undefined)?.[key];
  const amount = (value as Ctx | undefined)?.['amount'];
  return typeof amount === 'number' ? amount : undefined;
}

/** Anhui 2023, non-private units (DOMAIN.md §4.4). */
export const wageBase = {
  provinceCode: '340000',
  dataYear: 2023,
  series: 'nonPrivateUnits',
  annualWage: 103688,
};

export const assistance: KindFixture = {
  input: { caseId: 'case-0002', sourceCaseId: 'case-0099' },
  events: {
    inform: always({ informedOn: '2025-03-01', method: 'written', leadFrom: 'civil' }),
    requestAdvance: always({
      requestedOn: '2025-03-01',
      urgency: 'urgentTreatment',
      summary: '被害人急需手术，无力支付医疗费。',
    }),
    approveAdvance: always(
      { approvedOn: '2025-03-01', approverName: '李检察长', amount: 5000, wageBase },
      'chiefProcurator',
    ),
    declineAdvance: always(closure, 'chiefProcurator'),
    receiveApplication: always({
      receivedOn: '2025-03-03',
      form: 'written',
      applicantRelation: 'victim',
      capacity: 'full',
      hasAgent: false,
    }),
    confirmMaterials: always({
      checkedOn: '2025-03-04',
      received: [
        'applicationForm',
        'identityProof',
        'harmProof',
        'hardshipProof',
        'compensationStatement',
      ],
    }),
    issueSupplementNotice: always({ issuedOn: '2025-03-05', missing: ['hardshipProof'] }),
    receiveSupplement: always({
      suppliedOn: '2025-03-20',
      received: [
        'applicationForm',
        'identityProof',
        'harmProof',
        'hardshipProof',
        'compensationStatement',
      ],
    }),
    lapseSupplement: always({ notedOn: '2025-04-10', windowExpired: true }),
    recordHousehold: (ctx) =>
      ctx.household === undefined
        ? {
            data: {
              members: 4,
              monthlyIncome: 1200,
              workingCapacity: 'partial',
              lowIncomeStatus: 'dibao',
              specialGroups: ['migrantWorker'],
              hardshipProofIssuer: 'villageCommittee',
            },
          }
        : undefined,
    recordHarm: (ctx) =>
      ctx.harm === undefined
        ? {
            data: {
              kind: 'injury',
              description: '被拖欠工资期间受伤致残。',
              medicalCosts: 30000,
              compensationReceived: 0,
              noCompensationReason: 'offenderUnableToPay',
            },
          }
        : undefined,
    recordVisit: (ctx, state) =>
      byId(ctx, 'visits', 'visitId', `visit-${state}`)
        ? undefined
        : {
            data: {
              visitId: `visit-${state}`,
              visitedOn: state === 'review' ? '2025-03-06' : '2025-06-01',
              purpose: state === 'review' ? 'review' : 'followUp',
              place: '申请人家中',
              summary: '核实家庭经济状况。',
            },
          },
    recordReferral: (ctx, state) =>
      byId(ctx, 'referrals', 'referralId', `ref-${state}`)
        ? undefined
        : {
            data: {
              referralId: `ref-${state}`,
              agency: 'civilAffairs',
              referredOn: '2025-03-07',
              need: '申请低保',
            },
          },
    recordReferralOutcome: (ctx, state) => {
      const referral = byId(ctx, 'referrals', 'referralId', `ref-${state}`);
      return referral && referral.outcome === undefined
        ? {
            data: {
              referralId: `ref-${state}`,
              outcomeOn: '2025-03-09',
              outcome: 'assisted',
              detail: '已纳入低保',
            },
          }
        : undefined;
    },
    assessEligibility: always({
      assessedOn: '2025-03-10',
      situations: ['civilTort'],
      exclusions: {
        majorFault: false,
        refusedCooperation: false,
        falseStatements: false,
        waivedCompensation: false,
        unrelatedHardship: false,
        alreadyCompensated: false,
      },
      duplicateCheck: 'clear',
    }),
    // No 2024 figure is in the table (none verified): the 2023 base is used, confirmed.
    calculateAmount: always({
      calculatedOn: '2025-03-11',
      wageBase,
      staleBaseConfirmed: true,
      months: 3,
    }),
    // The amount left after any advance (25922 − 5000 on the advance path).
    decide: (ctx) => ({
      data: {
        decidedOn: '2025-03-12',
        amount: amountIn(ctx, 'amount', 'result') ?? 25922,
        staleBaseConfirmed: false,
      },
      role: 'chiefProcurator',
    }),
    refuse: always(
      {
        decidedOn: '2025-03-12',
        grounds: ['unrelatedHardship'],
        reasoning: '困难与案件无关，已引导申请社会救助。',
      },
      'chiefProcurator',
    ),
    requestFunds: always({ requestedOn: '2025-03-13' }),
    fundsArrived: always({ arrivedOn: '2025-03-20' }),
    notifyApplicant: always({ notifiedOn: '2025-03-21', method: 'phone' }),
    pay: (ctx) => ({
      data: {
        paidOn: '2025-03-24',
        method: 'bankTransfer',
        amount: amountIn(ctx, 'decision') ?? 25922,
        payeeName: '张三',
        bankAccount: '6222 0000 1111 2222',
      },
    }),
    withdraw: always(closure),
    closeCase: always({ closedOn: '2025-06-30' }),
  },
};
