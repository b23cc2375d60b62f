import {
  caseCardSchema,
  type CaseCard,
  type CaseCardInput,
  type CaseRecord,
} from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { redactCaseForAudit } from '../../../src-shared/domain/mask';
import type { JianhuDb } from './database';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import { CARD_KEYS, changedCardKeys, compactCard, pickCard, subset } from './caseFields';
import { MetaKey, takeCounter } from './meta';
import { appendOutbox } from './outbox';
import { refusal, toIssues, type WriteResult } from './writeResult';

/**
 * Edits a case: merges `patch` over the stored card and validates the merged card; an invalid
 * result writes nothing. A field set to `undefined` in the patch is cleared. When nothing
 * changes nothing is written (no empty audit or outbox rows) and the stored case is returned.
 * A missing or deleted case is refused, and the refusal is audited.
 */
export function updateCase(
  db: JianhuDb,
  actor: Actor,
  id: string,
  patch: Partial<CaseCardInput>,
  now: Date,
): Promise<WriteResult<CaseRecord>> {
  const at = now.toISOString();
  return auditedWrite(
    db,
    [db.cases, db.outbox],
    now,
    async ({ deviceId }): Promise<Prepared<WriteResult<CaseRecord>>> => {
      assertActorDevice(actor, deviceId);
      const current = await db.cases.get(id as CaseId);
      if (!current || current.deleted === 1) {
        const reason = current ? 'deleted' : 'notFound';
        return {
          audit: [
            {
              userId: actor.userId,
              action: AuditAction.caseUpdate,
              entity: 'case',
              entityId: id,
              success: false,
              diff: { reason },
            },
          ],
          commit: async () => {
            const again = await db.cases.get(id as CaseId);
            if (again?.seq !== current?.seq) throw new StaleWriteError('The case changed');
            return refusal(current ? 'validation.caseDeleted' : 'validation.caseNotFound');
          },
        };
      }

      const before = pickCard(current);
      const parsed = caseCardSchema.safeParse({ ...before, ...patch });
      if (!parsed.success) return { skip: { ok: false, issues: toIssues(parsed.error) } };
      const after: CaseCard = compactCard(parsed.data);
      const changed = changedCardKeys(before, after);
      if (changed.length === 0) return { skip: { ok: true, value: current } };

      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.caseUpdate,
            entity: 'case',
            entityId: id,
            success: true,
            diff: {
              before: redactCaseForAudit(subsetDefined(before, changed)),
              after: redactCaseForAudit(subsetDefined(after, changed)),
            },
          },
        ],
        // Invariant (with auditedWrite): the new case row, its 'case.update' audit entry and an
        // 'update' outbox change holding only the changed fields commit together, on top of the
        // exact row version the diff was computed from.
        commit: async () => {
          const again = await db.cases.get(current.id);
          if (again?.seq !== current.seq) throw new StaleWriteError('The case changed');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const next: CaseRecord = {
            ...withoutCard(current),
            ...after,
            updatedAt: at,
            updatedBy: actor.userId,
            seq,
          };
          await db.cases.put(next);
          await appendOutbox(
            db,
            [
              {
                entity: 'case',
                entityId: current.id,
                op: 'update',
                baseRev: current.rev,
                patch: subset(after, changed),
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: next };
        },
      };
    },
  );
}

/** The system fields of a record (card fields removed, so cleared ones do not linger). */
function withoutCard(record: CaseRecord): Omit<CaseRecord, keyof CaseCard> {
  const rest: Record<string, unknown> = { ...record };
  for (const key of CARD_KEYS) Reflect.deleteProperty(rest, key);
  return rest as Omit<CaseRecord, keyof CaseCard>;
}

/** The changed fields for the audit diff; a cleared field is simply absent. */
function subsetDefined(
  card: Partial<CaseCard>,
  keys: readonly (keyof CaseCard)[],
): Partial<CaseCard> {
  const out: Partial<Record<keyof CaseCard, unknown>> = {};
  for (const key of keys) if (card[key] !== undefined) out[key] = card[key];
  return out as Partial<CaseCard>;
}
