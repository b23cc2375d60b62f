/**
 * Demo data never reaches the province: the outbox rows of a demo case, and of every record that
 * belongs to one (its workflows and their steps, documents, attachments, approval requests), are
 * held back when a push collects. The audit chain is sent whole (the server refuses a chain with
 * a gap); its entries about demo cases name record ids, never a party's data.
 */
import type { CaseId } from '../../../src-shared/domain/ids';
import { approvalsTable } from '../db/approvalTables';
import { caseAttachmentsTable } from '../db/attachmentTables';
import type { JianhuDb } from '../db/database';
import { MetaKey } from '../db/meta';
import type { OutboxRow } from '../db/rowTypes';

const caseIdOf = (record: unknown): string | undefined => {
  const id = (record as { caseId?: unknown } | undefined)?.caseId;
  return typeof id === 'string' ? id : undefined;
};

const idsOf = (rows: readonly OutboxRow[], entity: OutboxRow['entity']) =>
  rows.filter((r) => r.entity === entity).map((r) => r.entityId);

/** The deviceSeq of each row that belongs to a demo case. */
export async function demoRowSeqs(db: JianhuDb, rows: readonly OutboxRow[]): Promise<Set<number>> {
  // A device that never loaded demo data (every production one) skips the lookups on each push.
  if ((await db.meta.get(MetaKey.holdsDemoData)) === undefined) return new Set();
  const caseOfRow = new Map<number, string>();
  const steps = await db.steps.bulkGet(idsOf(rows, 'step'));
  const workflowIds = [...idsOf(rows, 'workflow'), ...steps.map((s) => s?.workflowId ?? '')];
  const [workflows, documents, attachments, approvals] = await Promise.all([
    db.workflows.bulkGet(workflowIds),
    db.documents.bulkGet(idsOf(rows, 'document')),
    caseAttachmentsTable(db).bulkGet(idsOf(rows, 'attachment')),
    approvalsTable(db).bulkGet(idsOf(rows, 'approval')),
  ]);
  const byId = new Map<string, string | undefined>();
  const note = (ids: readonly string[], records: readonly unknown[]) =>
    ids.forEach((id, i) => byId.set(id, caseIdOf(records[i])));
  note(workflowIds, workflows);
  note(idsOf(rows, 'document'), documents);
  note(idsOf(rows, 'attachment'), attachments);
  note(idsOf(rows, 'approval'), approvals);
  const stepWorkflow = new Map(idsOf(rows, 'step').map((id, i) => [id, steps[i]?.workflowId]));
  for (const row of rows) {
    const owner =
      row.entity === 'case'
        ? row.entityId
        : row.entity === 'step'
          ? byId.get(stepWorkflow.get(row.entityId) ?? '')
          : (byId.get(row.entityId) ?? caseIdOf(row.patch ?? undefined));
    if (owner !== undefined) caseOfRow.set(row.deviceSeq, owner);
  }
  const caseIds = [...new Set(caseOfRow.values())];
  const cases = await db.cases.bulkGet(caseIds as CaseId[]);
  const demo = new Set(caseIds.filter((_id, i) => cases[i]?.demo === true));
  return new Set([...caseOfRow].filter(([, id]) => demo.has(id)).map(([seq]) => seq));
}
