/**
 * Civil reconciliation (检察和解) and administrative substantive resolution (实质性化解) as one
 * machine family. The reconciliation runs inside a supervision review: it either ends the review
 * (终结审查, only on a signed agreement that expressly waives supervision) or hands back to it.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { machineGuards } from '../guardCheck';
import { entityId, isoDate } from '../schemas';
import { deciderRoles, defineEvents, recorderRoles, type StepMeta } from '../stepMeta';
import { defineWorkflow, type WorkflowDefinition } from '../workflowDefinition';
import type { ReconciliationContext, SupersededAgreement } from './reconciliationContext';
import { extensionSpanSchema } from './extensionMaximum';
import { reconciliationGuards, type ReconciliationEvent } from './reconciliationGuards';
import {
  adminSchemaOverrides,
  reconciliationSchemas,
  type ReconciliationVariant,
} from './reconciliationSchemas';
import { reconciliationKind, reconciliationSteps } from './reconciliationSteps';

export const reconciliationInputSchema = z.object({
  caseId: entityId,
  reviewStartedOn: isoDate,
  isSimpleCase: z.boolean().default(false),
});
/** Administrative only: the total extension a provincial rule allows (default: extensionMaximum.ts). */
export const adminResolutionInputSchema = reconciliationInputSchema.extend({
  extensionMaximum: extensionSpanSchema.optional(),
});
export type ReconciliationInput = z.infer<typeof adminResolutionInputSchema>;

function createMachine(
  variant: ReconciliationVariant,
  steps: ReturnType<typeof reconciliationSteps>,
) {
  const kind = reconciliationKind(variant);
  const clock =
    variant === 'admin'
      ? {
          recordExcludedPeriod: { actions: 'addExcludedPeriod' as const },
          extendReview: { guard: 'extensionApproved' as const, actions: 'addExtension' as const },
        }
      : { recordExcludedPeriod: { actions: 'addExcludedPeriod' as const } };
  const abandon = { target: 'reviewContinues', actions: 'recordAbandonment' } as const;

  return setup({
    types: {
      context: {} as ReconciliationContext,
      events: {} as ReconciliationEvent,
      input: {} as ReconciliationInput,
      meta: {} as StepMeta,
    },
    guards: machineGuards(reconciliationGuards),
    actions: {
      addExcludedPeriod: assign({
        excludedPeriods: ({ context, event }) =>
          event.type === 'recordExcludedPeriod'
            ? [...context.excludedPeriods, event.data]
            : context.excludedPeriods,
      }),
      addExtension: assign({
        extensions: ({ context, event }) =>
          event.type === 'extendReview'
            ? [...context.extensions, { ...event.data, recordedBy: event.by }]
            : context.extensions,
      }),
      // The amended agreement replaces the signed one, which is kept with its check and signing;
      // the new one goes through the same legality check and signing as the first.
      recordAmendment: assign(({ context, event }) => {
        if (event.type !== 'amendAgreement' || !context.agreement) return {};
        const { amendmentKind, reason, voluntarinessStatement, ...agreement } = event.data;
        const replaced: SupersededAgreement = {
          agreement: context.agreement,
          ...(context.legality ? { legality: context.legality } : {}),
          ...(context.signing ? { signing: context.signing } : {}),
          supersededOn: agreement.draftedOn,
        };
        return {
          superseded: [...(context.superseded ?? []), replaced],
          amendment: { amendmentKind, reason, voluntarinessStatement },
          agreement,
          legality: undefined,
          signing: undefined,
        };
      }),
      recordAbandonment: assign({
        abandoned: ({ context, event }) =>
          event.type === 'abandonReconciliation' ? event.data : context.abandoned,
      }),
    },
  }).createMachine({
    id: kind,
    context: ({ input }) => ({
      variant,
      caseId: input.caseId,
      reviewStartedOn: input.reviewStartedOn,
      isSimpleCase: input.isSimpleCase,
      ...(input.extensionMaximum ? { extensionMaximum: input.extensionMaximum } : {}),
      excludedPeriods: [],
      extensions: [],
      parties: [],
      sessions: [],
      payments: [],
      reminders: [],
    }),
    initial: 'review',
    states: {
      review: {
        meta: steps.review,
        on: {
          ...clock,
          proposeReconciliation: {
            target: 'willingness',
            actions: assign({ proposedOn: ({ event }) => event.data.proposedOn }),
          },
          abandonReconciliation: abandon,
        },
      },
      willingness: {
        meta: steps.willingness,
        on: {
          ...clock,
          recordWillingness: {
            actions: assign({
              parties: ({ context, event }) => [
                ...context.parties.filter((p) => p.partyId !== event.data.partyId),
                event.data,
              ],
            }),
          },
          startSessions: { target: 'negotiation', guard: 'partiesReady' },
          abandonReconciliation: abandon,
        },
      },
      negotiation: {
        meta: steps.negotiation,
        on: {
          ...clock,
          recordSession: {
            actions: assign({
              sessions: ({ context, event }) => [
                ...context.sessions.filter((x) => x.sessionId !== event.data.sessionId),
                event.data,
              ],
            }),
          },
          draftAgreement: {
            target: 'legalityCheck',
            guard: 'hasSession',
            actions: assign({
              agreement: ({ event }) => event.data,
              legality: undefined,
              signing: undefined,
            }),
          },
          abandonReconciliation: abandon,
        },
      },
      legalityCheck: {
        meta: steps.legalityCheck,
        on: {
          ...clock,
          confirmLegality: {
            target: 'signing',
            guard: 'agreementLawful',
            actions: assign({ legality: ({ event }) => event.data }),
          },
          reviseAgreement: 'negotiation',
          abandonReconciliation: abandon,
        },
      },
      signing: {
        meta: steps.signing,
        on: {
          ...clock,
          signAgreement: {
            target: 'performance',
            actions: assign({ signing: ({ event }) => event.data }),
          },
          reviseAgreement: 'negotiation',
          abandonReconciliation: abandon,
        },
      },
      performance: {
        meta: steps.performance,
        on: {
          ...clock,
          recordReminder: {
            guard: 'reminderForOpenInstalment',
            actions: assign({
              reminders: ({ context, event }) => [...context.reminders, event.data],
            }),
          },
          recordPayment: {
            guard: 'instalmentOpen',
            actions: assign({
              payments: ({ context, event }) => [...context.payments, event.data],
            }),
          },
          amendAgreement: {
            target: 'legalityCheck',
            guard: 'agreementSigned',
            actions: 'recordAmendment',
          },
          terminateReview: {
            target: 'terminated',
            guard: 'waiverSigned',
            actions: assign({
              termination: ({ event }) => ({ ...event.data, decidedBy: event.by }),
            }),
          },
          abandonReconciliation: abandon,
        },
      },
      terminated: { type: 'final', meta: steps.terminated },
      reviewContinues: { type: 'final', meta: steps.reviewContinues },
    },
  });
}

