/**
 * Taking one workflow step (DESIGN.md §5 approvals). The acting role is the signed-in user's
 * stored role, never the caller's word. When the step's rule names a role the operator lacks, the
 * step is taken only with an approver: a user present at the desk who confirmed with their own
 * password (approverProof.ts), or the answer of an approval request (approvalRepository.ts). The
 * approval's role, name and date in the data are filled from the confirmed person, never typed.
 *
 * A refused step writes nothing at all. An accepted one writes the workflow row, one append-only
 * step row, one audit entry naming the approver and the outbox changes (workflow update, step
 * create, and the request marked used) in one transaction through `auditedWrite`.
 */
import type { HolidayCalendar } from '../../../src-shared/calendar';
import { ApprovalStatus, type PersonRef } from '../../../src-shared/sync/approvals';
import {
  approvalDigest,
  approvalNeedOf,
  attemptTransition,
  deserializeWorkflowSnapshot,
  redactStepData,
  serializeWorkflowSnapshot,
  withApprover,
  type StepRecord,
  type TransitionResult,
  type WorkflowEventInput,
} from '../../../src-shared/workflows';
import { assertActorDevice, type Actor } from './actor';
import { approvalSyncedFields } from './approvalRepository';
import { approvalsTable, type ApprovalRow } from './approvalTables';
import { isValidProof, spendProof, type ApproverProof } from './approverProof';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox, type NewChange } from './outbox';
import { computeWorkflowDue, defaultCalendar } from './workflowDue';
import {
  asWorkflowRecord,
  failure,
  type RepositoryRefusalKey,
  type WorkflowResult,
} from './workflowResult';
import type { WorkflowRecord, WorkflowStepRecord } from './workflowRows';

export type TransitionOptions = {
  calendar?: HolidayCalendar;
  /** An approver present at the desk (confirmApprover). */
  approver?: ApproverProof;
  /** An approved request to take the step with (its data is the request's own). */
  approvalRequestId?: string;
};

export type TransitionValue = { workflow: WorkflowRecord; step: WorkflowStepRecord };

/** Who approved a step and how, as the step row and the audit entry record it. */
export type StepApproval = PersonRef & { method: 'present' | 'request'; requestId: string | null };

/** The clear values of an event's sensitive fields, keyed `<event>.<field>`. */
function sensitiveValues(step: StepRecord): Record<string, string> {
  const data = step.data;
  if (data === null || typeof data !== 'object') return {};
  const out: Record<string, string> = {};
  for (const field of step.sensitiveFields) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value === 'string' && value !== '') out[`${step.event}.${field}`] = value;
  }
  return out;
}

/** The approver of this call, or why the approval offered cannot be used. */
async function resolveApprover(
  db: JianhuDb,
  workflowId: string,
  event: WorkflowEventInput,
  options: TransitionOptions,
  now: Date,
): Promise<
  | { ok: true; approval: StepApproval | null; request: ApprovalRow | null; data: unknown }
  | { ok: false; messageKey: RepositoryRefusalKey }
> {
  if (options.approvalRequestId !== undefined) {
    const request = await approvalsTable(db).get(options.approvalRequestId);
    const data = request?.localData ?? event.data;
    if (
      !request?.answeredBy ||
      request.status !== ApprovalStatus.approved ||
      request.workflowId !== workflowId ||
      request.event !== event.type ||
      request.dataDigest !== approvalDigest(workflowId, event.type, data) ||
      !request.requiredRoles.includes(request.answeredBy.role)
    ) {
      return { ok: false, messageKey: 'workflowsUi.refusal.approvalNotUsable' };
    }
    const approval = { ...request.answeredBy, method: 'request' as const, requestId: request.id };
    return { ok: true, approval, request, data };
  }
  if (options.approver) {
    if (!isValidProof(options.approver, now)) {
      return { ok: false, messageKey: 'workflowsUi.refusal.approverExpired' };
    }
    const { userId, name, role } = options.approver;
    const approval = { id: userId, name, role, method: 'present' as const, requestId: null };
    return { ok: true, approval, request: null, data: event.data };
  }
  return { ok: true, approval: null, request: null, data: event.data };
}

/**
 * The engine's decision: first with the operator acting (the approval in the data from the
 * approver, else from the operator), then — when the refusal is about who acts and an approver
 * confirmed — with the approver acting.
 */
function decide(
  kind: WorkflowRecord['kind'],
  snapshot: unknown,
  type: string,
  data: unknown,
  operator: PersonRef,
  approval: StepApproval | null,
  at: string,
): { result: TransitionResult; actingId: string } {
  const confirmer = approval ?? operator;
  const filled = withApprover(type, data, confirmer, at.slice(0, 10), approval !== null);
  const event = { type, data: filled };
  const asOperator = attemptTransition(kind, snapshot, event, {
    by: operator.id,
    role: operator.role,
    at,
  });
  if (asOperator.ok || !approval) return { result: asOperator, actingId: operator.id };
  if (approvalNeedOf(asOperator.reason)?.mode !== 'actor') {
    return { result: asOperator, actingId: operator.id };
  }
  const asApprover = attemptTransition(kind, snapshot, event, {
    by: approval.id,
    role: approval.role,
    at,
  });
  return { result: asApprover, actingId: approval.id };
}

