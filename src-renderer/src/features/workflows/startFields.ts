/** The inputs the start dialog asks for, out of a workflow's start schema. */
import { workflowCatalog, type WorkflowKind } from '../../../../src-shared/workflows';
import { objectFields } from './form/schemaFields';

/**
 * Start inputs the app fills itself: the case, and the local limits (`config`: the months cap, a
 * local ceiling, approval thresholds; `extensionMaximum` of an administrative review), which are
 * the unit's rules kept by an administrator (db/localLimits.ts), not the handler's choice; the
 * repository puts them in at the start and the dialog only shows them.
 */
const HIDDEN = new Set(['caseId', 'config', 'extensionMaximum']);
/** Links to other workflows: not yet offered. */
const HIDDEN_NESTED = new Set(['relatedWorkflowId']);

export function startFields(kind: WorkflowKind) {
  return objectFields(workflowCatalog[kind].inputSchema)
    .filter((f) => !HIDDEN.has(f.name))
    .map((f) =>
      f.kind === 'object'
        ? { ...f, fields: f.fields.filter((n) => !HIDDEN_NESTED.has(n.name)) }
        : f,
    );
}
