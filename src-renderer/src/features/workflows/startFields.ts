/** The inputs the start dialog asks for, out of a workflow's start schema. */
import { workflowCatalog, type WorkflowKind } from '../../../../src-shared/workflows';
import { objectFields } from './form/schemaFields';

/**
 * Start inputs the app fills itself: the case, and the local limits (`config`: the months cap, a
 * local ceiling, approval thresholds), which are the unit's rules, not the handler's choice — a
 * start that names none gets the schema's defaults (36 months), and a grant above them needs the
 * approval path.
 */
const HIDDEN = new Set(['caseId', 'config']);
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