export function createReconciliationWorkflow(variant: ReconciliationVariant): WorkflowDefinition {
  const kind = reconciliationKind(variant);
  const schemas =
    variant === 'admin'
      ? { ...reconciliationSchemas, ...adminSchemaOverrides }
      : reconciliationSchemas;
  const clockEvents = {
    recordExcludedPeriod: { schema: schemas.recordExcludedPeriod },
    // The civil rules have no extension: the civil machine has no such event at all.
    ...(variant === 'admin'
      ? {
          extendReview: {
            schema: schemas.extendReview,
            allowedRoles: ['procurator', 'chiefProcurator'] as const,
          },
        }
      : {}),
  };
  const events = defineEvents(kind, {
    ...clockEvents,
    proposeReconciliation: { schema: schemas.proposeReconciliation },
    recordWillingness: { schema: schemas.recordWillingness, allowedRoles: recorderRoles },
    startSessions: { schema: schemas.startSessions },
    recordSession: { schema: schemas.recordSession, allowedRoles: recorderRoles },
    draftAgreement: { schema: schemas.draftAgreement },
    reviseAgreement: { schema: schemas.reviseAgreement },
    confirmLegality: { schema: schemas.confirmLegality },
    signAgreement: { schema: schemas.signAgreement },
    amendAgreement: { schema: schemas.amendAgreement },
    recordPayment: { schema: schemas.recordPayment, allowedRoles: recorderRoles },
    recordReminder: { schema: schemas.recordReminder, allowedRoles: recorderRoles },
    terminateReview: { schema: schemas.terminateReview, allowedRoles: deciderRoles },
    abandonReconciliation: { schema: schemas.abandonReconciliation },
  });
  const steps = reconciliationSteps(variant);
  return defineWorkflow<ReconciliationContext, ReconciliationEvent>({
    kind,
    version: 1,
    machine: createMachine(variant, steps),
    caseTypes:
      variant === 'admin'
        ? ['administrative']
        : ['civilJudgment', 'civilTrialConduct', 'civilEnforcement', 'supportProsecution'],
    inputSchema: variant === 'admin' ? adminResolutionInputSchema : reconciliationInputSchema,
    states: steps,
    events,
    guards: reconciliationGuards,
  });
}

export const civilReconciliationWorkflow = createReconciliationWorkflow('civil');
export const adminResolutionWorkflow = createReconciliationWorkflow('admin');
