/**
 * The open workflow steps with their due dates: what the 工作台's step figures and the case
 * list's deadline filter classify (src-shared/stats/stepDeadlines.ts). A full scan, like
 * listOpenWorkflows: a workstation holds hundreds of workflows.
 */
import type { StatsWorkflowRow } from '../../../src-shared/stats/unitFigures';
import type { JianhuDb } from './database';
import { asWorkflowRecord } from './workflowResult';

export async function readOpenSteps(db: JianhuDb): Promise<StatsWorkflowRow[]> {
  const steps: StatsWorkflowRow[] = [];
  for (const row of await db.workflows.toArray()) {
    const w = asWorkflowRecord(row);
    if (w?.status === 'active') {
      steps.push({ caseId: w.caseId, kind: w.kind, state: w.state, due: w.due?.due ?? null });
    }
  }
  return steps;
}
