/**
 * Public hearing (公开听证, DOMAIN.md §6.4): approval, officers from the pool with eligibility and
 * conflict declarations, a notice at least 3 days ahead, the seven-step agenda, each officer's
 * opinion, transcript and deliberation record, and a decision that follows the majority or has
 * the chief procurator's recorded approval.
 */
import { assign, setup } from 'xstate';
import type { z } from 'zod';
import { machineGuards } from '../guardCheck';
import { chiefOnly, defineEvents, recorderRoles, type StepMeta } from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';
import { hearingGuards, type HearingContext, type HearingEvent } from './hearingGuards';
import { hearingInputSchema, hearingSchemas as s } from './hearingSchemas';
import { hearingSteps as steps } from './hearingSteps';
import { followsMajority, majorityPosition } from './majority';

const publish = { publishPublicNotice: { actions: 'setPublicNotice' } } as const;

export const hearingMachine = setup({
  types: {
    context: {} as HearingContext,
    events: {} as HearingEvent,
    input: {} as z.infer<typeof hearingInputSchema>,
    meta: {} as StepMeta,
  },
  guards: machineGuards(hearingGuards),
  actions: {
    setPublicNotice: assign({
      publicNotice: ({ context, event }) =>
        event.type === 'publishPublicNotice' ? event.data : context.publicNotice,
    }),
  },
}).createMachine({
  id: 'publicHearing',
  context: ({ input }) => ({
    caseId: input.caseId,
    procedure: input.procedure,
    involvesMinor: input.involvesMinor,
    officers: [],
    postponements: [],
    agenda: [],
    opinions: [],
  }),
  initial: 'proposed',
  states: {
    proposed: {
      meta: steps.proposed,
      on: {
        approveHearing: {
          target: 'preparing',
          guard: 'opennessAllowed',
          actions: assign({ approval: ({ event }) => event.data }),
        },
        refuseHearing: {
          target: 'refused',
          actions: assign({ refusal: ({ event }) => event.data }),
        },
      },
    },
    preparing: {
      meta: steps.preparing,
      on: {
        addOfficer: {
          guard: 'officerAcceptable',
          actions: assign({ officers: ({ context, event }) => [...context.officers, event.data] }),
        },
        selectOfficers: {
          guard: 'selectionAcceptable',
          actions: assign({
            officers: ({ context, event }) => [
              ...context.officers,
              ...event.data.officers.map((o) => ({
                ...o,
                selection: { method: event.data.method },
              })),
            ],
            selections: ({ context, event }) => {
              const { officers: _officers, ...record } = event.data;
              return [...(context.selections ?? []), record];
            },
          }),
        },
        removeOfficer: {
          guard: 'officerKnown',
          actions: assign({
            officers: ({ context, event }) =>
              context.officers.filter((o) => o.officerId !== event.data.officerId),
          }),
        },
        ...publish,
        sendNotice: {
          target: 'noticed',
          guard: 'noticeReady',
          actions: assign({ notice: ({ event }) => event.data }),
        },
      },
    },
    noticed: {
      meta: steps.noticed,
      on: {
        ...publish,
        openHearing: {
          target: 'inSession',
          guard: 'publicNoticeIfPublic',
          actions: assign({ opening: ({ event }) => event.data }),
        },
        // A new date needs a new notice, and a new public notice for a public hearing.
        postpone: {
          target: 'preparing',
          actions: assign({
            notice: undefined,
            publicNotice: undefined,
            postponements: ({ context, event }) => [...context.postponements, event.data],
          }),
        },
      },
    },
    inSession: {
      meta: steps.inSession,
      on: {
        logAgendaStep: {
          guard: 'nextAgendaStep',
          actions: assign({ agenda: ({ context, event }) => [...context.agenda, event.data] }),
        },
        recordOpinion: {
          guard: 'opinionFromOfficer',
          actions: assign({
            opinions: ({ context, event }) => [
              ...context.opinions.filter((o) => o.officerId !== event.data.officerId),
              event.data,
            ],
          }),
        },
        confirmAdministrativeAgenda: {
          guard: 'administrativeAgendaApplies',
          actions: assign({ administrativeAgenda: ({ event }) => event.data }),
        },
        closeHearing: { target: 'records', guard: 'hearingComplete' },
      },
    },
    records: {
      meta: steps.records,
      on: {
        completeRecords: {
          target: 'decision',
          guard: 'recordsComplete',
          actions: assign({ records: ({ event }) => event.data }),
        },
      },
    },
    decision: {
      meta: steps.decision,
      on: {
        decide: {
          target: 'concluded',
          guard: 'majorityRespected',
          actions: assign({
            decision: ({ context, event }) => {
              const majority = majorityPosition(context.opinions.map((o) => o.position));
              return {
                ...event.data,
                majority,
                followsMajority: followsMajority(majority, event.data.adoptsProposal),
              };
            },
          }),
        },
      },
    },
    concluded: { type: 'final', meta: steps.concluded },
    refused: { type: 'final', meta: steps.refused },
  },
});

export const hearingWorkflow = defineWorkflow<HearingContext, HearingEvent>({
  kind: 'publicHearing',
  version: 1,
  machine: hearingMachine,
  caseTypes: [
    'civilJudgment',
    'civilTrialConduct',
    'civilEnforcement',
    'administrative',
    'publicInterest',
    'petition',
    'judicialAssistance',
  ],
  inputSchema: hearingInputSchema,
  states: steps,
  events: defineEvents('publicHearing', {
    approveHearing: { schema: s.approveHearing, allowedRoles: chiefOnly },
    refuseHearing: { schema: s.refuseHearing, allowedRoles: chiefOnly },
    addOfficer: { schema: s.addOfficer },
    selectOfficers: { schema: s.selectOfficers },
    removeOfficer: { schema: s.removeOfficer },
    publishPublicNotice: { schema: s.publishPublicNotice },
    sendNotice: { schema: s.sendNotice },
    postpone: { schema: s.postpone },
    openHearing: { schema: s.openHearing },
    logAgendaStep: { schema: s.logAgendaStep, allowedRoles: recorderRoles },
    recordOpinion: { schema: s.recordOpinion, allowedRoles: recorderRoles },
    confirmAdministrativeAgenda: {
      schema: s.confirmAdministrativeAgenda,
      allowedRoles: recorderRoles,
    },
    closeHearing: { schema: s.closeHearing },
    completeRecords: { schema: s.completeRecords, allowedRoles: recorderRoles },
    decide: { schema: s.decide },
  }),
  guards: hearingGuards,
});
