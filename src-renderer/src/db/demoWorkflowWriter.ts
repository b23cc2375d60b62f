/**
 * Stores a demo workflow the engine has played (src-shared/demo/demoWorkflows.ts): the workflow
 * row, its step rows, one 'workflow.start' audit entry and the outbox changes in one transaction
 * through `auditedWrite`, like a workflow started and stepped in the app. Every row and change
 * carries `demo: true` so that sync can keep them from the province.
 */
import type { CaseId } from '../../../src-shared/domain/ids';
import type { PlayedWorkflow } from '../../../src-shared/demo/demoWorkflows';
import {
  redactStepData,
  serializeWorkflowSnapshot,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox, type NewChange } from './outbox';
import { computeWorkflowDue } from './workflowDue';
import { syncedFields } from './workflowRepository';
import type { WorkflowRecord, WorkflowStepRecord } from './workflowRows';

export async function storeDemoWorkflow(
  db: JianhuDb,
  actor: Actor,
  caseId: string,
  kind: WorkflowKind,
  played: PlayedWorkflow,
  now: Date,
): Promise<WorkflowRecord | null> {
  const id = newId(now);
  const at = now.toISOString();
  const { snapshot, steps } = played;
  const due = computeWorkflowDue(kind, snapshot);
  const stepRows: WorkflowStepRecord[] = steps.map((step, i) => ({
    id: newId(now),
    workflowId: id,
    caseId,
    stepNo: i + 1,
    from: step.from,
    to: step.to,
    event: step.event,
    at: step.at,
    by: step.by as WorkflowStepRecord['by'],
    role: step.role,
    data: redactStepData(step),
    sensitiveFields: step.sensitiveFields,
    demo: true,
  }));

  return auditedWrite(
    db,
    [db.workflows, db.steps, db.outbox, db.cases],
    now,
    async ({ deviceId }): Promise<Prepared<WorkflowRecord | null>> => {
      assertActorDevice(actor, deviceId);
      const found = await db.cases.get(caseId as CaseId);
      if (!found || found.deleted === 1) return { skip: null };
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.workflowStart,
            entity: 'workflow',
            entityId: id,
            success: true,
            diff: { caseId, kind, state: snapshot.value, steps: steps.length, demo: true },
          },
        ],
        // Invariant (with auditedWrite): the workflow, its steps, the audit entry and the
        // outbox changes commit together.
        commit: async () => {
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const record: WorkflowRecord = {
            id,
            caseId,
            kind,
            snapshot: serializeWorkflowSnapshot(kind, snapshot),
            state: snapshot.value,
            status: snapshot.status,
            due,
            sensitive: {},
            stepCount: steps.length,
            startedAt: at,
            startedBy: actor.userId,
            updatedAt: at,
            updatedBy: actor.userId,
            rev: 0,
            seq,
            demo: true,
          };
          await db.workflows.add(record);
          await db.steps.bulkAdd(stepRows);
          const changes: NewChange[] = [
            {
              entity: 'workflow',
              entityId: id,
              op: 'create',
              baseRev: 0,
              patch: syncedFields(record),
              deviceTime: at,
            },
            ...stepRows.map(({ id: stepId, ...stepPatch }) => ({
              entity: 'step' as const,
              entityId: stepId,
              op: 'create' as const,
              baseRev: 0,
              patch: stepPatch,
              deviceTime: at,
            })),
          ];
          await appendOutbox(db, changes, now.getTime());
          return record;
        },
      };
    },
  );
}
