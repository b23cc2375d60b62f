/**
 * Intake of a supervision application by 控申 up to its registration (DOMAIN §3A steps 1–4, §3B
 * steps 1–2): the application period checked at acceptance, then the 3-day acceptance notice,
 * the 3-day transfer, the 3-day 案管 registration and the other parties' 15-day opinion window,
 * each state waiting on its own §9 limit.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { eventGuard, machineGuards } from '../guardCheck';
import { Instrument } from '../legal/instruments';
import type { EventsFromSchemas } from '../machineEvent';
import { closureSchema, entityId, isoDate, text } from '../schemas';
import {
  defineEvents,
  defineStep,
  handlerRoles,
  recorderRoles,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';
import { checkApplicationInTime } from './applicationPeriod';

/** What starts the application period (民事规则 Art. 20; 行政规则 Art. 20). */
export const PeriodStartKind = {
  /** 驳回再审申请裁定送达 / 作出. */
  retrialRejected: 'retrialRejected',
  /** 再审判决、裁定发生法律效力. */
  retrialJudgmentEffective: 'retrialJudgmentEffective',
  /** Administrative: the court's retrial-review period ran out without a ruling. */
  retrialReviewExpired: 'retrialReviewExpired',
  /** Administrative: the applicant knew or should have known of new evidence, illegality … */
  knewOfGround: 'knewOfGround',
} as const;

const schemas = {
  accept: z.object({
    acceptedOn: isoDate,
    /** The day the application period starts; the period is checked against `receivedOn`. */
    periodStartsOn: isoDate,
    periodStartKind: z.enum(Object.values(PeriodStartKind)),
  }),
  notAccept: closureSchema,
  sendNotice: z.object({
    noticeSentOn: isoDate,
    /** The day the other parties received the copy: their 15 days run from it. */
    copyServedOn: isoDate.optional(),
  }),
  recordCopyServed: z.object({ copyServedOn: isoDate }),
  transfer: z.object({ transferredOn: isoDate }),
  register: z.object({ registeredOn: isoDate }),
  recordOpinion: z.object({ opinionReceivedOn: isoDate, summary: text(2000) }),
  closeIntake: z.object({ closedOn: isoDate }),
} as const;

type Event = EventsFromSchemas<typeof schemas>;
type Data<K extends keyof typeof schemas> = z.infer<(typeof schemas)[K]>;
type Procedure = 'civil' | 'administrative';
type Context = {
  caseId: string;
  procedure: Procedure;
  receivedOn: string;
  acceptance?: Data<'accept'>;
  notAccepted?: Data<'notAccept'>;
  notice?: Data<'sendNotice'>;
  transfer?: Data<'transfer'>;
  registration?: Data<'register'>;
  opinion?: Data<'recordOpinion'>;
  closedOn?: string;
};

const guards = {
  applicationInTime: eventGuard<Context, Event, 'accept'>('accept', (context, event) =>
    checkApplicationInTime({
      procedure: context.procedure,
      periodStartsOn: event.data.periodStartsOn,
      receivedOn: context.receivedOn,
    }),
  ),
};

const both = (civilArticle: string, adminArticle: string): LegalBasis[] => [
  { instrument: Instrument.civilRules, article: civilArticle, confidence: 'V' },
  { instrument: Instrument.adminRules, article: adminArticle, confidence: 'V' },
];
type State =
  | 'received'
  | 'accepted'
  | 'noticeSent'
  | 'transferred'
  | 'registered'
  | 'notAccepted'
  | 'completed';
