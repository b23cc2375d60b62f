/**
 * Guided workflows on cases (issue 3): starting one, and taking a step. The engine
 * (src-shared/workflows) decides; this file stores. A refused step writes nothing at all. An
 * accepted one writes the workflow row, one append-only step row, one audit entry and two outbox
 * changes ('workflow' update, 'step' create) in one transaction through `auditedWrite`.
 */
import type { HolidayCalendar } from '../../../src-shared/calendar';
import type { CaseId } from '../../../src-shared/domain/ids';
import {
  attemptTransition,
  deserializeWorkflowSnapshot,
  redactStepData,
  serializeWorkflowSnapshot,
  startWorkflow,
  type StepRecord,
  type WorkflowEventInput,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox } from './outbox';
import { computeWorkflowDue, defaultCalendar } from './workflowDue';
import { asWorkflowRecord, failure, type WorkflowResult } from './workflowResult';
import type { WorkflowRecord, WorkflowStepRecord } from './workflowRows';

export type WorkflowOptions = { calendar?: HolidayCalendar };

/** The fields a 'create' change carries: everything but what only this device or the server decides. */
function syncedFields(record: WorkflowRecord): Record<string, unknown> {
  const { id: _id, rev: _rev, seq: _seq, ...rest } = record;
  return rest;
}

/** Starts workflow `kind` on a case. `input` is the kind's start input without `caseId`. */
export async function startCaseWorkflow(
  db: JianhuDb,
  actor: Actor,
  caseId: string,
  kind: WorkflowKind,
  input: Record<string, unknown>,
  now: Date,
  options: WorkflowOptions = {},
): Promise<WorkflowResult<WorkflowRecord>> {
  const started = startWorkflow(kind, { ...input, caseId });
  if (!started.ok) return { ok: false, reason: started.reason };
  const id = newId(now);
  const at = now.toISOString();
  const due = computeWorkflowDue(kind, started.snapshot, options.calendar ?? defaultCalendar());

  return auditedWrite(
    db,
    [db.workflows, db.outbox, db.cases],
    now,
    async ({ deviceId }): Promise<Prepared<WorkflowResult<WorkflowRecord>>> => {
      assertActorDevice(actor, deviceId);
      const found = await db.cases.get(caseId as CaseId);
      if (!found || found.deleted === 1) {
        return { skip: failure('not-found', 'workflowsUi.refusal.caseNotFound') };
      }
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.workflowStart,
            entity: 'workflow',
            entityId: id,
            success: true,
            diff: { caseId, kind, state: started.snapshot.value, due: due?.due ?? null },
          },
        ],
        // Invariant (with auditedWrite): the workflow row, its 'workflow.start' audit entry and
        // its 'create' outbox change commit together, with the counters they use.
        commit: async () => {
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const record: WorkflowRecord = {
            id,
            caseId,
            kind,
            snapshot: serializeWorkflowSnapshot(kind, started.snapshot),
            state: started.snapshot.value,
            status: started.snapshot.status,
            due,
            sensitive: {},
            stepCount: 0,
            startedAt: at,
            startedBy: actor.userId,
            updatedAt: at,
            updatedBy: actor.userId,
            rev: 0,
            seq,
          };
          await db.workflows.add(record);
          await appendOutbox(
            db,
            [
              {
                entity: 'workflow',
                entityId: id,
                op: 'create',
                baseRev: 0,
                patch: syncedFields(record),
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: record };
        },
      };
    },
  );
}

export type TransitionValue = { workflow: WorkflowRecord; step: WorkflowStepRecord };

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

/**
 * Takes one step. The acting role is the user's stored role (never the caller's word). The
 * engine's refusal comes back untouched and nothing is written — not even an audit entry.
 */
export function transitionWorkflow(
  db: JianhuDb,
  actor: Actor,
  workflowId: string,
  event: WorkflowEventInput,
  now: Date,
  options: WorkflowOptions = {},
): Promise<WorkflowResult<TransitionValue>> {
  const calendar = options.calendar ?? defaultCalendar();
  const at = now.toISOString();
  return auditedWrite(
    db,
    [db.workflows, db.steps, db.outbox, db.users],
    now,
    async ({ deviceId }): Promise<Prepared<WorkflowResult<TransitionValue>>> => {
      assertActorDevice(actor, deviceId);
      const row = asWorkflowRecord(await db.workflows.get(workflowId));
      if (!row) return { skip: failure('not-found', 'workflowsUi.refusal.workflowNotFound') };
      const user = await db.users.get(actor.userId);
      if (!user?.active) return { skip: failure('wrong-role', 'workflowsUi.refusal.unknownUser') };
      const decoded = deserializeWorkflowSnapshot(row.kind, row.snapshot);
      if (!decoded.ok) return { skip: { ok: false, reason: decoded.reason } };
      const result = attemptTransition(row.kind, decoded.snapshot, event, {
        by: actor.userId,
        role: user.role,
        at,
      });
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
        by: actor.userId,
        role: step.role,
        data: redacted,
        sensitiveFields: step.sensitiveFields,
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
            },
          },
        ],
        // Invariant (with auditedWrite): the new workflow row, its step row, the
        // 'workflow.transition' audit entry and both outbox changes commit together, and only on
        // top of the very row the engine decided from (else the write starts over).
        commit: async () => {
          const current = asWorkflowRecord(await db.workflows.get(workflowId));
          if (current?.seq !== row.seq) throw new StaleWriteError('The workflow moved on');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const workflow: WorkflowRecord = { ...row, ...changes, seq };
          await db.workflows.put(workflow);
          await db.steps.add(stepRow);
          const { sensitive: _omitted, ...patch } = changes;
          const { id: _stepId, ...stepPatch } = stepRow;
          await appendOutbox(
            db,
            [
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
            ],
            now.getTime(),
          );
          return { ok: true, value: { workflow, step: stepRow } };
        },
      };
    },
  );
}
