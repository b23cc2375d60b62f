/**
 * Ack: the server's answers stored in one audited transaction. An outbox row leaves only with an
 * answer for it — applied (the record takes the new revision), a duplicate (treated as the first
 * answer it carries), or a conflict (its conflict row is stored in the same transaction, and the
 * server's merged record is taken, so the inbox holds both values and nothing is lost). A refused
 * row stays, marked, and is not sent again by itself.
 *
 * A revision is taken only when it is the next one after the row's: then the server's state is
 * exactly the local one. Otherwise someone else wrote in between and the pull brings that state.
 * When an answer leaves the local state unsure (a no-op answer, a conflict), the entity is
 * reported so the engine re-fetches it.
 */
import type { FirstAnswer, PushResult } from '../../../src-shared/sync/push';
import { pendingFieldsOf } from '../db/applyRemote';
import { StaleWriteError, auditedWrite, type AuditDraft } from '../db/auditedWrite';
import { ConflictStatus, conflictsTable, type ConflictRow } from '../db/conflicts';
import type { JianhuDb } from '../db/database';
import {
  isAppliedEntity,
  planRemoteState,
  recordKey,
  remoteStateAudit,
  withRev,
  type LocalRow,
  type RemotePlan,
  type RevisedEntity,
} from '../db/remotePlan';
import { revisionKey, storedCaseRevisions } from '../db/revisions';
import type { OutboxRow } from '../db/rowTypes';
import { REFUSED_PREFIX } from './collect';
import { loadLocalRecords, tablesFor, writeRemotePlans, type RecordRef } from './localRecords';

/** Entities whose rows take the revision an answer gives (a step row holds none). */
const REVISED: readonly RevisedEntity[] = [
  'case',
  'workflow',
  'document',
  'attachment',
  'user',
  'approval',
];

function isRevised(entity: string): entity is RevisedEntity {
  return (REVISED as readonly string[]).includes(entity);
}

export type AckOutcome = {
  /** Rows that left the outbox. */
  removed: number;
  /** Conflicts stored for the inbox. */
  conflicts: number;
  /** Rows the server refused (kept, marked). */
  refused: number;
  /** Records whose local state may differ from the server's: re-fetch them. */
  unsure: RecordRef[];
};

/** Longest server reason kept beside a refused change (a reason names at most ten fields). */
const MAX_REFUSAL_REASON = 500;

function firstAnswer(result: PushResult): FirstAnswer {
  return result.status === 'duplicate' ? result.original : result;
}

