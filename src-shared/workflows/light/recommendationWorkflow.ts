/**
 * Procuratorial recommendation (检察建议, DOMAIN.md §6.1): a light record. Issued after the
 * chief's decision, filed upward within 5 days (Art. 21), reply tracked for 2 months (Art. 19),
 * follow-up supervision when the addressee does not answer or act.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { eventGuard, machineGuards } from '../guardCheck';
import { Instrument } from '../legal/instruments';
import type { EventsFromSchemas } from '../machineEvent';
import { checkPeriodRunOut } from '../periodRunOut';
import { fail, pass } from '../refusal';
import { closureSchema, entityId, isoDate, longText, shortText, text } from '../schemas';
import {
  chiefOnly,
  defineEvents,
  defineStep,
  handlerRoles,
  type DataCondition,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import type { TimeLimitId } from '../../calendar/timeLimitTable';
import { conditionsHold } from '../timeLimitRules';
import { defineWorkflow } from '../workflowDefinition';

/** Types of recommendation (检察建议工作规定 Art. 5). */
export const RecommendationType = {
  /** 再审检察建议. */
  retrial: 'retrial',
  /** 纠正违法检察建议. */
  correction: 'correction',
  /** 公益诉讼检察建议. */
  publicInterest: 'publicInterest',
  /** 社会治理检察建议: reviewed by the legal-policy research department first (Art. 17). */
  socialGovernance: 'socialGovernance',
  /** 其他. */
  other: 'other',
} as const;

const schemas = {
  issueRecommendation: z.object({
    issuedOn: isoDate,
    deliveredOn: isoDate,
    deliveryMode: z.enum(['written', 'announced']),
    addressee: text(200),
    recommendationType: z.enum(Object.values(RecommendationType)),
    researchReviewOn: isoDate.optional(),
    /** A public-interest pre-litigation recommendation in an urgent case: 15-day reply. */
    urgent: z.boolean().optional(),
    /** A recommendation on a court's enforcement activity: 3-month reply (2016 执行监督规定 Art. 13). */
    onCourtEnforcement: z.boolean().optional(),
  }),
  archive: closureSchema,
  fileUpward: z.object({ filedOn: isoDate }),
  recordReply: z.object({
    receivedOn: isoDate,
    adoption: z.enum(['adopted', 'partlyAdopted', 'notAdopted']),
    summary: longText,
  }),
  /**
   * The engine rechecks from the delivery date that the 2-month reply period has passed.
   * `replyOverdue` is what older clients sent: still accepted in stored records, never trusted.
   */
  recordNoReply: z.object({ notedOn: isoDate, replyOverdue: z.boolean().optional() }),
  escalate: z.object({ notedOn: isoDate, measures: text(2000) }),
  close: z.object({ closedOn: isoDate, assessment: shortText }),
} as const;

type Event = EventsFromSchemas<typeof schemas>;
type Data<K extends keyof typeof schemas> = z.infer<(typeof schemas)[K]>;
type Context = {
  caseId: string;
  /** The chief procurator's decision to investigate (Art. 13): the 2-month investigation starts. */
  investigationDecidedOn: string;
  issue?: Data<'issueRecommendation'>;
  archived?: Data<'archive'>;
  filedOn?: string;
  reply?: Data<'recordReply'>;
  followUp?: Data<'escalate'> | Data<'recordNoReply'>;
  closure?: Data<'close'>;
};

/**
 * The addressee's reply period, by the kind of recommendation (DOMAIN §6.1, §9): the same order
 * as the awaitingReply state's rules, so the due date shown and the "no reply" check agree.
 */
const replyLimits = [
  {
    limitId: 'publicInterest.preLitigationReplyUrgent',
    when: [
      { field: 'issue.recommendationType', equals: 'publicInterest' },
      { field: 'issue.urgent', equals: true },
    ],
  },
  {
    limitId: 'publicInterest.preLitigationReply',
    when: [{ field: 'issue.recommendationType', equals: 'publicInterest' }],
  },
  {
    limitId: 'court.enforcementRecommendationReply',
    when: [{ field: 'issue.onCourtEnforcement', equals: true }],
  },
  { limitId: 'recommendation.reply', when: [] },
] as const satisfies readonly { limitId: TimeLimitId; when: readonly DataCondition[] }[];

function replyLimitOf(issue: Data<'issueRecommendation'> | undefined): TimeLimitId {
  const context = { issue };
  return (replyLimits.find((r) => conditionsHold(r.when, context)) ?? replyLimits[3]).limitId;
}

const guards = {
  researchReviewed: eventGuard<Context, Event, 'issueRecommendation'>(
    'issueRecommendation',
    (_c, event) =>
      event.data.recommendationType === 'socialGovernance' && !event.data.researchReviewOn
        ? fail('workflow.refusal.researchReviewRequired')
        : pass,
  ),
  replyOverdue: eventGuard<Context, Event, 'recordNoReply'>('recordNoReply', (context, event) =>
    checkPeriodRunOut({
      limitId: replyLimitOf(context.issue),
      start: context.issue?.deliveredOn,
      notedOn: event.data.notedOn,
      at: event.at,
      stillRunning: 'workflow.refusal.replyNotOverdue',
    }),
  ),
};

