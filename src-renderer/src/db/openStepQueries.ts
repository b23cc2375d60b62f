/**
 * The open workflow steps with their due dates: what the 工作台's step figures and the case
 * list's deadline filter classify (src-shared/stats/stepDeadlines.ts). A full scan, like
 * listOpenWorkflows: a workstation holds hundreds of workflows.
 */
import type { StatsWorkflowRow } from '../../../src-shared/stats/unitFigures';
import type { JianhuDb } from './database';
import type { WorkflowRecord } from './workflowRows';
import { asWorkflowRecord } from './workflowResult';

/** A workflow's open step, or null when the workflow is not active. */
export function openStepOf(w: WorkflowRecord): StatsWorkflowRow | null {
  return w.status === 'active'
    ? { caseId: w.caseId, kind: w.kind, state: w.state, due: w.due?.due ?? null }
    : null;
}

export async function readOpenSteps(db: JianhuDb): Promise<StatsWorkflowRow[]> {
  return (await db.workflows.toArray()).flatMap((row) => {
    const w = asWorkflowRecord(row);
    const step = w ? openStepOf(w) : null;
    return step ? [step] : [];
  });
}
