/**
 * The rows the 工作台's figures are counted from (src-shared/stats): three table scans, no read
 * per case. Only the columns the statistics need leave this file.
 */
import { assistanceRowOf } from '../../../src-shared/stats/assistanceFigures';
import type {
  StatsAssistanceRow,
  StatsCaseRow,
  StatsWorkflowRow,
} from '../../../src-shared/stats/unitFigures';
import { deserializeWorkflowSnapshot, WorkflowKind } from '../../../src-shared/workflows';
import type { JianhuDb } from './database';
import { openStepOf } from './openStepQueries';
import { asWorkflowRecord } from './workflowResult';

export type StatsRows = {
  cases: StatsCaseRow[];
  workflows: StatsWorkflowRow[];
  assistance: StatsAssistanceRow[];
};

export async function readStatsRows(db: JianhuDb): Promise<StatsRows> {
  const [caseRows, workflowRows] = await Promise.all([
    db.cases.where('deleted').equals(0).toArray(),
    db.workflows.toArray(),
  ]);
  const cases = caseRows.map((c) => ({
    id: c.id,
    caseType: c.caseType,
    focalPoint: c.focalPoint,
    status: c.status,
    handlerId: c.handlerId,
    receivedAt: c.receivedAt,
    // Only wage-arrears cards are counted; the others (some sealed) stay behind.
    typeDetails: c.typeDetails?.kind === 'wageArrears' ? c.typeDetails : undefined,
  }));
  // One scan of the workflows gives both the open steps and the assistance rows.
  const workflows: StatsWorkflowRow[] = [];
  const assistance: StatsAssistanceRow[] = [];
  for (const row of workflowRows) {
    const w = asWorkflowRecord(row);
    if (!w) continue;
    const step = openStepOf(w);
    if (step) workflows.push(step);
    if (w.kind === WorkflowKind.judicialAssistance) {
      const restored = deserializeWorkflowSnapshot(w.kind, w.snapshot);
      if (restored.ok) assistance.push(assistanceRowOf(w.caseId, restored.snapshot.context));
    }
  }
  return { cases, workflows, assistance };
}