const rule = (article: string): LegalBasis => ({
  instrument: Instrument.recommendationRules,
  article,
  confidence: 'V',
});
type State =
  | 'investigating'
  | 'issued'
  | 'awaitingReply'
  | 'replied'
  | 'followUpSupervision'
  | 'archived'
  | 'closed';
const step = (state: State, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('recommendation', state, spec);
const none = z.object({});
const steps = {
  investigating: step('investigating', {
    requiredFields: schemas.issueRecommendation,
    checklist: ['noCoercion', 'conclusionReport', 'specificAndReasoned'],
    legalBasis: [rule('第13条'), rule('第15条'), rule('第16条'), rule('第17条'), rule('第18条')],
    timeLimit: { limitId: 'recommendation.investigation', from: 'investigationDecidedOn' },
    documents: ['recommendation.letter'],
    allowedRoles: chiefOnly,
  }),
  issued: step('issued', {
    requiredFields: schemas.fileUpward,
    legalBasis: [rule('第21条')],
    timeLimit: { limitId: 'recommendation.fileUpward', from: 'issue.issuedOn' },
    documents: [],
    allowedRoles: handlerRoles,
  }),
  awaitingReply: step('awaitingReply', {
    requiredFields: schemas.recordReply,
    checklist: ['objection'],
    legalBasis: [rule('第19条'), rule('第23条')],
    timeLimit: replyLimits.map(({ limitId, when }) => ({
      limitId,
      from: 'issue.deliveredOn',
      ...(when.length > 0 ? { when } : {}),
    })),
    documents: [],
    allowedRoles: handlerRoles,
  }),
  replied: step('replied', {
    requiredFields: schemas.close,
    checklist: ['checkRectification'],
    legalBasis: [rule('第24条')],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  followUpSupervision: step('followUpSupervision', {
    requiredFields: schemas.close,
    checklist: ['reportUpward'],
    legalBasis: [rule('第24条'), rule('第25条')],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  archived: step('archived', {
    requiredFields: none,
    legalBasis: [rule('第15条')],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
  }),
  closed: step('closed', {
    requiredFields: none,
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
    input: {} as { caseId: string; investigationDecidedOn: string },
    meta: {} as StepMeta,
  },
  guards: machineGuards(guards),
}).createMachine({
  id: 'recommendation',
  context: ({ input }) => ({
    caseId: input.caseId,
    investigationDecidedOn: input.investigationDecidedOn,
  }),
  initial: 'investigating',
  states: {
    investigating: {
      meta: steps.investigating,
      on: {
        issueRecommendation: {
          target: 'issued',
          guard: 'researchReviewed',
          actions: assign({ issue: ({ event }) => event.data }),
        },
        archive: { target: 'archived', actions: assign({ archived: ({ event }) => event.data }) },
      },
    },
    issued: {
      meta: steps.issued,
      on: {
        fileUpward: {
          target: 'awaitingReply',
          actions: assign({ filedOn: ({ event }) => event.data.filedOn }),
        },
      },
    },
    awaitingReply: {
      meta: steps.awaitingReply,
      on: {
        recordReply: { target: 'replied', actions: assign({ reply: ({ event }) => event.data }) },
        recordNoReply: {
          target: 'followUpSupervision',
          guard: 'replyOverdue',
          actions: assign({ followUp: ({ event }) => event.data }),
        },
      },
    },
    replied: {
      meta: steps.replied,
      on: {
        close: { target: 'closed', actions: assign({ closure: ({ event }) => event.data }) },
        escalate: {
          target: 'followUpSupervision',
          actions: assign({ followUp: ({ event }) => event.data }),
        },
      },
    },
    followUpSupervision: {
      meta: steps.followUpSupervision,
      on: { close: { target: 'closed', actions: assign({ closure: ({ event }) => event.data }) } },
    },
    archived: { type: 'final', meta: steps.archived },
    closed: { type: 'final', meta: steps.closed },
  },
});

export const recommendationWorkflow = defineWorkflow<Context, Event>({
  kind: 'recommendation',
  version: 1,
  machine,
  caseTypes: [
    'civilJudgment',
    'civilTrialConduct',
    'civilEnforcement',
    'administrative',
    'publicInterest',
  ],
  inputSchema: z.object({ caseId: entityId, investigationDecidedOn: isoDate }),
  states: steps,
  events: defineEvents('recommendation', {
    issueRecommendation: { schema: schemas.issueRecommendation },
    archive: { schema: schemas.archive, allowedRoles: chiefOnly },
    fileUpward: { schema: schemas.fileUpward },
    recordReply: { schema: schemas.recordReply },
    recordNoReply: { schema: schemas.recordNoReply },
    escalate: { schema: schemas.escalate },
    close: { schema: schemas.close },
  }),
  guards,
});
