/**
 * Approval requests on the device (src-shared/sync/approvals.ts): asking a user with the role a
 * rule names to approve a step when they are not at this desk, answering one, taking one back.
 * Each accepted write stores the request, one audit entry and one outbox change (entity
 * 'approval') in one transaction through `auditedWrite`; a refused one writes nothing. The step
 * itself is taken later with the answer (workflowTransition.ts marks the request used).
 *
 * The requester keeps the event's full data in `localData` (sealed at rest, never synced) so the
 * step can be taken with exactly what was approved; the request carries only its digest and a
 * masked summary.
 */
import type { Role } from '../../../src-shared/domain/codes';
import { redactCaseForAudit } from '../../../src-shared/domain/mask';
import {
  ApprovalStatus,
  approvalDataSchema,
  checkApprovalChange,
  type ApprovalData,
  type PersonRef,
} from '../../../src-shared/sync/approvals';
import {
  approvalDigest,
  deserializeWorkflowSnapshot,
  redactStepData,
  workflowCatalog,
} from '../../../src-shared/workflows';
import type { CaseId } from '../../../src-shared/domain/ids';
import { assertActorDevice, type Actor } from './actor';
import { approvalsTable, type ApprovalRow } from './approvalTables';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox } from './outbox';
import { checkUserPassword, type PasswordCheck } from './signIn';
import { asWorkflowRecord } from './workflowResult';

export type ApprovalFailure =
  | 'not-found'
  | 'invalid'
  | 'approval-already-answered'
  | 'approval-wrong-role'
  | 'approval-invalid-transition';

export type ApprovalResult =
  | { ok: true; value: ApprovalRow }
  | { ok: false; code: ApprovalFailure }
  | Exclude<PasswordCheck, { ok: true }>;

/** The synced part of a row (what a change carries). */
export function approvalSyncedFields(row: ApprovalRow): ApprovalData {
  const { id: _id, rev: _rev, seq: _seq, updatedAt: _u, localData: _d, ...data } = row;
  return data;
}

async function personOf(db: JianhuDb, userId: string): Promise<PersonRef | null> {
  const user = await db.users.get(userId);
  return user?.active ? { id: user.id, name: user.name, role: user.role } : null;
}

/** The event's data as the approver reads it: sensitive fields masked, numbers masked. */
export function approvalSummary(
  kind: string,
  type: string,
  data: unknown,
): Record<string, unknown> {
  const def = workflowCatalog[kind as keyof typeof workflowCatalog];
  const sensitiveFields = def.events[type]?.sensitiveFields ?? [];
  const redacted = redactStepData({
    from: '',
    to: '',
    event: type,
    at: '',
    by: '',
    role: 'procurator',
    data,
    sensitiveFields,
  });
  const plain = typeof redacted === 'object' && redacted !== null ? redacted : { value: redacted };
  return redactCaseForAudit(plain as Record<string, unknown>);
}

export type ApprovalRequestInput = {
  workflowId: string;
  event: { type: string; data: unknown };
  requiredRoles: readonly Role[];
  reason: string | null;
};

/** Asks for an approval of one step as entered; nothing is sent for a missing workflow. */
export function requestApproval(
  db: JianhuDb,
  actor: Actor,
  input: ApprovalRequestInput,
  now: Date,
): Promise<ApprovalResult> {
  const id = newId(now);
  const at = now.toISOString();
  const requests = approvalsTable(db);
  return auditedWrite(
    db,
    [db.workflows, db.cases, db.users, requests, db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<ApprovalResult>> => {
      assertActorDevice(actor, deviceId);
      const workflow = asWorkflowRecord(await db.workflows.get(input.workflowId));
      const requester = await personOf(db, actor.userId);
      if (!workflow || !requester) return { skip: { ok: false, code: 'not-found' } };
      const owner = await db.cases.get(workflow.caseId as CaseId);
      if (!owner || !deserializeWorkflowSnapshot(workflow.kind, workflow.snapshot).ok) {
        return { skip: { ok: false, code: 'not-found' } };
      }
      const data: ApprovalData = {
        caseId: workflow.caseId,
        caseTitle: owner.title,
        workflowId: workflow.id,
        workflowKind: workflow.kind,
        event: input.event.type,
        dataDigest: approvalDigest(workflow.id, input.event.type, input.event.data),
        summary: approvalSummary(workflow.kind, input.event.type, input.event.data),
        requiredRoles: [...input.requiredRoles],
        reason: input.reason?.trim() ? input.reason.trim() : null,
        requestedBy: requester,
        requestedAt: at,
        status: ApprovalStatus.pending,
        answeredBy: null,
        answeredAt: null,
        note: null,
        usedAt: null,
      };
      const parsed = approvalDataSchema.safeParse(data);
      if (!parsed.success || checkApprovalChange(null, parsed.data, null) !== null) {
        return { skip: { ok: false, code: 'invalid' } };
      }
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.approvalRequest,
            entity: 'approval',
            entityId: id,
            success: true,
            diff: {
              workflowId: data.workflowId,
              event: data.event,
              requiredRoles: data.requiredRoles,
              dataDigest: data.dataDigest,
            },
          },
        ],
        // Invariant (with auditedWrite): the request, its audit entry and its 'create' change
        // commit together.
        commit: async () => {
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const row: ApprovalRow = {
            ...parsed.data,
            id,
            rev: 0,
            seq,
            updatedAt: at,
            localData: input.event.data,
          };
          await requests.add(row);
          await appendOutbox(
            db,
            [
              {
                entity: 'approval',
                entityId: id,
                op: 'create',
                baseRev: 0,
                patch: approvalSyncedFields(row),
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: row };
        },
      };
    },
  );
}

