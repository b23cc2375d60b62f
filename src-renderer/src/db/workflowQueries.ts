/** Reads of workflows, their steps and documents, for hooks (useLiveQuery) and the dashboard. */
import type { CaseId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { asWorkflowRecord } from './workflowResult';
import type { DocumentRecord, WorkflowRecord, WorkflowStepRecord } from './workflowRows';

const byStart = (a: WorkflowRecord, b: WorkflowRecord) =>
  a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

export async function getWorkflow(db: JianhuDb, id: string): Promise<WorkflowRecord | undefined> {
  return asWorkflowRecord(await db.workflows.get(id));
}

/** The workflows of one case, oldest first. */
export async function listCaseWorkflows(db: JianhuDb, caseId: string): Promise<WorkflowRecord[]> {
  const rows = await db.workflows.where('caseId').equals(caseId).toArray();
  return rows.flatMap((row) => asWorkflowRecord(row) ?? []).sort(byStart);
}

/** A workflow's history in the order it happened. */
export async function listWorkflowSteps(
  db: JianhuDb,
  workflowId: string,
): Promise<WorkflowStepRecord[]> {
  const rows = await db.steps.where('workflowId').equals(workflowId).toArray();
  // Rows are only written by transitionWorkflow, in this shape.
  return (rows as WorkflowStepRecord[]).sort((a, b) => a.stepNo - b.stepNo);
}

/** Documents generated for a workflow, newest first. */
export async function listWorkflowDocuments(
  db: JianhuDb,
  workflowId: string,
): Promise<DocumentRecord[]> {
  const rows = await db.documents.where('workflowId').equals(workflowId).toArray();
  return (rows as DocumentRecord[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function getDocument(db: JianhuDb, id: string): Promise<DocumentRecord | undefined> {
  return (await db.documents.get(id)) as DocumentRecord | undefined;
}

/** An open workflow with what a cross-case list shows of its case. */
export type OpenWorkflow = {
  workflow: WorkflowRecord;
  caseTitle: string;
  provisionalNo: string;
};

/**
 * Every workflow still running, on cases that are not deleted: the dashboard's deadlines and
 * counts. A full scan: a workstation holds hundreds of workflows, not millions, and an index on
 * status would cost every transition a write for a list read once per dashboard visit.
 */
export async function listOpenWorkflows(db: JianhuDb): Promise<OpenWorkflow[]> {
  const workflows = (await db.workflows.toArray())
    .flatMap((row) => asWorkflowRecord(row) ?? [])
    .filter((w) => w.status === 'active');
  const caseIds = [...new Set(workflows.map((w) => w.caseId))];
  const cases = await db.cases.bulkGet(caseIds as CaseId[]);
  const byId = new Map(cases.flatMap((c) => (c && c.deleted === 0 ? [[c.id as string, c]] : [])));
  return workflows.flatMap((workflow) => {
    const found = byId.get(workflow.caseId);
    return found ? [{ workflow, caseTitle: found.title, provisionalNo: found.provisionalNo }] : [];
  });
}
