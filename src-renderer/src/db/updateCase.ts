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
import { auditedWrite, type Prepared } from './auditedWrite';
import { liveChange, moveLiveCases } from './caseCount';
import { CARD_KEYS, changedCardKeys, compactCard, pickCard, subset } from './caseFields';
import { MetaKey, advanceCounters, readCounters } from './meta';
import { outboxRow, outboxRows } from './outbox';
import { readRevision } from './revisions';
import { changesLeadOutcome } from '../../../src-shared/domain/leadOutcome';
import { leadOutcomeWrites, leadsOfCase } from './leadOutcomeChanges';
import { refusal, toIssues, type WriteResult } from './writeResult';

/**
 * Edits a case: merges `patch` over the stored card and validates the merged card; an invalid
 * result writes nothing. A field set to `undefined` in the patch is cleared. When nothing
 * changes nothing is written (no empty audit or outbox rows) and the stored case is returned.
 * A missing or deleted case is refused, and the refusal is audited.
 *
 * Runs as ONE transaction (`inTransaction`): the case and both counters are read beside the
 * audit head, and every row is written in one go, so a save costs two rounds of requests.
 *
 * `confirm` names fields the change must carry even when their value does not change here: a
 * person who resolves a sync conflict by keeping the server's value changes nothing locally,
 * but the provincial server closes its conflict only when a change sets every conflicting field.
 */
export function updateCase(
  db: JianhuDb,
  actor: Actor,
  id: string,
  patch: Partial<CaseCardInput>,
  now: Date,
  options: { confirm?: readonly string[] } = {},
): Promise<WriteResult<CaseRecord>> {
  const at = now.toISOString();
  return auditedWrite(
    db,
    [db.cases, db.outbox, db.leads, db.revisions],
    now,
    async ({ deviceId }): Promise<Prepared<WriteResult<CaseRecord>>> => {
      assertActorDevice(actor, deviceId);
      // The revision is read in the same round as the case: the change is made against it.
      const [current, [seq, deviceSeq], baseRev] = await Promise.all([
        db.cases.get(id as CaseId),
        readCounters(db.meta, [MetaKey.nextLocalSeq, MetaKey.nextDeviceSeq]),
        readRevision(db, 'case', id),
      ]);
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
          // Read in this same transaction: nothing to re-check.
          commit: () =>
            Promise.resolve(
              refusal(current ? 'validation.caseDeleted' : 'validation.caseNotFound'),
            ),
        };
      }

      const before = pickCard(current);
      const parsed = caseCardSchema.safeParse({ ...before, ...patch });
      if (!parsed.success) return { skip: { ok: false, issues: toIssues(parsed.error) } };
      const after: CaseCard = compactCard(parsed.data);
      const changed = changedCardKeys(before, after);
      const confirmed = (options.confirm ?? []).filter(
        (key): key is keyof CaseCard =>
          (CARD_KEYS as readonly string[]).includes(key) && !(changed as string[]).includes(key),
      );
      if (changed.length === 0 && confirmed.length === 0) {
        return { skip: { ok: true, value: current } };
      }
      // Read in this same transaction, like the case: the outcome is reported on the leads as
      // they are now. Numbered after the case's own row and change.
      const leads = changesLeadOutcome(current, after) ? await leadsOfCase(db, id) : [];
      const outcomes = leadOutcomeWrites(leads, after, actor, at, seq + 1);

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
              ...(confirmed.length > 0 ? { confirmed } : {}),
            },
          },
          ...outcomes.map((o) => o.audit),
        ],
        // Invariant (with auditedWrite): the new case row, its 'case.update' audit entry and an
        // 'update' outbox change holding only the changed fields commit together, on top of the
        // exact row version the diff was computed from (read in this same transaction).
        commit: async () => {
          const next: CaseRecord = {
            ...withoutCard(current),
            ...after,
            updatedAt: at,
            updatedBy: actor.userId,
            seq,
          };
          const change = {
            entity: 'case' as const,
            entityId: current.id,
            op: 'update' as const,
            baseRev,
            patch: subset(after, [...changed, ...confirmed]),
            deviceTime: at,
          };
          const leadChanges = outboxRows(
            outcomes.map((o) => o.change),
            deviceSeq + 1,
            now.getTime(),
          );
          await Promise.all([
            advanceCounters(db.meta, {
              [MetaKey.nextLocalSeq]: seq + 1 + outcomes.length,
              [MetaKey.nextDeviceSeq]: deviceSeq + 1 + outcomes.length,
            }),
            db.cases.put(next),
            // Always 0 (a deleted case is refused above), and then no request: stated so that
            // every write of a case row says how it moves the count.
            moveLiveCases(db.meta, liveChange(current, next)),
            db.outbox.add(outboxRow(change, deviceSeq, now.getTime())),
            ...(outcomes.length > 0
              ? [db.leads.bulkPut(outcomes.map((o) => o.row)), db.outbox.bulkAdd(leadChanges)]
              : []),
          ]);
          return { ok: true, value: next };
        },
      };
    },
    { inTransaction: true },
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