export function transitionWorkflow(
  db: JianhuDb,
  actor: Actor,
  workflowId: string,
  event: WorkflowEventInput,
  now: Date,
  options: TransitionOptions = {},
): Promise<WorkflowResult<TransitionValue>> {
  const calendar = options.calendar ?? defaultCalendar();
  const at = now.toISOString();
  const requests = approvalsTable(db);
  return auditedWrite(
    db,
    [db.workflows, db.steps, db.outbox, db.users, requests],
    now,
    async ({ deviceId }): Promise<Prepared<WorkflowResult<TransitionValue>>> => {
      assertActorDevice(actor, deviceId);
      const row = asWorkflowRecord(await db.workflows.get(workflowId));
      if (!row) return { skip: failure('not-found', 'workflowsUi.refusal.workflowNotFound') };
      const user = await db.users.get(actor.userId);
      if (!user?.active) return { skip: failure('wrong-role', 'workflowsUi.refusal.unknownUser') };
      const operator: PersonRef = { id: user.id, name: user.name, role: user.role };
      const resolved = await resolveApprover(db, workflowId, event, options, now);
      if (!resolved.ok) return { skip: failure('wrong-role', resolved.messageKey) };
      const { approval, request } = resolved;
      const decoded = deserializeWorkflowSnapshot(row.kind, row.snapshot);
      if (!decoded.ok) return { skip: { ok: false, reason: decoded.reason } };
      const { result, actingId } = decide(
        row.kind,
        decoded.snapshot,
        event.type,
        resolved.data,
        operator,
        approval,
        at,
      );
      if (!result.ok) return { skip: { ok: false, reason: result.reason } };

      const { snapshot, step } = result;
      const redacted = redactStepData(step);
      const newSensitive = sensitiveValues(step);
      const hasNewSensitive = Object.keys(newSensitive).length > 0;
      const stepRow: WorkflowStepRecord = {
        id: newId(now),
        workflowId,
        caseId: row.caseId,
        stepNo: row.stepCount + 1,
        from: step.from,
        to: step.to,
        event: step.event,
        at,
        by: step.by as WorkflowStepRecord['by'],
        role: step.role,
        data: redacted,
        sensitiveFields: step.sensitiveFields,
        ...(approval ? { approvedBy: approval } : {}),
        ...(actingId !== operator.id ? { enteredBy: operator } : {}),
      };
      const changes = {
        snapshot: serializeWorkflowSnapshot(row.kind, snapshot),
        state: snapshot.value,
        status: snapshot.status,
        due: computeWorkflowDue(row.kind, snapshot, calendar),
        stepCount: stepRow.stepNo,
        updatedAt: at,
        updatedBy: actor.userId,
        ...(hasNewSensitive ? { sensitive: { ...row.sensitive, ...newSensitive } } : {}),
      };
      const usedRequest: ApprovalRow | null = request
        ? { ...request, status: ApprovalStatus.used, usedAt: at, updatedAt: at }
        : null;
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.workflowTransition,
            entity: 'workflow',
            entityId: workflowId,
            success: true,
            diff: {
              caseId: row.caseId,
              kind: row.kind,
              event: step.event,
              from: step.from,
              to: step.to,
              stepId: stepRow.id,
              data: redacted,
              ...(approval ? { approvedBy: approval, actingUserId: actingId } : {}),
            },
          },
        ],
        // Invariant (with auditedWrite): the new workflow row, its step row, the audit entry
        // naming the approver, the outbox changes and the request marked used commit together,
        // and only on top of the very rows the engine decided from (else the write starts over).
        commit: async () => {
          const current = asWorkflowRecord(await db.workflows.get(workflowId));
          if (current?.seq !== row.seq) throw new StaleWriteError('The workflow moved on');
          if (request && (await requests.get(request.id))?.seq !== request.seq) {
            throw new StaleWriteError('The approval request moved on');
          }
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const workflow: WorkflowRecord = { ...row, ...changes, seq };
          await db.workflows.put(workflow);
          await db.steps.add(stepRow);
          const { sensitive: _omitted, ...patch } = changes;
          const { id: _stepId, ...stepPatch } = stepRow;
          const outbox: NewChange[] = [
            {
              entity: 'workflow',
              entityId: workflowId,
              op: 'update',
              baseRev: row.rev,
              // The account itself travels to the server with the record, never in audit.
              patch: hasNewSensitive ? { ...patch, sensitive: workflow.sensitive } : patch,
              deviceTime: at,
            },
            {
              entity: 'step',
              entityId: stepRow.id,
              op: 'create',
              baseRev: 0,
              patch: stepPatch,
              deviceTime: at,
            },
          ];
          if (usedRequest) {
            await requests.put({
              ...usedRequest,
              seq: await takeCounter(db.meta, MetaKey.nextLocalSeq),
            });
            const { status, usedAt } = approvalSyncedFields(usedRequest);
            outbox.push({
              entity: 'approval',
              entityId: usedRequest.id,
              op: 'update',
              baseRev: usedRequest.rev,
              patch: { status, usedAt },
              deviceTime: at,
            });
          }
          await appendOutbox(db, outbox, now.getTime());
          return { ok: true, value: { workflow, step: stepRow } };
        },
      };
    },
  ).then((result) => {
    if (result.ok && options.approver) spendProof(options.approver);
    return result;
  });
}
