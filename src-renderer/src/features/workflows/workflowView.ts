/** A stored workflow decoded for the screen: its step, the actions this role sees, its documents. */
import { codeValues, Role } from '../../../../src-shared/domain/codes';
import { isDocumentTemplateId, type DocumentTemplateId } from '../../../../src-shared/documents';
import {
  availableEvents,
  currentStep,
  deserializeWorkflowSnapshot,
  workflowCatalog,
  type AvailableEvent,
  type PersistedWorkflowSnapshot,
  type StepMeta,
  type WorkflowDefinition,
} from '../../../../src-shared/workflows';
import { valueAtPath } from '../../db/workflowDue';
import type { WorkflowRecord, WorkflowStepRecord } from '../../db/workflowRows';

export type WorkflowView = {
  def: WorkflowDefinition;
  snapshot: PersistedWorkflowSnapshot;
  state: string;
  meta: StepMeta;
  isDone: boolean;
  context: Record<string, unknown>;
  events: AvailableEvent[];
};

export function isRole(value: string): value is Role {
  return codeValues(Role).some((r) => r === value);
}

/** undefined for a snapshot this build cannot read (the card then says so). */
export function workflowView(workflow: WorkflowRecord, role: string): WorkflowView | undefined {
  const decoded = deserializeWorkflowSnapshot(workflow.kind, workflow.snapshot);
  if (!decoded.ok) return undefined;
  const step = currentStep(workflow.kind, decoded.snapshot);
  if (!step) return undefined;
  return {
    def: workflowCatalog[workflow.kind],
    snapshot: decoded.snapshot,
    ...step,
    events: isRole(role) ? availableEvents(workflow.kind, decoded.snapshot, role) : [],
  };
}

/**
 * The documents of the steps reached so far (current one included) that have a template, in
 * the order the workflow produces them.
 */
export function reachedDocuments(
  view: WorkflowView,
  steps: readonly WorkflowStepRecord[],
): DocumentTemplateId[] {
  const reached = new Set([view.state, ...steps.flatMap((s) => [s.from, s.to])]);
  const ids = Object.entries(view.def.states)
    .filter(([state]) => reached.has(state))
    .flatMap(([, meta]) => [
      ...meta.documents,
      ...(meta.conditionalDocuments ?? [])
        .filter((c) => valueAtPath(view.context, c.when.field) === c.when.equals)
        .map((c) => c.documentId),
    ]);
  return [...new Set(ids)].filter(isDocumentTemplateId);
}
