/** Step metadata of judicial assistance (DOMAIN.md §4.5), to the 2021 细则. */
import { z } from 'zod';
import { ARTICLE_UNVERIFIED, Instrument } from '../legal/instruments';
import {
  deciderRoles,
  defineStep,
  handlerRoles,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import { assistanceSchemas as s } from './assistanceSchemas';

export const assistanceStates = [
  'informing',
  'advanceAssistance',
  'application',
  'materials',
  'awaitingSupplement',
  'review',
  'amount',
  'decision',
  'fundsRequest',
  'awaitingFunds',
  'notifyingApplicant',
  'disbursement',
  'followUp',
  'refused',
  'withdrawn',
  'abandoned',
  'closed',
] as const;
export type AssistanceState = (typeof assistanceStates)[number];

/** The 2021 细则's article numbers were not retrieved (DOMAIN.md §10.1) unless a source quotes them. */
const rules = (article: string = ARTICLE_UNVERIFIED): LegalBasis => ({
  instrument: Instrument.assistanceRules,
  article,
  confidence: article === ARTICLE_UNVERIFIED ? 'U' : 'S',
});
const opinion2014: LegalBasis = {
  instrument: Instrument.assistanceOpinion2014,
  article: ARTICLE_UNVERIFIED,
  confidence: 'S',
};
const decisionLimit = { limitId: 'assistance.decision', from: 'acceptedOn' } as const;
const none = z.object({});
const step = (state: AssistanceState, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('judicialAssistance', state, spec);
const final = (state: AssistanceState, extra: Partial<Parameters<typeof defineStep>[2]> = {}) =>
  step(state, {
    requiredFields: none,
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
    ...extra,
  });

export const assistanceSteps: Readonly<Record<AssistanceState, StepMeta>> = {
  informing: step('informing', {
    requiredFields: s.inform,
    checklist: ['proactiveInforming', 'transferLead', 'urgentNeed'],
    legalBasis: [rules()],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  advanceAssistance: step('advanceAssistance', {
    requiredFields: s.approveAdvance,
    checklist: ['lifeOrTreatment', 'immediateReview', 'paperworkAfterwards'],
    legalBasis: [rules()],
    documents: [],
    allowedRoles: deciderRoles,
  }),
  application: step('application', {
    requiredFields: s.receiveApplication,
    checklist: ['writtenOrOral', 'capacity', 'relationshipProof'],
    legalBasis: [rules()],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  materials: step('materials', {
    requiredFields: s.confirmMaterials,
    checklist: ['stampedReceipt', 'oneTimeSupplement'],
    legalBasis: [rules()],
    timeLimit: { limitId: 'assistance.supplementNotice', from: 'application.receivedOn' },
    documents: ['assistance.supplementNotice'],
    allowedRoles: handlerRoles,
  }),
  awaitingSupplement: step('awaitingSupplement', {
    requiredFields: s.receiveSupplement,
    checklist: ['deemedAbandoned'],
    legalBasis: [rules()],
    timeLimit: {
      limitId: 'assistance.supplementWindow',
      from: 'supplement.windowStartsOn',
      fallbackFrom: 'supplement.issuedOn',
    },
    documents: [],
    allowedRoles: handlerRoles,
  }),
  review: step('review', {
    requiredFields: s.assessEligibility,
    checklist: ['homeVisit', 'household', 'harm', 'situations', 'exclusions', 'duplicateCheck'],
    legalBasis: [rules('第5条'), rules('第7条'), rules('第8条'), opinion2014],
    timeLimit: decisionLimit,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  amount: step('amount', {
    requiredFields: s.calculateAmount,
    checklist: ['wageBase', 'factors', 'capReason'],
    legalBasis: [opinion2014],
    timeLimit: decisionLimit,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  decision: step('decision', {
    requiredFields: s.decide,
    checklist: ['approvalForm', 'configuredDecider'],
    legalBasis: [rules(), opinion2014],
    timeLimit: decisionLimit,
    documents: ['assistance.approvalForm', 'assistance.decision'],
    allowedRoles: deciderRoles,
  }),
  fundsRequest: step('fundsRequest', {
    requiredFields: s.requestFunds,
    checklist: ['financeDepartment'],
    legalBasis: [opinion2014],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  awaitingFunds: step('awaitingFunds', {
    requiredFields: s.fundsArrived,
    legalBasis: [opinion2014],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  notifyingApplicant: step('notifyingApplicant', {
    requiredFields: s.notifyApplicant,
    checklist: ['withinTwoWorkingDays'],
    legalBasis: [opinion2014],
    timeLimit: { limitId: 'assistance.notifyAfterFunds', from: 'funds.arrivedOn' },
    documents: [],
    allowedRoles: handlerRoles,
  }),
  disbursement: step('disbursement', {
    requiredFields: s.pay,
    checklist: ['receipt', 'accountSensitive'],
    legalBasis: [rules()],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  followUp: step('followUp', {
    requiredFields: s.closeCase,
    checklist: ['visit', 'fundUse', 'referrals'],
    legalBasis: [rules()],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  refused: step('refused', {
    requiredFields: s.closeCase,
    checklist: ['explainPromptly', 'socialAssistance'],
    legalBasis: [rules('第8条'), opinion2014],
    documents: ['assistance.refusalNotice'],
    allowedRoles: handlerRoles,
    suggestsFollowUp: 'reasoning',
  }),
  withdrawn: final('withdrawn'),
  abandoned: final('abandoned'),
  closed: final('closed'),
};
