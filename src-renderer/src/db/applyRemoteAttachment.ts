/**
 * How a server state of an attachment record becomes the local row (pure, like applyRemote.ts for
 * cases). A newer revision replaces every field except those a pending local change sets; a state
 * whose data is not an attachment this build can show is passed over. Only the record comes this
 * way: the bytes are fetched when someone opens the file (sync/fetchAttachment.ts).
 */
import { attachmentDataSchema } from '../../../src-shared/sync/attachments';
import { maskPersonalNumbers } from '../../../src-shared/sync/leads';
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { SYNC_AUDIT_USER, type PendingFields, type PlanOptions } from './applyRemote';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';
import type { CaseAttachmentRow } from './attachmentTables';

export type RemoteAttachmentPlan = {
  record: CaseAttachmentRow;
  /** Synced fields whose value changes (empty: only the revision moves). */
  changed: string[];
  isNew: boolean;
};

const SYNCED_KEYS = Object.keys(attachmentDataSchema.shape) as (keyof CaseAttachmentRow)[];

/** The local row after taking `remote`, or null (another entity, not newer, or not an attachment). */
export function planRemoteAttachment(
  local: CaseAttachmentRow | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteAttachmentPlan | null {
  if (remote.entity !== 'attachment') return null;
  if (local && (local.rev > remote.rev || (local.rev === remote.rev && !options.allowSameRev)))
    return null;
  if (local && pending === 'all')
    return { record: { ...local, rev: remote.rev }, changed: [], isNew: false };
  const parsed = attachmentDataSchema.safeParse({ ...remote.data, deleted: remote.deleted });
  if (!parsed.success) return null;
  const next: CaseAttachmentRow = {
    ...parsed.data,
    id: remote.entityId,
    rev: remote.rev,
    seq: local?.seq ?? 0,
    updatedAt: remote.updatedAt,
  };
  if (local && pending !== 'all') {
    const kept: Record<string, unknown> = next;
    for (const field of pending) {
      if (SYNCED_KEYS.includes(field as keyof CaseAttachmentRow))
        kept[field] = local[field as keyof CaseAttachmentRow];
    }
  }
  const changed = local
    ? SYNCED_KEYS.filter((key) => !isDeepEqual(local[key], next[key])).map(String)
    : SYNCED_KEYS.map(String);
  return { record: next, changed, isNew: local === undefined };
}

/** The audit entry for a pulled attachment record (the file name masked like a local one). */
export function remoteAttachmentAudit(
  plan: RemoteAttachmentPlan,
  remote: Pick<ServerRecord, 'rev'> & { changeId?: string },
  extra: Record<string, unknown> = {},
): AuditDraft {
  const { record } = plan;
  return {
    userId: SYNC_AUDIT_USER,
    action: AuditAction.attachmentUpdate,
    entity: 'attachment',
    entityId: record.id,
    success: true,
    diff: {
      origin: 'server',
      rev: remote.rev,
      ...(remote.changeId === undefined ? {} : { changeId: remote.changeId }),
      ...extra,
      caseId: record.caseId,
      name: maskPersonalNumbers(record.name).text,
      sha256: record.sha256,
      deleted: record.deleted,
      isNew: plan.isNew,
      fields: plan.changed,
    },
  };
}
