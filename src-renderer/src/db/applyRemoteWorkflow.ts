/**
 * How server states of workflows, their steps and documents become local rows (pure, like
 * applyRemote.ts for cases: the sync engine reads, calls these, and writes inside its transaction).
 *
 * Workflows and documents follow the case rule: a newer revision replaces every field except those
 * a pending local change sets (they keep their local value until the server answers that change).
 * Their values are stored as the server holds them — a `null` (no due date) is a real value here,
 * unlike a cleared case field. Steps are append-only: a step the device holds is never rewritten,
 * whatever revision the server reports, so applying one twice is harmless.
 */
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { isWorkflowKind } from '../../../src-shared/workflows';
import { SYNC_AUDIT_USER, type PendingFields, type PlanOptions } from './applyRemote';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';
import type { DocumentRecord, WorkflowRecord, WorkflowStepRecord } from './workflowRows';

/** A planned local row; `seq` is still the old one (or 0): the writer gives it a fresh one. */
export type RemoteRowPlan<T> = {
  record: T;
  /** Fields whose value changes (empty: only the revision moves). */
  changed: string[];
  isNew: boolean;
};

/** Fields the device owns and the server never dictates. */
const LOCAL_ONLY = new Set(['id', 'rev', 'seq']);

type Row = Record<string, unknown>;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isNewer(local: { rev: number } | undefined, remote: ServerRecord, options: PlanOptions) {
  return !local || local.rev < remote.rev || (local.rev === remote.rev && !!options.allowSameRev);
}

/** The server's fields, with pending local fields kept, and the changed field names. */
function overlay(
  local: Row | undefined,
  pending: PendingFields,
  remote: ServerRecord,
): { next: Row; changed: string[] } {
  if (local && pending === 'all') return { next: { ...local, rev: remote.rev }, changed: [] };
  const next: Row = {};
  for (const [key, value] of Object.entries(remote.data)) {
    if (!LOCAL_ONLY.has(key)) next[key] = value;
  }
  if (local && pending !== 'all') {
    for (const field of pending) {
      if (LOCAL_ONLY.has(field)) continue;
      const value = local[field];
      if (value === undefined) Reflect.deleteProperty(next, field);
      else next[field] = value;
    }
  }
  next.id = remote.entityId;
  next.rev = remote.rev;
  next.seq = local?.seq ?? 0;
  const keys = new Set([...Object.keys(next), ...Object.keys(local ?? {})]);
  const changed = [...keys]
    .filter((key) => !LOCAL_ONLY.has(key) && !isDeepEqual(local?.[key], next[key]))
    .sort();
  return { next, changed };
}

/**
 * The local workflow row after taking `remote`, or null: another entity, a state no newer than the
 * device's, or data that is not a workflow this build can show (no case, unknown kind).
 */
export function planRemoteWorkflow(
  local: WorkflowRecord | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteRowPlan<WorkflowRecord> | null {
  if (remote.entity !== 'workflow' || !isNewer(local, remote, options)) return null;
  const { next, changed } = overlay(local, pending, remote);
  if (!isText(next.caseId) || !isWorkflowKind(next.kind) || typeof next.snapshot !== 'string')
    return null;
  // The bank account of a payment lives only here; a state written before it existed has none.
  if (next.sensitive === null || typeof next.sensitive !== 'object') next.sensitive = {};
  if (typeof next.stepCount !== 'number') next.stepCount = 0;
  if (next.due === undefined) next.due = null;
  return { record: next as WorkflowRecord, changed, isNew: local === undefined };
}

/** The local document row after taking `remote`, or null (see planRemoteWorkflow). */
export function planRemoteDocument(
  local: DocumentRecord | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteRowPlan<DocumentRecord> | null {
  if (remote.entity !== 'document' || !isNewer(local, remote, options)) return null;
  const { next, changed } = overlay(local, pending, remote);
  if (!isText(next.caseId) || !isText(next.templateId)) return null;
  return { record: next as DocumentRecord, changed, isNew: local === undefined };
}

/**
 * A step the device does not hold yet, or null. Append-only: an existing step (this device's own,
 * or one applied before) is never overwritten, so a re-pulled page writes nothing twice.
 */
export function planRemoteStep(
  local: WorkflowStepRecord | undefined,
  remote: ServerRecord,
): RemoteRowPlan<WorkflowStepRecord> | null {
  if (remote.entity !== 'step' || local) return null;
  const record: Row = {};
  for (const [key, value] of Object.entries(remote.data)) {
    if (!LOCAL_ONLY.has(key)) record[key] = value;
  }
  record.id = remote.entityId;
  if (!isText(record.workflowId) || typeof record.stepNo !== 'number') return null;
  if (!Array.isArray(record.sensitiveFields)) record.sensitiveFields = [];
  const changed = Object.keys(record)
    .filter((k) => k !== 'id')
    .sort();
  return { record: record as WorkflowStepRecord, changed, isNew: true };
}

type Remote = Pick<ServerRecord, 'rev'> & { changeId?: string };

function origin(remote: Remote, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    origin: 'server',
    rev: remote.rev,
    ...(remote.changeId === undefined ? {} : { changeId: remote.changeId }),
    ...extra,
  };
}

/** What a workflow's audit may show: never the snapshot text nor the sensitive values. */
function workflowSummary(record: WorkflowRecord | undefined): Record<string, unknown> | null {
  if (!record) return null;
  return {
    state: record.state,
    status: record.status,
    stepCount: record.stepCount,
    due: record.due?.due ?? null,
  };
}

/** The audit entry for a workflow state written locally: field names and the state, no content. */
export function remoteWorkflowAudit(
  local: WorkflowRecord | undefined,
  plan: RemoteRowPlan<WorkflowRecord>,
  remote: Remote,
  extra: Record<string, unknown> = {},
): AuditDraft {
  const { record } = plan;
  return {
    userId: SYNC_AUDIT_USER,
    action: plan.isNew ? AuditAction.workflowStart : AuditAction.workflowTransition,
    entity: 'workflow',
    entityId: record.id,
    success: true,
    diff: {
      ...origin(remote, extra),
      caseId: record.caseId,
      kind: record.kind,
      fields: plan.changed,
      before: workflowSummary(local),
      after: workflowSummary(record),
    },
  };
}

/** The audit entry for a step received: which transition, never its data. */
export function remoteStepAudit(plan: RemoteRowPlan<WorkflowStepRecord>, remote: Remote) {
  const { record } = plan;
  return {
    userId: SYNC_AUDIT_USER,
    action: AuditAction.workflowTransition,
    entity: 'step',
    entityId: record.id,
    success: true,
    diff: {
      ...origin(remote, {}),
      caseId: record.caseId,
      workflowId: record.workflowId,
      stepNo: record.stepNo,
      event: record.event,
      from: record.from,
      to: record.to,
    },
  } satisfies AuditDraft;
}

/** The audit entry for a document written locally: as on the device that made it, only hashes. */
export function remoteDocumentAudit(
  plan: RemoteRowPlan<DocumentRecord>,
  remote: Remote,
  extra: Record<string, unknown> = {},
): AuditDraft {
  const { record } = plan;
  return {
    userId: SYNC_AUDIT_USER,
    action: AuditAction.documentGenerate,
    entity: 'document',
    entityId: record.id,
    success: true,
    diff: {
      ...origin(remote, extra),
      caseId: record.caseId,
      workflowId: record.workflowId ?? null,
      templateId: record.templateId,
      templateVersion: record.templateVersion,
      status: record.status,
      dataSha256: record.dataSha256,
      fileSha256: record.fileSha256,
      fields: plan.changed,
    },
  };
}
