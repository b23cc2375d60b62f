/**
 * National judicial assistance (国家司法救助, DOMAIN.md §4), to the 2021 细则: informing, the
 * advance-assistance path, application, materials with one supplement notice, eligibility and
 * exclusions, amount, decision by the configured role, funds, payment, referrals and follow-up.
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { machineGuards } from '../guardCheck';
import { entityId } from '../schemas';
import type { StepMeta } from '../stepMeta';
import type { AssistanceContext } from './assistanceContext';
import {
  assistanceGuards,
  computeAmount,
  supplementWindowStart,
  type AssistanceEvent,
} from './assistanceGuards';
import { assistanceConfigSchema } from './assistanceSchemas';
import { assistanceSteps as steps } from './assistanceSteps';

export const assistanceInputSchema = z.object({
  caseId: entityId,
  sourceCaseId: entityId.optional(),
  config: assistanceConfigSchema.prefault({}),
});
export type AssistanceInput = z.infer<typeof assistanceInputSchema>;

const withdraw = { target: 'withdrawn', actions: 'recordWithdrawal' } as const;
const referrals = {
  recordReferral: { guard: 'referralNew', actions: 'addReferral' },
  recordReferralOutcome: { guard: 'referralKnown', actions: 'addReferralOutcome' },
} as const;
const refuse = { target: 'refused', guard: 'refusalDecider', actions: 'recordRefusal' } as const;

const mask = (account: string | undefined) =>
  account === undefined ? undefined : `****${account.replace(/\s/g, '').slice(-4)}`;

export const assistanceMachine = setup({
  types: {
    context: {} as AssistanceContext,
    events: {} as AssistanceEvent,
    input: {} as AssistanceInput,
    meta: {} as StepMeta,
  },
  guards: machineGuards(assistanceGuards),
  actions: {
    recordWithdrawal: assign({
      withdrawal: ({ context, event }) =>
        event.type === 'withdraw' ? event.data : context.withdrawal,
    }),
    addReferral: assign({
      referrals: ({ context, event }) =>
        event.type === 'recordReferral' ? [...context.referrals, event.data] : context.referrals,
    }),
    addReferralOutcome: assign({
      referrals: ({ context, event }) =>
        event.type === 'recordReferralOutcome'
          ? context.referrals.map((r) =>
              r.referralId === event.data.referralId ? { ...r, outcome: event.data } : r,
            )
          : context.referrals,
    }),
    addVisit: assign({
      visits: ({ context, event }) =>
        event.type === 'recordVisit'
          ? [...context.visits.filter((v) => v.visitId !== event.data.visitId), event.data]
          : context.visits,
    }),
    recordRefusal: assign({
      refusal: ({ context, event }) => (event.type === 'refuse' ? event.data : context.refusal),
    }),
    recordClosure: assign({
      closure: ({ context, event }) => (event.type === 'closeCase' ? event.data : context.closure),
    }),
  },
}).createMachine({
  id: 'judicialAssistance',
  context: ({ input }) => ({
    caseId: input.caseId,
    ...(input.sourceCaseId === undefined ? {} : { sourceCaseId: input.sourceCaseId }),
    config: input.config,
    materialsReceived: [],
    visits: [],
    referrals: [],
    funds: {},
  }),
  initial: 'informing',
  states: {
    informing: {
      meta: steps.informing,
      on: {
        inform: {
          target: 'application',
          actions: assign({ informing: ({ event }) => event.data }),
        },
        requestAdvance: {
          target: 'advanceAssistance',
          actions: assign({ advance: ({ event }) => event.data }),
        },
      },
    },
    advanceAssistance: {
      meta: steps.advanceAssistance,
      on: {
        approveAdvance: {
          target: 'application',
          guard: 'advanceApprover',
          actions: assign({
            advance: ({ context, event }) =>
              context.advance && { ...context.advance, approval: event.data },
          }),
        },
        declineAdvance: {
          target: 'application',
          actions: assign({
            advance: ({ context, event }) =>
              context.advance && { ...context.advance, declined: event.data },
          }),
        },
      },
    },
    application: {
      meta: steps.application,
      on: {
        receiveApplication: {
          target: 'materials',
          actions: assign({ application: ({ event }) => event.data }),
        },
        withdraw,
      },
    },
    materials: {
      meta: steps.materials,
      on: {
        confirmMaterials: {
          target: 'review',
          guard: 'materialsComplete',
          actions: assign({
            materialsReceived: ({ event }) => [...new Set(event.data.received)],
            acceptedOn: ({ event }) => event.data.checkedOn,
          }),
        },
        // One notice only: the applicant is told everything missing at once, and the
        // awaitingSupplement state has no way back here.
        issueSupplementNotice: {
          target: 'awaitingSupplement',
          actions: assign({
            supplement: ({ event }) => ({
              ...event.data,
              windowStartsOn: supplementWindowStart({ supplement: event.data }),
            }),
          }),
        },
        withdraw,
      },
    },
    awaitingSupplement: {
      meta: steps.awaitingSupplement,
      on: {
        receiveSupplement: {
          target: 'review',
          guard: 'supplementComplete',
          actions: assign({
            materialsReceived: ({ context, event }) => [
              ...new Set([...context.materialsReceived, ...event.data.received]),
            ],
            supplement: ({ context, event }) =>
              context.supplement && { ...context.supplement, suppliedOn: event.data.suppliedOn },
            acceptedOn: ({ event }) => event.data.suppliedOn,
          }),
        },
        lapseSupplement: { target: 'abandoned', guard: 'supplementLapsed' },
        withdraw,
      },
    },
    review: {
      meta: steps.review,
      on: {
        recordHousehold: { actions: assign({ household: ({ event }) => event.data }) },
        recordHarm: { actions: assign({ harm: ({ event }) => event.data }) },
        recordVisit: { actions: 'addVisit' },
        ...referrals,
        assessEligibility: {
          target: 'amount',
          guard: 'eligible',
          actions: assign({ eligibility: ({ event }) => event.data }),
        },
        refuse,
        withdraw,
      },
    },
    amount: {
      meta: steps.amount,
      on: {
        calculateAmount: {
          target: 'decision',
          guard: 'amountApproved',
          actions: assign({
            amount: ({ context, event }) => {
              const result = computeAmount(context, event.data);
              // The guard has just accepted these inputs, so the result is ok.
              return result.ok ? { ...event.data, result } : context.amount;
            },
          }),
        },
        ...referrals,
        refuse,
        withdraw,
      },
    },
    decision: {
      meta: steps.decision,
      on: {
        decide: {
          target: 'fundsRequest',
          guard: 'decider',
          actions: assign({
            decision: ({ event }) => ({ ...event.data, decidedByRole: event.role }),
          }),
        },
        refuse,
      },
    },
    fundsRequest: {
      meta: steps.fundsRequest,
      on: {
        requestFunds: {
          target: 'awaitingFunds',
          actions: assign({
            funds: ({ context, event }) => ({
              ...context.funds,
              requestedOn: event.data.requestedOn,
            }),
          }),
        },
      },
    },
    awaitingFunds: {
      meta: steps.awaitingFunds,
      on: {
        fundsArrived: {
          target: 'notifyingApplicant',
          actions: assign({
            funds: ({ context, event }) => ({ ...context.funds, arrivedOn: event.data.arrivedOn }),
          }),
        },
      },
    },
    notifyingApplicant: {
      meta: steps.notifyingApplicant,
      on: {
        notifyApplicant: {
          target: 'disbursement',
          actions: assign({
            funds: ({ context, event }) => ({
              ...context.funds,
              applicantNotifiedOn: event.data.notifiedOn,
            }),
          }),
        },
      },
    },
    disbursement: {
      meta: steps.disbursement,
      on: {
        pay: {
          target: 'followUp',
          guard: 'paymentMatchesDecision',
          actions: assign({
            payment: ({ event }) => {
              const { bankAccount, ...rest } = event.data;
              const masked = mask(bankAccount);
              return masked === undefined ? rest : { ...rest, bankAccountMasked: masked };
            },
          }),
        },
      },
    },
    followUp: {
      meta: steps.followUp,
      on: {
        recordVisit: { actions: 'addVisit' },
        ...referrals,
        closeCase: { target: 'closed', actions: 'recordClosure' },
      },
    },
    refused: {
      meta: steps.refused,
      on: {
        ...referrals,
        closeCase: { target: 'closed', actions: 'recordClosure' },
      },
    },
    withdrawn: { type: 'final', meta: steps.withdrawn },
    abandoned: { type: 'final', meta: steps.abandoned },
    closed: { type: 'final', meta: steps.closed },
  },
});