const step = (state: State, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('supervisionIntake', state, spec);
const none = z.object({});
/** A step of the clerical chain after acceptance: anyone who records may take it. */
const recorded = (
  state: State,
  requiredFields: z.ZodType,
  legalBasis: LegalBasis[],
  spec: Pick<StepMeta, 'timeLimit'> & { checklist?: string[] },
) =>
  step(state, { requiredFields, legalBasis, documents: [], allowedRoles: recorderRoles, ...spec });
const steps = {
  received: step('received', {
    requiredFields: schemas.accept,
    checklist: ['materials', 'retrialFirst', 'applicationPeriod', 'notAcceptedGrounds'],
    legalBasis: [
      ...both('第20条', '第20条'),
      ...both('第27条', '第27条'),
      ...both('第32条', '第31条'),
    ],
    // Only the administrative rule gives 控申 a limit for handling the application (Art. 31).
    timeLimit: {
      limitId: 'intake.administrative',
      from: 'receivedOn',
      when: { field: 'procedure', equals: 'administrative' },
    },
    documents: [],
    allowedRoles: handlerRoles,
  }),
  accepted: recorded('accepted', schemas.sendNotice, both('第33条', '第32条'), {
    checklist: ['noticeToApplicant', 'copyToOthers'],
    timeLimit: { limitId: 'acceptanceNotice', from: 'acceptance.acceptedOn' },
  }),
  noticeSent: recorded('noticeSent', schemas.transfer, both('第34条', '第33条'), {
    checklist: ['filesToDepartment', 'copyToCaseManagement'],
    timeLimit: { limitId: 'transferToHandling', from: 'acceptance.acceptedOn' },
  }),
  // [U] The registration is counted from the transfer: the day 案管 receives the files.
  transferred: recorded('transferred', schemas.register, both('第39条', '第38条'), {
    timeLimit: { limitId: 'caseRegistration', from: 'transfer.transferredOn' },
  }),
  registered: step('registered', {
    requiredFields: schemas.closeIntake,
    checklist: ['opinionOnFile'],
    legalBasis: both('第33条', '第32条'),
    timeLimit: {
      limitId: 'otherPartyOpinion',
      from: 'notice.copyServedOn',
      // [U] Until the service date is known, counted from the day the copy was sent: the
      // reminder may come early, never late.
      fallbackFrom: 'notice.noticeSentOn',
      unlessRecorded: 'opinion.opinionReceivedOn',
    },
    documents: [],
    allowedRoles: recorderRoles,
  }),
  notAccepted: step('notAccepted', {
    requiredFields: none,
    legalBasis: both('第27条', '第27条'),
    documents: [],
    allowedRoles: handlerRoles,
    suggestsFollowUp: 'reasoning',
    isFinal: true,
  }),
  completed: step('completed', {
    requiredFields: none,
    legalBasis: [],
    documents: [],
    allowedRoles: recorderRoles,
    isFinal: true,
  }),
} satisfies Record<State, StepMeta>;

const machine = setup({
  types: {
    context: {} as Context,
    events: {} as Event,
    input: {} as { caseId: string; procedure: Procedure; receivedOn: string },
    meta: {} as StepMeta,
  },
  guards: machineGuards(guards),
}).createMachine({
  id: 'supervisionIntake',
  context: ({ input }) => ({
    caseId: input.caseId,
    procedure: input.procedure,
    receivedOn: input.receivedOn,
  }),
  initial: 'received',
  // Recordings that stay in the state: the copy's service date and the other parties' opinion
  // may arrive at any time after the notice, whichever step the intake has reached.
  on: {
    recordCopyServed: {
      actions: assign({
        notice: ({ context, event }) =>
          context.notice && { ...context.notice, copyServedOn: event.data.copyServedOn },
      }),
    },
    recordOpinion: { actions: assign({ opinion: ({ event }) => event.data }) },
  },
  states: {
    received: {
      meta: steps.received,
      on: {
        accept: {
          target: 'accepted',
          guard: 'applicationInTime',
          actions: assign({ acceptance: ({ event }) => event.data }),
        },
        notAccept: {
          target: 'notAccepted',
          actions: assign({ notAccepted: ({ event }) => event.data }),
        },
      },
    },
    accepted: {
      meta: steps.accepted,
      on: {
        sendNotice: {
          target: 'noticeSent',
          actions: assign({ notice: ({ event }) => event.data }),
        },
      },
    },
    noticeSent: {
      meta: steps.noticeSent,
      on: {
        transfer: {
          target: 'transferred',
          actions: assign({ transfer: ({ event }) => event.data }),
        },
      },
    },
    transferred: {
      meta: steps.transferred,
      on: {
        register: {
          target: 'registered',
          actions: assign({ registration: ({ event }) => event.data }),
        },
      },
    },
    registered: {
      meta: steps.registered,
      on: {
        closeIntake: {
          target: 'completed',
          actions: assign({ closedOn: ({ event }) => event.data.closedOn }),
        },
      },
    },
    notAccepted: { type: 'final', meta: steps.notAccepted },
    completed: { type: 'final', meta: steps.completed },
  },
});

export const supervisionIntakeWorkflow = defineWorkflow<Context, Event>({
  kind: 'supervisionIntake',
  version: 1,
  machine,
  caseTypes: ['civilJudgment', 'civilTrialConduct', 'civilEnforcement', 'administrative'],
  inputSchema: z.object({
    caseId: entityId,
    procedure: z.enum(['civil', 'administrative']),
    receivedOn: isoDate,
  }),
  states: steps,
  events: defineEvents('supervisionIntake', {
    accept: { schema: schemas.accept },
    notAccept: { schema: schemas.notAccept },
    sendNotice: { schema: schemas.sendNotice },
    recordCopyServed: { schema: schemas.recordCopyServed },
    transfer: { schema: schemas.transfer },
    register: { schema: schemas.register },
    recordOpinion: { schema: schemas.recordOpinion },
    closeIntake: { schema: schemas.closeIntake },
  }),
  guards,
});