export function ackBatch(
  db: JianhuDb,
  rows: readonly OutboxRow[],
  results: readonly PushResult[],
  now: Date,
): Promise<AckOutcome> {
  const at = now.toISOString();
  const table = conflictsTable(db);
  const tables = [...tablesFor(db, REVISED), db.outbox, db.meta, table];
  return auditedWrite(
    db,
    tables,
    now,
    async () => {
      const answers = new Map(results.map((r) => [r.changeId, firstAnswer(r)]));
      const keyOf = (row: OutboxRow) => recordKey(row.entity, row.entityId);
      // A case no answer in this batch conflicts on only takes revisions: its revision is read,
      // not the case (whose sealed fields would be opened for nothing).
      const conflicted = new Set(
        rows.filter((r) => answers.get(r.changeId)?.status === 'conflict').map(keyOf),
      );
      const isRevisionOnly = (r: OutboxRow) => r.entity === 'case' && !conflicted.has(keyOf(r));
      const [local, caseRevs] = await Promise.all([
        loadLocalRecords(
          db,
          rows.flatMap((r) =>
            isRevised(r.entity) && !isRevisionOnly(r)
              ? [{ entity: r.entity, entityId: r.entityId }]
              : [],
          ),
        ),
        storedCaseRevisions(db, [...new Set(rows.filter(isRevisionOnly).map((r) => r.entityId))]),
      ]);
      const takenCaseRevs = new Map<string, number>();
      // Only a conflict answer stores a conflict row: only those are looked up (not every row).
      const conflictIds = rows
        .filter((r) => answers.get(r.changeId)?.status === 'conflict')
        .map((r) => r.changeId);
      const known = new Set((await table.bulkGet(conflictIds)).flatMap((c) => (c ? [c.id] : [])));
      // All by recordKey(entity, id).
      const working = new Map<string, LocalRow>(local.rows);
      const remaining = new Map([...local.pending].map(([key, list]) => [key, [...list]]));
      const changedFields = new Map<string, Set<string>>();
      const dirty = new Set<string>();
      // Records whose row takes a server state (a conflict), not only a new revision.
      const rewritten = new Set<string>();
      const unsure = new Map<string, RecordRef>();
      const removed: number[] = [];
      const refused: { key: number; changes: Partial<OutboxRow> }[] = [];
      const conflicts: ConflictRow[] = [];
      const audit: AuditDraft[] = [];

      const markUnsure = (row: OutboxRow) => {
        if (isAppliedEntity(row.entity)) {
          unsure.set(keyOf(row), { entity: row.entity, entityId: row.entityId });
        }
      };
      const remove = (row: OutboxRow) => {
        removed.push(row.deviceSeq);
        const list = remaining.get(keyOf(row));
        if (list)
          remaining.set(
            keyOf(row),
            list.filter((r) => r.deviceSeq !== row.deviceSeq),
          );
      };
      const takeRev = (row: OutboxRow, rev: number) => {
        if (isRevisionOnly(row)) {
          const current = caseRevs.get(row.entityId);
          if (current === undefined) return;
          if (rev === current + 1) {
            caseRevs.set(row.entityId, rev);
            takenCaseRevs.set(row.entityId, rev);
          } else if (rev <= current) {
            markUnsure(row);
          }
          return;
        }
        const key = keyOf(row);
        const current = working.get(key);
        // Steps carry no revision: their answer only lets the outbox row go.
        if (!current || current.entity === 'step') return;
        if (rev === current.record.rev + 1) {
          working.set(key, withRev(current, rev));
          dirty.add(key);
        } else if (rev <= current.record.rev) {
          markUnsure(row);
        }
      };

      for (const row of rows) {
        const answer = answers.get(row.changeId);
        if (!answer) continue; // Never removed without an answer.
        switch (answer.status) {
          case 'applied':
            remove(row);
            takeRev(row, answer.rev);
            break;
          case 'conflict': {
            remove(row);
            if (!known.has(row.changeId)) {
              conflicts.push({
                id: row.changeId,
                entity: row.entity,
                entityId: row.entityId,
                fields: answer.conflicts,
                serverRev: answer.serverRecord.rev,
                detectedAt: at,
                status: ConflictStatus.open,
                resolvedAt: null,
                resolution: null,
              });
            }
            const key = keyOf(row);
            const before = working.get(key);
            const pending = pendingFieldsOf(remaining.get(key) ?? []);
            const plan = planRemoteState(before, pending, answer.serverRecord);
            if (!plan || plan.entity === 'step') {
              // The device already holds a later state, taken while this change was pending: which
              // value the server kept for the conflicting fields must be asked again.
              markUnsure(row);
              break;
            }
            working.set(key, plan);
            dirty.add(key);
            rewritten.add(key);
            const fields = changedFields.get(key) ?? new Set<string>();
            for (const f of plan.changed) fields.add(f);
            changedFields.set(key, fields);
            if (plan.changed.length > 0) {
              const conflictFields = answer.conflicts.map((c) => c.field);
              audit.push(
                remoteStateAudit(before, plan, answer.serverRecord, { conflict: conflictFields }),
              );
            }
            break;
          }
          case 'rejected':
            // A refused approval change is final: the request shows the server's state, fetched
            // again (localRecords.ts no longer counts the refused row as pending).
            if (row.entity === 'approval') markUnsure(row);
            refused.push({
              key: row.deviceSeq,
              changes: {
                attempts: row.attempts + 1,
                lastAttemptAt: at,
                lastError: `${REFUSED_PREFIX}${answer.code}`,
                refusalReason: answer.reason.slice(0, MAX_REFUSAL_REASON),
              },
            });
            break;
        }
      }

      const plans: RemotePlan[] = [...dirty].flatMap((key) => {
        const row = working.get(key);
        if (!row) return [];
        const changed = [...(changedFields.get(key) ?? [])];
        const isNew = !local.rows.has(key);
        // An applied change leaves the row as stored: where the revision is kept apart (cases),
        // acknowledging it writes one small row and not the whole record.
        return [{ ...row, changed, isNew, revisionOnly: !isNew && !rewritten.has(key) }];
      });
      const outcome: AckOutcome = {
        removed: removed.length,
        conflicts: conflicts.length,
        refused: refused.length,
        unsure: [...unsure.values()],
      };
      return {
        audit,
        // Invariant (with auditedWrite): the answered rows leave the outbox in the same transaction
        // that stores their conflicts, new revisions and refusals — never one without the other.
        commit: async () => {
          if (!(await allStillThere(db, rows)))
            throw new StaleWriteError('An outbox row left meanwhile');
          // One round of requests: each touches rows none of the others does.
          await Promise.all([
            table.bulkPut(conflicts),
            writeRemotePlans(db, plans, local.rows),
            db.outbox.bulkUpdate(refused),
            db.outbox.bulkDelete(removed),
            db.revisions.bulkPut(
              [...takenCaseRevs].map(([id, rev]) => ({ key: revisionKey('case', id), rev })),
            ),
          ]);
          return outcome;
        },
      };
      // One transaction: what the answers are applied to is read inside it (see apply.ts).
    },
    { inTransaction: true },
  );
}

/**
 * Whether every row is still in the outbox: the keys of the batch's deviceSeq range in one request
 * (a batch is the oldest sendable rows, so the range holds little else) instead of one get per row.
 */
async function allStillThere(db: JianhuDb, rows: readonly OutboxRow[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const seqs = rows.map((r) => r.deviceSeq);
  const present = new Set(
    await db.outbox
      .where('deviceSeq')
      .between(Math.min(...seqs), Math.max(...seqs), true, true)
      .primaryKeys(),
  );
  return seqs.every((seq) => present.has(seq));
}

/** A push that got no answer: the rows stay, with the attempt and its error noted (never personal data). */
export function noteFailedAttempt(
  db: JianhuDb,
  rows: readonly OutboxRow[],
  code: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  return db.writes.run(() =>
    db.transaction('rw', db.outbox, async () => {
      const current = await db.outbox.bulkGet(rows.map((r) => r.deviceSeq));
      await db.outbox.bulkUpdate(
        current.flatMap((row) =>
          row
            ? [
                {
                  key: row.deviceSeq,
                  changes: { attempts: row.attempts + 1, lastAttemptAt: at, lastError: code },
                },
              ]
            : [],
        ),
      );
    }),
  );
}
