/**
 * The local side of a sync write: the rows (cases, workflows, steps, documents, attachments,
 * users, approval requests) and their pending outbox rows, read inside the write's one transaction
 * (auditedWrite with `inTransaction`), so nothing can move between planning and writing; then the
 * planned rows written, with fresh local sequence numbers where they need one.
 *
 * An approval change the server refused is not pending: a request moves only by its lifecycle, so
 * a refusal is final and the request takes the server's state; the refused row stays in the
 * outbox, marked, for the person to see (db/applyRemoteApproval.ts).
 */
import type { Table } from 'dexie';
import { assertNever } from '../../../src-shared/assertNever';
import { approvalsTable } from '../db/approvalTables';
import { caseAttachmentsTable } from '../db/attachmentTables';
import type { JianhuDb } from '../db/database';
import { liveChange, moveLiveCases } from '../db/caseCount';
import { MetaKey, takeCounter } from '../db/meta';
import {
  APPLIED_ENTITIES,
  recordKey,
  type AppliedEntity,
  type LocalRow,
  type RemotePlan,
} from '../db/remotePlan';
import { readRevisedCases, splitRevision, type RevisionRow } from '../db/revisions';
import type { OutboxRow } from '../db/rowTypes';
import { asWorkflowRecord } from '../db/workflowResult';
import type { DocumentRecord, WorkflowStepRecord } from '../db/workflowRows';
import { isRefused } from './collect';

export type RecordRef = { entity: AppliedEntity; entityId: string };

export type LocalRecords = {
  refs: readonly RecordRef[];
  /** By recordKey(entity, id). */
  rows: Map<string, LocalRow>;
  /** Outbox rows per recordKey, in deviceSeq order. */
  pending: Map<string, OutboxRow[]>;
};

/** The tables a write over `refs` reads and writes (a Dexie transaction must name them all). */
export function tablesFor(db: JianhuDb, entities: readonly AppliedEntity[]): Table[] {
  const byEntity = {
    case: [db.cases, db.revisions],
    workflow: db.workflows,
    step: db.steps,
    document: db.documents,
    attachment: caseAttachmentsTable(db),
    user: db.users,
    approval: approvalsTable(db),
  } satisfies Record<AppliedEntity, Table | Table[]>;
  return [...new Set(entities)].flatMap((e): Table | Table[] => byEntity[e]);
}

async function readRows(db: JianhuDb, entity: AppliedEntity, ids: string[]): Promise<LocalRow[]> {
  if (ids.length === 0) return [];
  switch (entity) {
    case 'case':
      return (await readRevisedCases(db, ids)).flatMap((record) =>
        record ? [{ entity, record }] : [],
      );
    case 'workflow':
      return (await db.workflows.bulkGet(ids)).flatMap((row) => {
        const record = asWorkflowRecord(row);
        return record ? [{ entity, record }] : [];
      });
    case 'document':
      // Rows are written only by the document repository or by sync, in this shape.
      return (await db.documents.bulkGet(ids)).flatMap((row) =>
        row ? [{ entity, record: row as DocumentRecord }] : [],
      );
    case 'step':
      return (await db.steps.bulkGet(ids)).flatMap((row) =>
        row ? [{ entity, record: row as WorkflowStepRecord }] : [],
      );
    case 'attachment':
      return (await caseAttachmentsTable(db).bulkGet(ids)).flatMap((record) =>
        record ? [{ entity, record }] : [],
      );
    case 'user':
      // A row of a build before users synced has no revision yet: 0, as for any unsent record.
      return (await db.users.bulkGet(ids)).flatMap((row) =>
        row ? [{ entity, record: { ...row, rev: row.rev ?? 0 } }] : [],
      );
    case 'approval':
      return (await approvalsTable(db).bulkGet(ids)).flatMap((record) =>
        record ? [{ entity, record }] : [],
      );
    default:
      return assertNever(entity);
  }
}

