/**
 * How a server state of a case becomes the local row (pure: the sync engine reads, calls this, and
 * writes the result inside its transaction).
 *
 * The rule for a record with local changes still in the outbox: those changes are not lost and
 * not overwritten. Every field a pending change sets keeps its local value; every other field
 * takes the server's. The record takes the server revision, so later local edits are made against
 * it, while each pending change keeps the baseRev it was made on (the server merges it against
 * that base plus this device's own later changes). When the pending change is answered, the
 * server's verdict arrives (applied, or a conflict kept for the inbox) and a later pull or
 * re-fetch brings the settled value.
 */
import type { CaseId, UserId } from '../../../src-shared/domain/ids';
import { redactCaseForAudit } from '../../../src-shared/domain/mask';
import { parseProvisionalNo } from '../../../src-shared/domain/provisionalNumber';
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';
import { CARD_KEYS } from './caseFields';
import type { RevisedCase } from './revisions';
import type { OutboxRow } from './rowTypes';

/** Fields local pending changes set; 'all' when a whole new record is still pending. */
export type PendingFields = ReadonlySet<string> | 'all';

/** Who the audit names for a change that came from the server (the person acted elsewhere). */
export const SYNC_AUDIT_USER = 'system:sync' as UserId;

/** Fields whose value the person sees: the card and the soft-delete flag. */
const CONTENT_KEYS: readonly string[] = [...CARD_KEYS, 'deleted'];

/** Fields the device owns and the server never dictates. */
const LOCAL_ONLY = new Set(['id', 'rev', 'seq']);

export function pendingFieldsOf(rows: readonly Pick<OutboxRow, 'op' | 'patch'>[]): PendingFields {
  const fields = new Set<string>();
  for (const row of rows) {
    if (row.patch === null) return 'all';
    for (const key of Object.keys(row.patch)) fields.add(key);
  }
  return fields;
}

export type RemoteCasePlan = {
  /** The row to store; `seq` is still the old one (or 0): the writer takes a fresh one if `changed` is not empty. */
  record: RevisedCase;
  /** Content fields whose value changes (empty: only the revision moves). */
  changed: string[];
  isNew: boolean;
};

export type PlanOptions = {
  /** Apply a state of the same revision too (a re-fetch after an answer left the row unsure). */
  allowSameRev?: boolean;
};

/**
 * The local row after taking `remote`, or null when there is nothing to do: another entity, or a
 * state no newer than the one the device holds.
 */
export function planRemoteCase(
  local: RevisedCase | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteCasePlan | null {
  if (remote.entity !== 'case') return null;
  if (local && (local.rev > remote.rev || (local.rev === remote.rev && !options.allowSameRev)))
    return null;
  if (local && pending === 'all') {
    // A create still waiting (e.g. its answer was lost): every local value stands.
    return { record: { ...local, rev: remote.rev }, changed: [], isNew: false };
  }
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(remote.data)) {
    // The wire carries a cleared field as null; a stored card simply lacks it.
    if (value !== null && !LOCAL_ONLY.has(key)) next[key] = value;
  }
  next.id = remote.entityId;
  next.rev = remote.rev;
  next.seq = local?.seq ?? 0;
  next.deleted = remote.deleted ? 1 : 0;
  // Update patches carry card fields only; the server's receipt time says when it last changed.
  next.updatedAt = remote.updatedAt;
  const hasPending = pending !== 'all' && pending.size > 0;
  if (local && hasPending) {
    for (const field of pending) {
      const value = (local as Record<string, unknown>)[field];
      if (value === undefined) Reflect.deleteProperty(next, field);
      else next[field] = value;
    }
    if (local.updatedAt > remote.updatedAt) next.updatedAt = local.updatedAt;
  }
  next.provisionalNo ??= '';
  // The unit is not sent with a case (the server decides it): its provisional number names it.
  next.unitCode ??=
    local?.unitCode ?? parseProvisionalNo(String(next.provisionalNo))?.unitCode ?? '';
  next.createdAt ??= remote.updatedAt;
  const record = next as RevisedCase;
  const changed = local
    ? CONTENT_KEYS.filter((key) => !isDeepEqual(valueOf(local, key), valueOf(record, key)))
    : [...CONTENT_KEYS];
  return { record, changed, isNew: local === undefined };
}

function valueOf(record: RevisedCase, key: string): unknown {
  return (record as Record<string, unknown>)[key];
}

function pick(record: RevisedCase | undefined, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!record) return out;
  for (const key of keys) {
    const value = valueOf(record, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The audit entry for a server state written locally: which fields changed, before and after,
 * with ID numbers, phones and bank accounts masked (never in clear).
 */
export function remoteCaseAudit(
  local: RevisedCase | undefined,
  plan: RemoteCasePlan,
  remote: Pick<ServerRecord, 'rev'> & { changeId?: string },
  extra: Record<string, unknown> = {},
): AuditDraft {
  const { record, changed } = plan;
  const action = plan.isNew
    ? AuditAction.caseCreate
    : changed.includes('deleted') && changed.length === 1
      ? record.deleted === 1
        ? AuditAction.caseDelete
        : AuditAction.caseRestore
      : AuditAction.caseUpdate;
  return {
    userId: SYNC_AUDIT_USER,
    action,
    entity: 'case',
    entityId: record.id satisfies CaseId,
    success: true,
    diff: {
      origin: 'server',
      rev: remote.rev,
      ...(remote.changeId === undefined ? {} : { changeId: remote.changeId }),
      ...extra,
      fields: changed,
      before: redactCaseForAudit(pick(local, changed)),
      after: redactCaseForAudit(pick(record, changed)),
    },
  };
}
