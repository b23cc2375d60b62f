/**
 * Support for prosecution (支持起诉, DOMAIN.md §6.3): a light record on the same engine. The
 * procuratorate supports, never substitutes: the four review points must all hold.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { eventGuard, machineGuards } from '../guardCheck';
import { Instrument } from '../legal/instruments';
import type { EventsFromSchemas } from '../machineEvent';
import { fail, pass } from '../refusal';
import {
  closureSchema,
  entityId,
  isoDate,
  longText,
  positiveYuan,
  shortText,
  text,
} from '../schemas';
import { deciderRoles, defineEvents, defineStep, handlerRoles, type StepMeta } from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';

const reviewPoints = z.object({
  /** 原告主体资格. */
  hasStanding: z.boolean(),
  /** 有实际损害. */
  actualDamage: z.boolean(),
  /** 起诉确有困难. */
  difficultySuingAlone: z.boolean(),
  /** 诉讼请求有事实和法律依据. */
  claimTenable: z.boolean(),
});

const schemas = {
  accept: z.object({
    acceptedOn: isoDate,
    channel: z.enum(['application', 'referral', 'serviceHall12309', 'online']),
    referringBody: shortText.optional(),
  }),
  recordEvidence: z.object({ evidenceId: entityId, collectedOn: isoDate, description: text(2000) }),
  decideSupport: z.object({
    decidedOn: isoDate,
    reviewPoints,
    claimType: z.enum(['wages', 'maintenance', 'guardianship', 'domesticViolence', 'other']),
    amountClaimed: positiveYuan.optional(),
    defendant: text(200),
  }),
  declineSupport: closureSchema,
  sendOpinion: z.object({
    sentOn: isoDate,
    court: text(100),
    courtCaseNumber: text(60).optional(),
    suggestsPreservation: z.boolean(),
  }),
  recordOutcome: z.object({
    outcomeOn: isoDate,
    outcome: z.enum(['judgment', 'mediation', 'withdrawnAfterPayment', 'dismissed']),
    amountRecovered: positiveYuan.optional(),
  }),
  recordEnforcement: z.object({ notedOn: isoDate, summary: longText }),
  close: z.object({ closedOn: isoDate }),
} as const;

type Event = EventsFromSchemas<typeof schemas>;
type Data<K extends keyof typeof schemas> = z.infer<(typeof schemas)[K]>;
type Context = {
  caseId: string;
  intake?: Data<'accept'>;
  evidence: Data<'recordEvidence'>[];
  decision?: Data<'decideSupport'>;
  declined?: Data<'declineSupport'>;
  opinion?: Data<'sendOpinion'>;
  outcome?: Data<'recordOutcome'>;
  enforcement: Data<'recordEnforcement'>[];
  closedOn?: string;
};

const guards = {
  supportCriteriaMet: eventGuard<Context, Event, 'decideSupport'>(
    'decideSupport',
    (_context, event) => {
      const unmet = Object.entries(event.data.reviewPoints)
        .filter(([, ok]) => !ok)
        .map(([point]) => point);
      return unmet.length > 0 ? fail('workflow.refusal.supportCriteriaUnmet', { unmet }) : pass;
    },
  ),
};

const basis = [
  { instrument: Instrument.cpl, article: '第15条', confidence: 'V' },
  { instrument: Instrument.minorsLaw, article: '第106条', confidence: 'V' },
] as const;
type State =
  'intake' | 'review' | 'supporting' | 'inLitigation' | 'enforcement' | 'declined' | 'closed';
const step = (state: State, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('supportProsecution', state, spec);
const final = z.object({});
const steps = {
  intake: step('intake', {
    requiredFields: schemas.accept,
    checklist: ['application', 'identity'],
    legalBasis: basis,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  review: step('review', {
    requiredFields: schemas.decideSupport,
    checklist: ['fourPoints', 'helpGatherEvidence', 'voluntariness'],
    legalBasis: basis,
    documents: [],
    allowedRoles: deciderRoles,
  }),
  supporting: step('supporting', {
    requiredFields: schemas.sendOpinion,
    checklist: ['preservation'],
    legalBasis: basis,
    documents: ['support.opinion'],
    allowedRoles: handlerRoles,
  }),
  inLitigation: step('inLitigation', {
    requiredFields: schemas.recordOutcome,
    checklist: ['attendCourt'],
    legalBasis: basis,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  enforcement: step('enforcement', {
    requiredFields: schemas.close,
    checklist: ['followEnforcement'],
    legalBasis: basis,
    documents: [],
    allowedRoles: handlerRoles,
  }),
  declined: step('declined', {
    requiredFields: final,
    legalBasis: basis,
    documents: [],
    allowedRoles: handlerRoles,
    suggestsFollowUp: 'reasoning',
    isFinal: true,
  }),
  closed: step('closed', {
    requiredFields: final,
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
  }),
} satisfies Record<State, StepMeta>;

const machine = setup({
  types: {
    context: {} as Context,
    events: {} as Event,
    input: {} as { caseId: string },
    meta: {} as StepMeta,
  },
  guards: machineGuards(guards),
}).createMachine({
  id: 'supportProsecution',
  context: ({ input }) => ({ caseId: input.caseId, evidence: [], enforcement: [] }),
  initial: 'intake',
  states: {
    intake: {
      meta: steps.intake,
      on: { accept: { target: 'review', actions: assign({ intake: ({ event }) => event.data }) } },
    },
    review: {
      meta: steps.review,
      on: {
        recordEvidence: {
          actions: assign({
            evidence: ({ context, event }) => [
              ...context.evidence.filter((e) => e.evidenceId !== event.data.evidenceId),
              event.data,
            ],
          }),
        },
        decideSupport: {
          target: 'supporting',
          guard: 'supportCriteriaMet',
          actions: assign({ decision: ({ event }) => event.data }),
        },
        declineSupport: {
          target: 'declined',
          actions: assign({ declined: ({ event }) => event.data }),
        },
      },
    },
    supporting: {
      meta: steps.supporting,
      on: {
        sendOpinion: {
          target: 'inLitigation',
          actions: assign({ opinion: ({ event }) => event.data }),
        },
      },
    },
    inLitigation: {
      meta: steps.inLitigation,
      on: {
        recordOutcome: {
          target: 'enforcement',
          actions: assign({ outcome: ({ event }) => event.data }),
        },
      },
    },
    enforcement: {
      meta: steps.enforcement,
      on: {
        recordEnforcement: {
          actions: assign({
            enforcement: ({ context, event }) => [...context.enforcement, event.data],
          }),
        },
        close: {
          target: 'closed',
          actions: assign({ closedOn: ({ event }) => event.data.closedOn }),
        },
      },
    },
    declined: { type: 'final', meta: steps.declined },
    closed: { type: 'final', meta: steps.closed },
  },
});

export const supportProsecutionWorkflow = defineWorkflow<Context, Event>({
  kind: 'supportProsecution',
  version: 1,
  machine,
  caseTypes: ['supportProsecution'],
  inputSchema: z.object({ caseId: entityId }),
  states: steps,
  events: defineEvents('supportProsecution', {
    accept: { schema: schemas.accept },
    recordEvidence: { schema: schemas.recordEvidence },
    decideSupport: { schema: schemas.decideSupport },
    declineSupport: { schema: schemas.declineSupport },
    sendOpinion: { schema: schemas.sendOpinion },
    recordOutcome: { schema: schemas.recordOutcome },
    recordEnforcement: { schema: schemas.recordEnforcement },
    close: { schema: schemas.close },
  }),
  guards,
});
