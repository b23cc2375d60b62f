/** Judicial assistance as the engine and catalog see it: machine, steps, event table, guards. */
import { deciderRoles, defineEvents, recorderRoles } from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';
import type { AssistanceContext } from './assistanceContext';
import { assistanceGuards, type AssistanceEvent } from './assistanceGuards';
import { assistanceInputSchema, assistanceMachine } from './assistanceMachine';
import { assistanceSchemas as s } from './assistanceSchemas';
import { assistanceSteps as steps } from './assistanceSteps';

export const assistanceWorkflow = defineWorkflow<AssistanceContext, AssistanceEvent>({
  kind: 'judicialAssistance',
  version: 1,
  machine: assistanceMachine,
  caseTypes: ['judicialAssistance', 'civilJudgment', 'administrative', 'petition'],
  inputSchema: assistanceInputSchema,
  states: steps,
  events: defineEvents('judicialAssistance', {
    inform: { schema: s.inform },
    requestAdvance: { schema: s.requestAdvance },
    approveAdvance: { schema: s.approveAdvance, allowedRoles: deciderRoles },
    declineAdvance: { schema: s.declineAdvance, allowedRoles: deciderRoles },
    receiveApplication: { schema: s.receiveApplication, allowedRoles: recorderRoles },
    confirmMaterials: { schema: s.confirmMaterials, allowedRoles: recorderRoles },
    issueSupplementNotice: { schema: s.issueSupplementNotice },
    receiveSupplement: { schema: s.receiveSupplement, allowedRoles: recorderRoles },
    lapseSupplement: { schema: s.lapseSupplement },
    recordHousehold: { schema: s.recordHousehold },
    recordHarm: { schema: s.recordHarm },
    recordVisit: { schema: s.recordVisit, allowedRoles: recorderRoles },
    recordReferral: { schema: s.recordReferral },
    recordReferralOutcome: { schema: s.recordReferralOutcome },
    assessEligibility: { schema: s.assessEligibility },
    calculateAmount: { schema: s.calculateAmount },
    decide: { schema: s.decide, allowedRoles: deciderRoles },
    refuse: { schema: s.refuse, allowedRoles: deciderRoles },
    requestFunds: { schema: s.requestFunds },
    fundsArrived: { schema: s.fundsArrived },
    notifyApplicant: { schema: s.notifyApplicant },
    pay: { schema: s.pay, sensitiveFields: ['bankAccount'] },
    withdraw: { schema: s.withdraw },
    closeCase: { schema: s.closeCase },
  }),
  guards: assistanceGuards,
});
