/** Soft delete and restore: the case stays, `deleted` flips, and the flip syncs like any edit. */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import { liveChange, moveLiveCases } from './caseCount';
import { MetaKey, takeCounter } from './meta';
import { appendOutbox } from './outbox';
import { readRevision } from './revisions';
import { refusal, type WriteResult } from './writeResult';

/** Moves a case to the deleted-cases view. Refused (and audited) if missing or already deleted. */
export function deleteCase(
  db: JianhuDb,
  actor: Actor,
  id: string,
  now: Date,
): Promise<WriteResult<CaseRecord>> {
  return setDeleted(db, actor, id, 1, now);
}

/** Brings a soft-deleted case back. Refused (and audited) if missing or not deleted. */
export function restoreCase(
  db: JianhuDb,
  actor: Actor,
  id: string,
  now: Date,
): Promise<WriteResult<CaseRecord>> {
  return setDeleted(db, actor, id, 0, now);
}

type Problem = 'notFound' | 'alreadyDeleted' | 'notDeleted';

const PROBLEM_MESSAGE = {
  notFound: 'validation.caseNotFound',
  alreadyDeleted: 'validation.caseAlreadyDeleted',
  notDeleted: 'validation.caseNotDeleted',
} as const satisfies Record<Problem, string>;

function setDeleted(
  db: JianhuDb,
  actor: Actor,
  id: string,
  deleted: 0 | 1,
  now: Date,
): Promise<WriteResult<CaseRecord>> {
  const at = now.toISOString();
  const action = deleted === 1 ? AuditAction.caseDelete : AuditAction.caseRestore;
  const op = deleted === 1 ? 'delete' : 'restore';
  return auditedWrite(
    db,
    [db.cases, db.outbox, db.revisions],
    now,
    async ({ deviceId }): Promise<Prepared<WriteResult<CaseRecord>>> => {
      assertActorDevice(actor, deviceId);
      const current = await db.cases.get(id as CaseId);
      const problem: Problem | null = !current
        ? 'notFound'
        : current.deleted !== deleted
          ? null
          : deleted === 1
            ? 'alreadyDeleted'
            : 'notDeleted';
      const draft = {
        userId: actor.userId,
        action,
        entity: 'case',
        entityId: id,
      };
      const checkUnchanged = async () => {
        const again = await db.cases.get(id as CaseId);
        if (again?.seq !== current?.seq) throw new StaleWriteError('The case changed');
      };

      if (problem !== null || !current) {
        const reason = problem ?? 'notFound';
        return {
          // A refused delete is worth recording: who tried to remove what, and why it failed.
          audit: [{ ...draft, success: false, diff: { reason } }],
          commit: async () => {
            await checkUnchanged();
            return refusal(PROBLEM_MESSAGE[reason]);
          },
        };
      }

      return {
        audit: [
          {
            ...draft,
            success: true,
            diff: { before: { deleted: current.deleted }, after: { deleted } },
          },
        ],
        // Invariant (with auditedWrite): the flipped case row, its audit entry, one
        // delete/restore outbox change (patch { deleted }) and the count of live cases commit
        // together.
        commit: async () => {
          await checkUnchanged();
          const [seq, baseRev] = await Promise.all([
            takeCounter(db.meta, MetaKey.nextLocalSeq),
            readRevision(db, 'case', current.id),
          ]);
          const next: CaseRecord = {
            ...current,
            deleted,
            updatedAt: at,
            updatedBy: actor.userId,
            seq,
          };
          await Promise.all([
            db.cases.put(next),
            moveLiveCases(db.meta, liveChange(current, next)),
          ]);
          await appendOutbox(
            db,
            [
              {
                entity: 'case',
                entityId: current.id,
                op,
                baseRev,
                patch: { deleted },
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: next };
        },
      };
    },
    // Reads only `cases`: one transaction for the whole write (the re-check above then always
    // passes; it stays so the commit is also correct in phases).
    { inTransaction: true },
  );
}
