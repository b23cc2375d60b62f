/** Step metadata of interpretation & reasoning (DOMAIN.md §5). */
import { z } from 'zod';
import { Instrument } from '../legal/instruments';
import {
  defineStep,
  handlerRoles,
  type DataCondition,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import { reasoningSchemas as s } from './reasoningSchemas';

export const reasoningStates = [
  'preparing',
  'delivery',
  'awaitingReaction',
  'followUp',
  'completed',
] as const;
export type ReasoningState = (typeof reasoningStates)[number];

const opinion: LegalBasis = {
  instrument: Instrument.reasoningOpinion,
  article: '全文',
  confidence: 'S',
};
const notSupported: DataCondition = { field: 'trigger.kind', equals: 'notSupportSupervision' };
/** 不支持监督申请决定书 made and sent within 15 days (民事规则 Arts. 89/93/103/109; 行政规则 Arts. 96/107/114). */
const documentWindow = {
  limitId: 'decisionDocument',
  from: 'trigger.decidedOn',
  when: notSupported,
} as const;
const windowBasis: LegalBasis[] = [
  { instrument: Instrument.civilRules, article: '第89条', confidence: 'V' },
  { instrument: Instrument.adminRules, article: '第96条', confidence: 'V' },
];
const step = (state: ReasoningState, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('reasoning', state, spec);

export const reasoningSteps: Readonly<Record<ReasoningState, StepMeta>> = {
  preparing: step('preparing', {
    requiredFields: s.completeDraft,
    checklist: ['listGrounds', 'answerEach', 'currentArticles', 'empathy', 'remedies'],
    legalBasis: [opinion, ...windowBasis],
    timeLimit: documentWindow,
    documents: ['reasoning.record'],
    conditionalDocuments: [{ documentId: 'supervision.notSupportedDecision', when: notSupported }],
    allowedRoles: handlerRoles,
  }),
  delivery: step('delivery', {
    requiredFields: s.deliver,
    checklist: ['chooseMode', 'attendees'],
    legalBasis: [opinion, ...windowBasis],
    timeLimit: documentWindow,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  awaitingReaction: step('awaitingReaction', {
    requiredFields: s.recordReaction,
    legalBasis: [opinion],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  followUp: step('followUp', {
    requiredFields: s.complete,
    checklist: ['visitIfPetitioning'],
    legalBasis: [opinion],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  completed: step('completed', {
    requiredFields: z.object({}),
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
  }),
};
