/**
 * Every workflow kind → its definition: machine, title key, the case types it applies to and
 * the documents its steps produce. The UI lists `workflowsForCaseType` on a case page.
 */
import type { CaseType } from '../domain/codes';
import { assistanceWorkflow } from './assistance/assistanceWorkflow';
import { hearingWorkflow } from './hearing/hearingMachine';
import { supervisionIntakeWorkflow } from './intake/intakeWorkflow';
import { protestWorkflow } from './light/protestWorkflow';
import { recommendationWorkflow } from './light/recommendationWorkflow';
import { supportProsecutionWorkflow } from './light/supportProsecutionWorkflow';
import { reasoningWorkflow } from './reasoning/reasoningMachine';
import {
  adminResolutionWorkflow,
  civilReconciliationWorkflow,
} from './reconciliation/reconciliationMachine';
import type { WorkflowDefinition } from './workflowDefinition';
import { workflowKinds, type WorkflowKind } from './workflowKind';

export const workflowCatalog: Readonly<Record<WorkflowKind, WorkflowDefinition>> = {
  civilReconciliation: civilReconciliationWorkflow,
  adminResolution: adminResolutionWorkflow,
  judicialAssistance: assistanceWorkflow,
  reasoning: reasoningWorkflow,
  publicHearing: hearingWorkflow,
  supportProsecution: supportProsecutionWorkflow,
  recommendation: recommendationWorkflow,
  protest: protestWorkflow,
  supervisionIntake: supervisionIntakeWorkflow,
};

export function workflowsForCaseType(caseType: CaseType): WorkflowKind[] {
  return workflowKinds.filter((kind) => workflowCatalog[kind].caseTypes.includes(caseType));
}
