/**
 * Interpretation & reasoning (释法说理, DOMAIN.md §5): the applicant's grounds are listed and each
 * answered, the legal standard cites current article numbers, the reasoning is delivered (in
 * writing, face to face, by 检察宣告 or at a hearing), and the reaction is followed up.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { machineGuards } from '../guardCheck';
import { entityId } from '../schemas';
import { defineEvents, recorderRoles, type StepMeta } from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';
import { reasoningGuards, type ReasoningContext, type ReasoningEvent } from './reasoningGuards';
import { reasoningSchemas as s, reasoningTriggerSchema } from './reasoningSchemas';
import { reasoningSteps as steps } from './reasoningSteps';

export const reasoningInputSchema = z.object({ caseId: entityId, trigger: reasoningTriggerSchema });
export type ReasoningInput = z.infer<typeof reasoningInputSchema>;

export const reasoningMachine = setup({
  types: {
    context: {} as ReasoningContext,
    events: {} as ReasoningEvent,
    input: {} as ReasoningInput,
    meta: {} as StepMeta,
  },
  guards: machineGuards(reasoningGuards),
}).createMachine({
  id: 'reasoning',
  context: ({ input }) => ({
    caseId: input.caseId,
    trigger: input.trigger,
    grounds: [],
    visits: [],
  }),
  initial: 'preparing',
  states: {
    preparing: {
      meta: steps.preparing,
      on: {
        addGround: {
          guard: 'groundNew',
          actions: assign({ grounds: ({ context, event }) => [...context.grounds, event.data] }),
        },
        answerGround: {
          guard: 'answerValid',
          actions: assign({
            grounds: ({ context, event }) =>
              context.grounds.map((g) =>
                g.groundId === event.data.groundId
                  ? {
                      ...g,
                      answer: { response: event.data.response, citations: event.data.citations },
                    }
                  : g,
              ),
          }),
        },
        completeDraft: {
          target: 'delivery',
          guard: 'draftComplete',
          actions: assign({ draft: ({ event }) => event.data }),
        },
      },
    },
    delivery: {
      meta: steps.delivery,
      on: {
        deliver: {
          target: 'awaitingReaction',
          actions: assign({ delivery: ({ event }) => event.data }),
        },
        reviseDraft: 'preparing',
      },
    },
    awaitingReaction: {
      meta: steps.awaitingReaction,
      on: {
        recordReaction: {
          target: 'followUp',
          actions: assign({ reaction: ({ event }) => event.data }),
        },
      },
    },
    followUp: {
      meta: steps.followUp,
      on: {
        recordFollowUpVisit: {
          actions: assign({
            visits: ({ context, event }) => [
              ...context.visits.filter((v) => v.visitId !== event.data.visitId),
              event.data,
            ],
          }),
        },
        complete: {
          target: 'completed',
          guard: 'followUpDone',
          actions: assign({ completion: ({ event }) => event.data }),
        },
      },
    },
    completed: { type: 'final', meta: steps.completed },
  },
});

export const reasoningWorkflow = defineWorkflow<ReasoningContext, ReasoningEvent>({
  kind: 'reasoning',
  version: 1,
  machine: reasoningMachine,
  caseTypes: [
    'civilJudgment',
    'civilTrialConduct',
    'civilEnforcement',
    'administrative',
    'judicialAssistance',
    'petition',
    'supportProsecution',
  ],
  inputSchema: reasoningInputSchema,
  states: steps,
  events: defineEvents('reasoning', {
    addGround: { schema: s.addGround, allowedRoles: recorderRoles },
    answerGround: { schema: s.answerGround },
    completeDraft: { schema: s.completeDraft, allowedRoles: ['procurator'] },
    reviseDraft: { schema: s.reviseDraft },
    deliver: { schema: s.deliver },
    recordReaction: { schema: s.recordReaction, allowedRoles: recorderRoles },
    recordFollowUpVisit: { schema: s.recordFollowUpVisit, allowedRoles: recorderRoles },
    complete: { schema: s.complete },
  }),
  guards: reasoningGuards,
});
