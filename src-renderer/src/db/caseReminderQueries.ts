/**
 * The case-level reminders of every case that is not deleted, for the dashboard: each case card
 * with the contexts of all its workflows (finished ones too: a 复查 year outlives the reasoning).
 * A full scan, like `listOpenWorkflows`: hundreds of rows on a workstation.
 */
import { deserializeWorkflowSnapshot } from '../../../src-shared/workflows';
import { caseReminders, type CaseReminder } from './caseReminders';
import type { JianhuDb } from './database';
import { asWorkflowRecord } from './workflowResult';

export type OpenCaseReminder = {
  reminder: CaseReminder;
  caseTitle: string;
  provisionalNo: string;
};

export async function listCaseReminders(db: JianhuDb): Promise<OpenCaseReminder[]> {
  const cases = (await db.cases.toArray()).filter((c) => c.deleted === 0);
  const workflows = (await db.workflows.toArray()).flatMap((row) => asWorkflowRecord(row) ?? []);
  return cases.flatMap((card) => {
    const own = workflows.flatMap((w) => {
      if (w.caseId !== card.id) return [];
      const restored = deserializeWorkflowSnapshot(w.kind, w.snapshot);
      return restored.ok ? [{ id: w.id, kind: w.kind, context: restored.snapshot.context }] : [];
    });
    return caseReminders({ caseId: card.id, card, workflows: own }).map((reminder) => ({
      reminder,
      caseTitle: card.title,
      provisionalNo: card.provisionalNo,
    }));
  });
}
