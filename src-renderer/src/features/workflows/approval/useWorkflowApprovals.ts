import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/database';
import { approvalsTable, type ApprovalRow } from '../../../db/approvalTables';

/** The approval requests of one workflow, newest first. */
export function useWorkflowApprovals(workflowId: string): ApprovalRow[] {
  return (
    useLiveQuery(
      async () =>
        (await approvalsTable(getDb()).where('workflowId').equals(workflowId).toArray()).sort(
          (a, b) => (a.requestedAt < b.requestedAt ? 1 : -1),
        ),
      [workflowId],
    ) ?? []
  );
}