export async function loadLocalRecords(
  db: JianhuDb,
  refs: readonly RecordRef[],
): Promise<LocalRecords> {
  const unique = [...new Map(refs.map((r) => [recordKey(r.entity, r.entityId), r])).values()];
  const idsOf = (entity: AppliedEntity) =>
    unique.filter((r) => r.entity === entity).map((r) => r.entityId);
  // One equality lookup per record rather than anyOf(): the same index reads, but anyOf's cursor
  // jumps were 20× slower over a large outbox (measured with fake-indexeddb, 200 of 2,000 rows).
  // An empty outbox (a new device's first download) needs none: its count answers for all of
  // them, in the same round as the rows.
  const lookUpPending = (): Promise<OutboxRow[][]> =>
    Promise.all(
      unique.map(async (ref) =>
        (await db.outbox.where('entityId').equals(ref.entityId).toArray()).filter(
          (row) => row.entity === ref.entity && !(row.entity === 'approval' && isRefused(row)),
        ),
      ),
    );
  const [localRows, perRecord] = await Promise.all([
    Promise.all(APPLIED_ENTITIES.map((entity) => readRows(db, entity, idsOf(entity)))),
    unique.length === 0
      ? []
      : db.outbox.count().then((queued) => (queued === 0 ? [] : lookUpPending())),
  ]);
  const rows = new Map<string, LocalRow>();
  for (const row of localRows.flat()) rows.set(recordKey(row.entity, row.record.id), row);
  const pending = new Map<string, OutboxRow[]>();
  for (const row of perRecord.flat().sort((a, b) => a.deviceSeq - b.deviceSeq)) {
    const key = recordKey(row.entity, row.entityId);
    const list = pending.get(key) ?? [];
    list.push(row);
    pending.set(key, list);
  }
  return { refs: unique, rows, pending };
}

/** Does the stored row take a fresh local `seq`? */
function needsSeq(plan: RemotePlan): boolean {
  switch (plan.entity) {
    case 'case':
      // A case whose revision alone moved keeps its seq: the search index reads nothing new.
      return plan.changed.length > 0 && !plan.revisionOnly;
    case 'workflow':
    case 'document':
    case 'attachment':
    case 'approval':
      // Always: the workflow and approval repositories tell a concurrent write by `seq`, and a
      // step taken on a row read before this write must start over rather than put the old
      // revision back.
      return true;
    case 'step':
      return false;
    case 'user':
      // Users carry no local sequence (db/userSync.ts).
      return false;
    default:
      return assertNever(plan);
  }
}

/**
 * Writes planned rows, each into its table, with fresh `seq`s taken in one counter move. A case's
 * revision goes to its own table; a plan that moves only the revision writes nothing else. `before`
 * holds the rows the plans were made from (read in this transaction): a case pulled new, deleted
 * or restored moves the count of live cases here, with its row.
 */
export async function writeRemotePlans(
  db: JianhuDb,
  plans: readonly RemotePlan[],
  before: ReadonlyMap<string, LocalRow>,
): Promise<void> {
  if (plans.length === 0) return;
  const count = plans.filter(needsSeq).length;
  let seq = count > 0 ? await takeCounter(db.meta, MetaKey.nextLocalSeq, count) : 0;
  const cases = [];
  let liveDelta = 0;
  const revisions: RevisionRow[] = [];
  const workflows = [];
  const documents = [];
  const steps = [];
  const attachments = [];
  const users = [];
  const approvals = [];
  for (const plan of plans) {
    const fresh = needsSeq(plan) ? seq++ : undefined;
    switch (plan.entity) {
      case 'case': {
        const { row, revision } = splitRevision(plan.record);
        revisions.push(revision);
        if (!plan.revisionOnly) {
          cases.push(fresh === undefined ? row : { ...row, seq: fresh });
          const stored = before.get(recordKey('case', row.id));
          liveDelta += liveChange(stored?.entity === 'case' ? stored.record : undefined, row);
        }
        break;
      }
      case 'workflow':
        workflows.push(fresh === undefined ? plan.record : { ...plan.record, seq: fresh });
        break;
      case 'document':
        documents.push(fresh === undefined ? plan.record : { ...plan.record, seq: fresh });
        break;
      case 'step':
        steps.push(plan.record);
        break;
      case 'attachment':
        attachments.push(fresh === undefined ? plan.record : { ...plan.record, seq: fresh });
        break;
      case 'user':
        users.push(plan.record);
        break;
      case 'approval':
        approvals.push(fresh === undefined ? plan.record : { ...plan.record, seq: fresh });
        break;
      default:
        assertNever(plan);
    }
  }
  // Issued together: one round of requests in the caller's transaction, not one per table.
  await Promise.all([
    cases.length > 0 && db.cases.bulkPut(cases),
    moveLiveCases(db.meta, liveDelta),
    revisions.length > 0 && db.revisions.bulkPut(revisions),
    workflows.length > 0 && db.workflows.bulkPut(workflows),
    documents.length > 0 && db.documents.bulkPut(documents),
    attachments.length > 0 && caseAttachmentsTable(db).bulkPut(attachments),
    users.length > 0 && db.users.bulkPut(users),
    approvals.length > 0 && approvalsTable(db).bulkPut(approvals),
    // Append-only: add, never put. A step that appeared meanwhile fails the write (the plan was
    // made on stale reads; the transaction rolls back).
    steps.length > 0 && db.steps.bulkAdd(steps),
  ]);
}
