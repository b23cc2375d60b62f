/**
 * A lead state from the server against the local row: what to store and what to audit. Pure. Like
 * cases (applyRemote.ts), fields a pending outbox change sets keep their local value — a status
 * the person set offline is never overwritten by the pull that runs before it reached the server.
 */
import { leadDataSchema } from '../../../src-shared/sync/leads';
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerChange } from '../../../src-shared/sync/pull';
import { SYNC_AUDIT_USER, type PendingFields } from './applyRemote';
import type { AuditDraft } from './auditedWrite';
import { AuditAction } from './auditActions';
import type { LeadRow } from './rowTypes';

/** The row to store (its `seq` is set inside the transaction) and the synced fields it changed. */
export type RemoteLeadPlan = { row: Omit<LeadRow, 'seq'>; changed: string[]; isNew: boolean };

/** Null when there is nothing to store: an older or equal revision, or data this build cannot read. */
export function planRemoteLead(
  local: LeadRow | undefined,
  pending: PendingFields,
  remote: Pick<ServerChange, 'entityId' | 'rev' | 'data' | 'updatedAt'>,
): RemoteLeadPlan | null {
  if (local && local.rev >= remote.rev) return null;
  if (local && pending === 'all') {
    // Its create is still waiting for an answer: every local value stands; only the revision moves.
    const { seq: _seq, ...rest } = local;
    return { row: { ...rest, rev: remote.rev }, changed: [], isNew: false };
  }
  const parsed = leadDataSchema.safeParse(remote.data);
  if (!parsed.success) return null;
  const next: Record<string, unknown> = { ...parsed.data };
  if (local && pending !== 'all') {
    for (const field of pending) next[field] = (local as Record<string, unknown>)[field];
  }
  const data = leadDataSchema.parse(next);
  const changed = Object.keys(data).filter(
    (key) =>
      !local ||
      !isDeepEqual((local as Record<string, unknown>)[key], (data as Record<string, unknown>)[key]),
  );
  return {
    row: { ...data, id: remote.entityId, rev: remote.rev, updatedAt: remote.updatedAt },
    changed,
    isNew: !local,
  };
}

/** One entry per lead whose content changed. Field names and status only: content may name people. */
export function remoteLeadAudit(
  plan: RemoteLeadPlan,
  remote: Pick<ServerChange, 'rev' | 'changeId'>,
): AuditDraft {
  return {
    userId: SYNC_AUDIT_USER,
    action: plan.isNew ? AuditAction.leadCreate : AuditAction.leadUpdate,
    entity: 'lead',
    entityId: plan.row.id,
    success: true,
    diff: {
      origin: 'server',
      rev: remote.rev,
      changeId: remote.changeId,
      changed: plan.changed,
      status: plan.row.status,
    },
  };
}

/** The audit entry of a lead the server deleted (moved to another county) and this device removed. */
export function removedLeadAudit(
  leadId: string,
  remote: Pick<ServerChange, 'rev' | 'changeId'>,
): AuditDraft {
  return {
    userId: SYNC_AUDIT_USER,
    action: AuditAction.leadUpdate,
    entity: 'lead',
    entityId: leadId,
    success: true,
    diff: { origin: 'server', rev: remote.rev, changeId: remote.changeId, removed: true },
  };
}
