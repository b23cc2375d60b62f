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
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { FirstAnswer, PushResult } from '../../../src-shared/sync/push';
import {
  pendingFieldsOf,
  planRemoteCase,
  remoteCaseAudit,
  type RemoteCasePlan,
} from '../db/applyRemote';
import { StaleWriteError, auditedWrite, type AuditDraft } from '../db/auditedWrite';
import { ConflictStatus, conflictsTable, type ConflictRow } from '../db/conflicts';
import type { JianhuDb } from '../db/database';
import type { OutboxRow } from '../db/rowTypes';
import { REFUSED_PREFIX } from './collect';
import { assertUnchanged, loadLocalCases, writeCasePlans } from './localCases';

export type AckOutcome = {
  /** Rows that left the outbox. */
  removed: number;
  /** Conflicts stored for the inbox. */
  conflicts: number;
  /** Rows the server refused (kept, marked). */
  refused: number;
  /** Cases whose local state may differ from the server's: re-fetch them. */
  unsure: string[];
};

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
  return auditedWrite(db, [db.cases, db.outbox, db.meta, table], now, async () => {
    const answers = new Map(results.map((r) => [r.changeId, firstAnswer(r)]));
    const local = await loadLocalCases(
      db,
      rows.filter((r) => r.entity === 'case').map((r) => r.entityId),
    );
    const known = new Set(
      (await table.bulkGet(rows.map((r) => r.changeId))).flatMap((c) => (c ? [c.id] : [])),
    );
    const working = new Map<string, CaseRecord>(local.records);
    const remaining = new Map([...local.pending].map(([id, list]) => [id, [...list]]));
    const changedFields = new Map<string, Set<string>>();
    const dirty = new Set<string>();
    const unsure = new Set<string>();
    const removed: number[] = [];
    const refused: { key: number; changes: Partial<OutboxRow> }[] = [];
    const conflicts: ConflictRow[] = [];
    const audit: AuditDraft[] = [];

    const remove = (row: OutboxRow) => {
      removed.push(row.deviceSeq);
      const list = remaining.get(row.entityId);
      if (list)
        remaining.set(
          row.entityId,
          list.filter((r) => r.deviceSeq !== row.deviceSeq),
        );
    };
    const takeRev = (id: string, rev: number) => {
      const record = working.get(id);
      if (!record) return;
      if (rev === record.rev + 1) {
        working.set(id, { ...record, rev });
        dirty.add(id);
      } else if (rev <= record.rev) {
        unsure.add(id);
      }
    };

    for (const row of rows) {
      const answer = answers.get(row.changeId);
      if (!answer) continue; // Never removed without an answer.
      switch (answer.status) {
        case 'applied':
          remove(row);
          takeRev(row.entityId, answer.rev);
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
          const before = working.get(row.entityId);
          const pending = pendingFieldsOf(remaining.get(row.entityId) ?? []);
          const plan = planRemoteCase(before, pending, answer.serverRecord);
          if (!plan) {
            // The device already holds a later state, taken while this change was pending: which
            // value the server kept for the conflicting fields must be asked again.
            if (row.entity === 'case') unsure.add(row.entityId);
            break;
          }
          working.set(row.entityId, plan.record);
          dirty.add(row.entityId);
          const fields = changedFields.get(row.entityId) ?? new Set<string>();
          for (const f of plan.changed) fields.add(f);
          changedFields.set(row.entityId, fields);
          if (plan.changed.length > 0) {
            const conflictFields = answer.conflicts.map((c) => c.field);
            audit.push(
              remoteCaseAudit(before, plan, answer.serverRecord, { conflict: conflictFields }),
            );
          }
          break;
        }
        case 'rejected':
          refused.push({
            key: row.deviceSeq,
            changes: {
              attempts: row.attempts + 1,
              lastAttemptAt: at,
              lastError: `${REFUSED_PREFIX}${answer.code}`,
            },
          });
          break;
      }
    }

    const plans: RemoteCasePlan[] = [...dirty].flatMap((id) => {
      const record = working.get(id);
      return record
        ? [{ record, changed: [...(changedFields.get(id) ?? [])], isNew: !local.records.has(id) }]
        : [];
    });
    const outcome: AckOutcome = {
      removed: removed.length,
      conflicts: conflicts.length,
      refused: refused.length,
      unsure: [...unsure],
    };
    return {
      audit,
      // Invariant (with auditedWrite): the answered rows leave the outbox in the same transaction
      // that stores their conflicts, new revisions and refusals — never one without the other.
      commit: async () => {
        await assertUnchanged(db, local);
        const stillThere = await db.outbox.bulkGet(rows.map((r) => r.deviceSeq));
        if (stillThere.some((r) => r === undefined))
          throw new StaleWriteError('An outbox row left meanwhile');
        await table.bulkPut(conflicts);
        await writeCasePlans(db, plans);
        await db.outbox.bulkUpdate(refused);
        await db.outbox.bulkDelete(removed);
        return outcome;
      },
    };
  });
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
