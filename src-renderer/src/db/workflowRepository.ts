/**
 * Guided workflows on cases (issue 3): starting one here, taking a step in workflowTransition.ts.
 * The engine (src-shared/workflows) decides; these files store, each write in one transaction
 * through `auditedWrite` with its audit entry and outbox changes.
 */
import type { HolidayCalendar } from '../../../src-shared/calendar';
import type { CaseId } from '../../../src-shared/domain/ids';
import {
  serializeWorkflowSnapshot,
  startWorkflow,
  withLocalLimits,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { readLocalLimits } from './localLimits';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox } from './outbox';
import { computeWorkflowDue, defaultCalendar } from './workflowDue';
import { failure, type WorkflowResult } from './workflowResult';
import type { WorkflowRecord } from './workflowRows';

export type WorkflowOptions = { calendar?: HolidayCalendar };

/** The fields a 'create' change carries: everything but what only this device or the server decides. */
export function syncedFields(record: WorkflowRecord): Record<string, unknown> {
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
  // The unit's limits replace any the caller sent: they are reference data, not the handler's.
  const limits = await readLocalLimits(db);
  const started = startWorkflow(kind, withLocalLimits(kind, { ...input, caseId }, limits));
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

export {
  transitionWorkflow,
  type TransitionValue,
  type TransitionOptions,
} from './workflowTransition';
