/**
 * Fictional step data for the demo's workflows: one linear path per kind, each event's dates
 * given as days after the workflow's first day so the same script can end overdue, due soon or
 * on time. The data passes the same schemas and guards as a real step (demoWorkflows.ts plays
 * it through the engine).
 */
import type { Role } from '../domain/codes';
import { AssistanceExclusion } from '../workflows/assistance/assistanceLists';
import { WorkflowKind } from '../workflows/workflowKind';

/** The date `n` days after the workflow's first day. */
export type DayOf = (n: number) => string;

export type DemoEvent = { type: string; role: Role; data: (day: DayOf) => unknown };

export type DemoScript = {
  kind: WorkflowKind;
  input: (day: DayOf, caseId: string) => Record<string, unknown>;
  events: readonly DemoEvent[];
};

const P: Role = 'procurator';
const CHIEF: Role = 'chiefProcurator';

const wageBase = {
  provinceCode: '340000',
  dataYear: 2023,
  series: 'nonPrivateUnits',
  annualWage: 103688,
};

const reconciliation: DemoScript = {
  kind: WorkflowKind.civilReconciliation,
  input: (day, caseId) => ({ caseId, reviewStartedOn: day(0), isSimpleCase: false }),
  events: [
    {
      type: 'proposeReconciliation',
      role: P,
      data: (d) => ({ proposedOn: d(3), explainedEffects: true }),
    },
    ...['张某某', '某建筑公司'].map((partyName, i) => ({
      type: 'recordWillingness',
      role: P,
      data: (d: DayOf) => ({
        partyId: `party-${String(i + 1)}`,
        partyName,
        willing: true,
        voluntarinessStatement: '本人自愿和解，未受任何强迫。',
        recordedOn: d(4),
      }),
    })),
    { type: 'startSessions', role: P, data: (d) => ({ startedOn: d(6) }) },
    {
      type: 'recordSession',
      role: P,
      data: (d) => ({
        sessionId: 'session-1',
        heldOn: d(8),
        place: '某村调解室',
        participants: [
          { name: '张某某', kind: 'party' },
          { name: '王调解员', kind: 'peoplesMediator' },
        ],
        summary: '双方就欠付工资数额和支付期限达成初步一致。',
      }),
    },
    {
      type: 'draftAgreement',
      role: P,
      data: (d) => ({
        draftedOn: d(10),
        terms: '被申请人分两期向申请人支付工资共计 20000 元。',
        obligations: [
          { obligor: '某建筑公司', obligee: '张某某', description: '支付拖欠工资', amount: 20000 },
        ],
        schedule: [
          { instalmentNo: 1, dueOn: d(20), amount: 10000 },
          { instalmentNo: 2, dueOn: d(40), amount: 10000 },
        ],
        waivesSupervision: true,
        waiverClause: '申请人自愿放弃对本案申请监督的权利。',
      }),
    },
    {
      type: 'confirmLegality',
      role: P,
      data: (d) => ({
        checkedOn: d(11),
        harmsStateInterest: false,
        harmsPublicInterest: false,
        harmsThirdPartyInterest: false,
        breachesMandatoryLaw: false,
      }),
    },
    {
      type: 'signAgreement',
      role: P,
      data: (d) => ({ signedOn: d(12), signatories: ['张某某', '某建筑公司'] }),
    },
    ...[1, 2].map((instalmentNo) => ({
      type: 'recordPayment',
      role: P,
      data: (d: DayOf) => ({ instalmentNo, paidOn: d(instalmentNo * 20), amount: 10000 }),
    })),
  ],
};

const citation = { statuteId: 'cpl', article: 211 };

const reasoning: DemoScript = {
  kind: WorkflowKind.reasoning,
  input: (day, caseId) => ({
    caseId,
    trigger: { kind: 'notSupportSupervision', decidedOn: day(0) },
  }),
  events: [
    {
      type: 'addGround',
      role: P,
      data: () => ({ groundId: 'g1', summary: '申请人认为原判认定事实错误。' }),
    },
    {
      type: 'answerGround',
      role: P,
      data: () => ({
        groundId: 'g1',
        response: '经审查，原判认定事实清楚。',
        citations: [citation],
      }),
    },
    {
      type: 'completeDraft',
      role: P,
      data: (d) => ({
        completedOn: d(5),
        facts: '经审查查明的事实。',
        legalStandard: [citation],
        conclusion: '不支持监督申请。',
        remedies: '可在一年内向上一级人民检察院申请复查。',
      }),
    },
    {
      type: 'deliver',
      role: P,
      data: (d) => ({
        deliveredOn: d(8),
        mode: 'announcement',
        place: '检察宣告室',
        attendees: [{ name: '刘监督员', capacity: 'peoplesSupervisor' }],
      }),
    },
    { type: 'recordReaction', role: P, data: (d) => ({ recordedOn: d(8), reaction: 'accepts' }) },
    { type: 'complete', role: P, data: (d) => ({ completedOn: d(20) }) },
  ],
};

const materials = [
  'applicationForm',
  'identityProof',
  'harmProof',
  'hardshipProof',
  'compensationStatement',
];

const assistance: DemoScript = {
  kind: WorkflowKind.judicialAssistance,
  input: (_day, caseId) => ({ caseId }),
  events: [
    {
      type: 'inform',
      role: P,
      data: (d) => ({ informedOn: d(0), method: 'written', leadFrom: 'civil' }),
    },
    {
      type: 'receiveApplication',
      role: P,
      data: (d) => ({
        receivedOn: d(2),
        form: 'written',
        applicantRelation: 'victim',
        capacity: 'full',
        hasAgent: false,
      }),
    },
    { type: 'confirmMaterials', role: P, data: (d) => ({ checkedOn: d(3), received: materials }) },
    {
      type: 'recordHousehold',
      role: P,
      data: () => ({
        members: 4,
        monthlyIncome: 1200,
        workingCapacity: 'partial',
        lowIncomeStatus: 'dibao',
        specialGroups: ['migrantWorker'],
        hardshipProofIssuer: 'villageCommittee',
      }),
    },
    {
      type: 'recordHarm',
      role: P,
      data: () => ({
        kind: 'injury',
        description: '被拖欠工资期间受伤致残。',
        medicalCosts: 30000,
        compensationReceived: 0,
        noCompensationReason: 'offenderUnableToPay',
      }),
    },
    {
      type: 'assessEligibility',
      role: P,
      data: (d) => ({
        assessedOn: d(5),
        situations: ['civilTort'],
        exclusions: Object.fromEntries(Object.values(AssistanceExclusion).map((e) => [e, false])),
        duplicateCheck: 'clear',
      }),
    },
    {
      type: 'calculateAmount',
      role: P,
      data: (d) => ({ calculatedOn: d(6), wageBase, staleBaseConfirmed: true, months: 3 }),
    },
    {
      type: 'decide',
      role: CHIEF,
      data: (d) => ({ decidedOn: d(7), amount: 25922, staleBaseConfirmed: true }),
    },
    { type: 'requestFunds', role: P, data: (d) => ({ requestedOn: d(8) }) },
    { type: 'fundsArrived', role: P, data: (d) => ({ arrivedOn: d(15) }) },
    { type: 'notifyApplicant', role: P, data: (d) => ({ notifiedOn: d(16), method: 'phone' }) },
    {
      type: 'pay',
      role: P,
      data: (d) => ({ paidOn: d(18), method: 'cash', amount: 25922, payeeName: '张某某' }),
    },
  ],
};

export const DEMO_WORKFLOW_SCRIPTS: readonly DemoScript[] = [reconciliation, reasoning, assistance];
