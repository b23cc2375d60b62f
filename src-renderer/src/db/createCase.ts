import {
  caseCardSchema,
  type CaseCard,
  type CaseCardInput,
  type CaseRecord,
} from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { formatProvisionalNo } from '../../../src-shared/domain/provisionalNumber';
import { redactCaseForAudit } from '../../../src-shared/domain/mask';
import type { JianhuDb } from './database';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import { liveChange, moveLiveCases } from './caseCount';
import { compactCard } from './caseFields';
import { MetaKey, advanceCounters, caseNoCounterKey, readCounters } from './meta';
import { newId } from './newId';
import { outboxRow } from './outbox';
import { toIssues, type WriteResult } from './writeResult';

/**
 * Registers a case: validates the card, then writes record + audit + outbox together, in one
 * transaction (`inTransaction`) that reads its three counters in one request.
 */
export async function createCase(
  db: JianhuDb,
  actor: Actor,
  input: CaseCardInput,
  now: Date,
): Promise<WriteResult<CaseRecord>> {
  const parsed = caseCardSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const card = compactCard(parsed.data);
  const id = newId(now) as CaseId;
  const at = now.toISOString();
  const year = now.getFullYear();

  const caseNoKey = caseNoCounterKey(year);
  const record = await auditedWrite(
    db,
    [db.cases, db.outbox],
    now,
    async ({ deviceId }) => {
      assertActorDevice(actor, deviceId);
      const [caseNo, seq, deviceSeq] = await readCounters(db.meta, [
        caseNoKey,
        MetaKey.nextLocalSeq,
        MetaKey.nextDeviceSeq,
      ]);
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.caseCreate,
            entity: 'case',
            entityId: id,
            success: true,
            diff: { after: redactCaseForAudit(card) },
          },
        ],
        // Invariant (with auditedWrite): the case row, its 'case.create' audit entry and its
        // 'create' outbox change commit together, and the counters they use (and the count of
        // live cases) advance with them.
        commit: async () => {
          const rec = newCaseRecord(card, { id, actor, at, year, caseNo, seq });
          const change = {
            entity: 'case' as const,
            entityId: id,
            op: 'create' as const,
            baseRev: 0,
            patch: createPatch(rec),
            deviceTime: at,
          };
          await Promise.all([
            advanceCounters(db.meta, {
              [caseNoKey]: caseNo + 1,
              [MetaKey.nextLocalSeq]: seq + 1,
              [MetaKey.nextDeviceSeq]: deviceSeq + 1,
            }),
            db.cases.add(rec),
            moveLiveCases(db.meta, liveChange(undefined, rec)),
            db.outbox.add(outboxRow(change, deviceSeq, now.getTime())),
          ]);
          return rec;
        },
      };
    },
    { inTransaction: true },
  );
  return { ok: true, value: record };
}

/** A new case row (never accepted by the server: no revision yet), numbered `<unit>-<year>-<caseNo>`. */
export function newCaseRecord(
  card: CaseCard,
  made: { id: CaseId; actor: Actor; at: string; year: number; caseNo: number; seq: number },
): CaseRecord {
  const { id, actor, at, year, caseNo, seq } = made;
  return {
    ...card,
    id,
    provisionalNo: formatProvisionalNo(actor.unitCode, year, caseNo),
    unitCode: actor.unitCode,
    createdAt: at,
    updatedAt: at,
    createdBy: actor.userId,
    updatedBy: actor.userId,
    deleted: 0,
    seq,
  };
}

/**
 * What a 'create' change carries: the whole record except what only this device or only the
 * server decides (`seq` is a local counter, `id` is the entityId; the revision is not on the row).
 */
export function createPatch(record: CaseRecord): Record<string, unknown> {
  const { seq: _seq, id: _id, ...rest } = record;
  return rest;
}
