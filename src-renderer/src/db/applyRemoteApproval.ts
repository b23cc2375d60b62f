/**
 * How a server state of an approval request (entity 'approval') becomes the local row (pure, like
 * applyRemote.ts for cases). The server only ever stores a request that moved by its lifecycle
 * (src-server/sync/recordRules.ts), so its state is taken as it is: every synced field from the
 * server except those a pending local change sets; what only this device keeps (the requester's
 * `localData`) stays. A state that is not a valid request is passed over.
 *
 * A change the server refused (e.g. the second answer to one request) does not hold its fields
 * here: the refusal is final, so the request shows the server's state, while the refused change
 * stays in the outbox, marked with its code (see sync/localRecords.ts).
 */
import {
  ApprovalStatus,
  approvalDataSchema,
  type ApprovalData,
} from '../../../src-shared/sync/approvals';
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { assertNever } from '../../../src-shared/assertNever';
import { SYNC_AUDIT_USER, type PendingFields, type PlanOptions } from './applyRemote';
import type { ApprovalRow } from './approvalTables';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';

export type RemoteApprovalPlan = {
  record: ApprovalRow;
  /** Synced fields whose value changes (empty: only the revision moves). */
  changed: string[];
  isNew: boolean;
};

const SYNCED_KEYS = Object.keys(approvalDataSchema.shape) as (keyof ApprovalData)[];

function isSyncedKey(field: string): field is keyof ApprovalData {
  return (SYNCED_KEYS as readonly string[]).includes(field);
}

/** The local row after taking `remote`, or null (another entity, not newer, or not a request). */
export function planRemoteApproval(
  local: ApprovalRow | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteApprovalPlan | null {
  if (remote.entity !== 'approval') return null;
  if (local && (local.rev > remote.rev || (local.rev === remote.rev && !options.allowSameRev)))
    return null;
  if (local && pending === 'all')
    return { record: { ...local, rev: remote.rev }, changed: [], isNew: false };
  const parsed = approvalDataSchema.safeParse(remote.data);
  if (!parsed.success) return null;
  const next: ApprovalRow = {
    ...local,
    ...parsed.data,
    id: remote.entityId,
    rev: remote.rev,
    seq: local?.seq ?? 0,
    updatedAt: remote.updatedAt,
  };
  if (local && pending !== 'all') {
    for (const field of pending) {
      if (isSyncedKey(field)) Object.assign(next, { [field]: local[field] });
    }
  }
  const changed = SYNCED_KEYS.filter((key) => !isDeepEqual(local?.[key], next[key])).map(String);
  return { record: next, changed, isNew: local === undefined };
}

/** The audit action for the step a pulled state shows. */
function actionOf(plan: RemoteApprovalPlan): AuditAction {
  if (plan.isNew) return AuditAction.approvalRequest;
  const status = plan.record.status;
  switch (status) {
    case ApprovalStatus.pending:
      return AuditAction.approvalRequest;
    case ApprovalStatus.approved:
      return AuditAction.approvalApprove;
    case ApprovalStatus.rejected:
      return AuditAction.approvalReject;
    case ApprovalStatus.withdrawn:
      return AuditAction.approvalWithdraw;
    case ApprovalStatus.used:
      // The requester took the step with it; the step itself arrives as its own record.
      return AuditAction.workflowTransition;
    default:
      return assertNever(status);
  }
}

/**
 * The audit entry for a pulled request: its status and who answered, never the summary, the
 * reason or the note (they may hold what the case holds; the request keeps them sealed).
 */
export function remoteApprovalAudit(
  local: ApprovalRow | undefined,
  plan: RemoteApprovalPlan,
  remote: Pick<ServerRecord, 'rev'> & { changeId?: string },
  extra: Record<string, unknown> = {},
): AuditDraft {
  const { record } = plan;
  return {
    userId: SYNC_AUDIT_USER,
    action: actionOf(plan),
    entity: 'approval',
    entityId: record.id,
    success: true,
    diff: {
      origin: 'server',
      rev: remote.rev,
      ...(remote.changeId === undefined ? {} : { changeId: remote.changeId }),
      ...extra,
      workflowId: record.workflowId,
      event: record.event,
      status: { before: local?.status ?? null, after: record.status },
      answeredBy: record.answeredBy?.id ?? null,
      fields: plan.changed,
    },
  };
}
