/**
 * One entry point for every entity the device stores from the server: the local row of each kind,
 * the planned row after a server state, and its audit entry. The sync engine (apply, ack) works on
 * these and never needs to know which table a record lives in.
 */
import { assertNever } from '../../../src-shared/assertNever';
import type { SyncEntity } from '../../../src-shared/sync/change';
import type { ServerRecord } from '../../../src-shared/sync/push';
import {
  planRemoteCase,
  remoteCaseAudit,
  type PendingFields,
  type PlanOptions,
} from './applyRemote';
import {
  planRemoteDocument,
  planRemoteStep,
  planRemoteWorkflow,
  remoteDocumentAudit,
  remoteStepAudit,
  remoteWorkflowAudit,
} from './applyRemoteWorkflow';
import type { AuditDraft } from './auditedWrite';
import { planRemoteAttachment, remoteAttachmentAudit } from './applyRemoteAttachment';
import { planRemoteApproval, remoteApprovalAudit } from './applyRemoteApproval';
import { planRemoteUser, remoteUserAudit, type SyncedUserRow } from './applyRemoteUser';
import type { ApprovalRow } from './approvalTables';
import type { CaseAttachmentRow } from './attachmentTables';
import type { RevisedCase } from './revisions';
import type { DocumentRecord, WorkflowRecord, WorkflowStepRecord } from './workflowRows';

/**
 * Entities this build stores from `/sync/pull` (leads come by their own `/leads` pull). A build
 * that adds one adds it here: the engine then re-pulls from '0' once, to fetch what older builds
 * passed over (sync/appliedEntities.ts).
 */
export const APPLIED_ENTITIES = [
  'case',
  'workflow',
  'step',
  'document',
  'attachment',
  'user',
  'approval',
] as const;
export type AppliedEntity = (typeof APPLIED_ENTITIES)[number];

export function isAppliedEntity(entity: SyncEntity): entity is AppliedEntity {
  return (APPLIED_ENTITIES as readonly string[]).includes(entity);
}

/** Entities whose rows carry a server revision (steps are append-only and carry none). */
export type RevisedEntity = Exclude<AppliedEntity, 'step'>;

export type LocalRow =
  | { entity: 'case'; record: RevisedCase }
  | { entity: 'workflow'; record: WorkflowRecord }
  | { entity: 'document'; record: DocumentRecord }
  | { entity: 'step'; record: WorkflowStepRecord }
  | { entity: 'attachment'; record: CaseAttachmentRow }
  | { entity: 'user'; record: SyncedUserRow }
  | { entity: 'approval'; record: ApprovalRow };

export type RevisedRow = Extract<LocalRow, { entity: RevisedEntity }>;

/**
 * A planned row: what to store, which fields a person would see change, and whether it is new.
 * `revisionOnly`: the row is the stored one at a new revision (an acknowledged change), so only
 * the revision is written where it is kept apart (cases, db/revisions.ts).
 */
export type RemotePlan = LocalRow & { changed: string[]; isNew: boolean; revisionOnly?: boolean };

/** A record of one entity: the key of maps over several entities (ids are UUIDs, but be exact). */
export function recordKey(entity: SyncEntity, entityId: string): string {
  return `${entity}:${entityId}`;
}

/** The same row at another server revision. */
export function withRev(row: RevisedRow, rev: number): RevisedRow {
  switch (row.entity) {
    case 'case':
      return { entity: row.entity, record: { ...row.record, rev } };
    case 'workflow':
      return { entity: row.entity, record: { ...row.record, rev } };
    case 'document':
      return { entity: row.entity, record: { ...row.record, rev } };
    case 'attachment':
      return { entity: row.entity, record: { ...row.record, rev } };
    case 'user':
      return { entity: row.entity, record: { ...row.record, rev } };
    case 'approval':
      return { entity: row.entity, record: { ...row.record, rev } };
    default:
      return assertNever(row);
  }
}

/**
 * The local row after taking `remote`, or null when there is nothing to do (a state no newer than
 * the local one, a step already held, an entity this build does not store, or a local row of
 * another entity under the same id).
 */
export function planRemoteState(
  local: LocalRow | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemotePlan | null {
  if (local && local.entity !== remote.entity) return null;
  const entity = remote.entity;
  switch (entity) {
    case 'case': {
      const plan = planRemoteCase(
        local?.entity === entity ? local.record : undefined,
        pending,
        remote,
        options,
      );
      return plan && { entity, ...plan };
    }
    case 'workflow': {
      const before = local?.entity === entity ? local.record : undefined;
      const plan = planRemoteWorkflow(before, pending, remote, options);
      return plan && { entity, ...plan };
    }
    case 'document': {
      const before = local?.entity === entity ? local.record : undefined;
      const plan = planRemoteDocument(before, pending, remote, options);
      return plan && { entity, ...plan };
    }
    case 'step': {
      const plan = planRemoteStep(local?.entity === entity ? local.record : undefined, remote);
      return plan && { entity, ...plan };
    }
    case 'attachment': {
      const before = local?.entity === entity ? local.record : undefined;
      const plan = planRemoteAttachment(before, pending, remote, options);
      return plan && { entity, ...plan };
    }
    case 'user': {
      const before = local?.entity === entity ? local.record : undefined;
      const plan = planRemoteUser(before, pending, remote, options);
      return plan && { entity, ...plan };
    }
    case 'approval': {
      const before = local?.entity === entity ? local.record : undefined;
      const plan = planRemoteApproval(before, pending, remote, options);
      return plan && { entity, ...plan };
    }
    case 'audit':
    case 'lead':
      return null;
    default:
      return assertNever(entity);
  }
}

/** The audit entry for a planned row whose content changed (values masked, secrets left out). */
export function remoteStateAudit(
  local: LocalRow | undefined,
  plan: RemotePlan,
  remote: Pick<ServerRecord, 'rev'> & { changeId?: string },
  extra: Record<string, unknown> = {},
): AuditDraft {
  switch (plan.entity) {
    case 'case':
      return remoteCaseAudit(
        local?.entity === 'case' ? local.record : undefined,
        plan,
        remote,
        extra,
      );
    case 'workflow':
      return remoteWorkflowAudit(
        local?.entity === 'workflow' ? local.record : undefined,
        plan,
        remote,
        extra,
      );
    case 'document':
      return remoteDocumentAudit(plan, remote, extra);
    case 'step':
      return remoteStepAudit(plan, remote);
    case 'attachment':
      return remoteAttachmentAudit(plan, remote, extra);
    case 'user':
      return remoteUserAudit(
        local?.entity === 'user' ? local.record : undefined,
        plan,
        remote,
        extra,
      );
    case 'approval':
      return remoteApprovalAudit(
        local?.entity === 'approval' ? local.record : undefined,
        plan,
        remote,
        extra,
      );
    default:
      return assertNever(plan);
  }
}