/** Writes one lifecycle step of a request (answer or withdrawal), checked by the shared rules. */
function changeRequest(
  db: JianhuDb,
  actor: Actor,
  requestId: string,
  change: (row: ApprovalRow, me: PersonRef, at: string) => Partial<ApprovalData> | ApprovalFailure,
  action: AuditAction,
  now: Date,
): Promise<ApprovalResult> {
  const at = now.toISOString();
  const requests = approvalsTable(db);
  return auditedWrite(
    db,
    [requests, db.users, db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<ApprovalResult>> => {
      assertActorDevice(actor, deviceId);
      const [row, me] = await Promise.all([requests.get(requestId), personOf(db, actor.userId)]);
      if (!row || !me) return { skip: { ok: false, code: 'not-found' } };
      const fields = change(row, me, at);
      if (typeof fields === 'string') return { skip: { ok: false, code: fields } };
      const next: ApprovalRow = { ...row, ...fields, updatedAt: at };
      const refusal = checkApprovalChange(
        approvalSyncedFields(row),
        approvalSyncedFields(next),
        me.role,
      );
      if (refusal) return { skip: { ok: false, code: refusal } };
      return {
        audit: [
          {
            userId: actor.userId,
            action,
            entity: 'approval',
            entityId: requestId,
            success: true,
            diff: {
              status: { before: row.status, after: next.status },
              workflowId: row.workflowId,
            },
          },
        ],
        // Invariant: the request moves only from the state the rules were checked against.
        commit: async () => {
          const current = await requests.get(requestId);
          if (current?.seq !== row.seq) throw new StaleWriteError('The request moved on');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          await requests.put({ ...next, seq });
          await appendOutbox(
            db,
            [
              {
                entity: 'approval',
                entityId: requestId,
                op: 'update',
                baseRev: row.rev,
                patch: fields,
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: { ...next, seq } };
        },
      };
    },
    { inTransaction: true },
  );
}

/**
 * The approver answers, after typing their password again (an approval is signed by the person,
 * not by whoever left a session open). Refused for the requester, a role not asked for, or a
 * request already answered.
 */
export async function answerApproval(
  db: JianhuDb,
  actor: Actor,
  requestId: string,
  answer: { approve: boolean; note: string; password: string },
  now: Date,
): Promise<ApprovalResult> {
  const note = answer.note.trim();
  if (!answer.approve && note === '') return { ok: false, code: 'invalid' };
  const checked = await checkUserPassword(db, actor.userId, answer.password, 'approver', now);
  if (!checked.ok) return checked;
  checked.dataKey.fill(0);
  return changeRequest(
    db,
    actor,
    requestId,
    (_row, me, at) => ({
      status: answer.approve ? ApprovalStatus.approved : ApprovalStatus.rejected,
      answeredBy: me,
      answeredAt: at,
      note: note === '' ? null : note,
    }),
    answer.approve ? AuditAction.approvalApprove : AuditAction.approvalReject,
    now,
  );
}

/** The requester takes a pending request back. */
export function withdrawApproval(
  db: JianhuDb,
  actor: Actor,
  requestId: string,
  now: Date,
): Promise<ApprovalResult> {
  return changeRequest(
    db,
    actor,
    requestId,
    (row, me) =>
      row.requestedBy.id === me.id ? { status: ApprovalStatus.withdrawn } : 'approval-wrong-role',
    AuditAction.approvalWithdraw,
    now,
  );
}
