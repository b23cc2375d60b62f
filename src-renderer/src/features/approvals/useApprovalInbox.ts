import { useLiveQuery } from 'dexie-react-hooks';
import { useCurrentUser } from '../../app/useCurrentUser';
import { approvalsTable, type ApprovalRow } from '../../db/approvalTables';
import { getDb } from '../../db/database';

/** Pending requests the signed-in user may answer (a role asked for, not their own), oldest first. */
export function useApprovalInbox(): ApprovalRow[] | undefined {
  const user = useCurrentUser();
  const userId = user?.id ?? '';
  const role = user?.role ?? '';
  return useLiveQuery(
    async () =>
      (await approvalsTable(getDb()).where('status').equals('pending').toArray())
        .filter((r) => r.requestedBy.id !== userId && r.requiredRoles.some((x) => x === role))
        .sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1)),
    [userId, role],
  );
}
