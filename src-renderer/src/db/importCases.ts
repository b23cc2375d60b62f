/**
 * The bulk path for demo data and imports. Fast because each chunk is ONE transaction with
 * bulkAdd, ONE audit entry (one SHA-256) and outbox rows without patches.
 */
import {
  caseCardSchema,
  type CaseCard,
  type CaseCardInput,
  type CaseRecord,
} from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { formatProvisionalNo } from '../../../src-shared/domain/provisionalNumber';
import type { JianhuDb } from './database';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import { compactCard } from './caseFields';
import { MetaKey, caseNoCounterKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox } from './outbox';
import { toIssues, type Issue } from './writeResult';

export type ImportOptions = {
  /** Cases per transaction (default 2,000): big enough to amortise, small enough to stay responsive. */
  chunkSize?: number;
  /** Called after each committed chunk. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each committed chunk's records (the search index takes them without a re-read). */
  onChunk?: (records: readonly CaseRecord[]) => void;
};

export type ImportReport = {
  /** Groups the chunks' audit entries (their entityId). */
  importId: string;
  imported: number;
  /** Inputs that failed validation, by their index in `inputs`; none of them was written. */
  invalid: { index: number; issues: Issue[] }[];
};

const DEFAULT_CHUNK = 2000;

/**
 * Validates every input first, then imports the valid ones chunk by chunk and reports the
 * invalid ones. A chunk is all or nothing; chunks committed before a failure stay, each complete
 * with its audit entry and outbox rows, and the error is thrown to the caller.
 */
export async function importCases(
  db: JianhuDb,
  actor: Actor,
  inputs: readonly CaseCardInput[],
  now: Date,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const valid: CaseCard[] = [];
  const invalid: ImportReport['invalid'] = [];
  inputs.forEach((input, index) => {
    const parsed = caseCardSchema.safeParse(input);
    if (parsed.success) valid.push(compactCard(parsed.data));
    else invalid.push({ index, issues: toIssues(parsed.error) });
  });

  const importId = newId(now);
  const at = now.toISOString();
  const year = now.getFullYear();
  let done = 0;
  for (let start = 0; start < valid.length; start += chunkSize) {
    const cards = valid.slice(start, start + chunkSize);
    const batch = cards.map((card) => ({ card, id: newId(now) as CaseId }));
    const ids = batch.map((b) => b.id);
    let committed: CaseRecord[] = [];
    await auditedWrite(db, [db.cases, db.outbox], now, ({ deviceId }) => {
      assertActorDevice(actor, deviceId);
      return Promise.resolve({
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.caseImport,
            entity: 'case',
            entityId: importId,
            success: true,
            diff: { importId, count: ids.length, ids },
          },
        ],
        // Invariant (with auditedWrite): this chunk's cases, its one 'case.import' audit entry
        // and one 'create' outbox change per case commit together. The changes carry
        // `patch: null`: the sync engine reads the record itself when it collects the change,
        // so an import does not store every card twice.
        commit: async () => {
          const firstNo = await takeCounter(db.meta, caseNoCounterKey(year), cards.length);
          const firstSeq = await takeCounter(db.meta, MetaKey.nextLocalSeq, cards.length);
          const records = batch.map(({ card, id }, i): CaseRecord => ({
            ...card,
            id,
            provisionalNo: formatProvisionalNo(actor.unitCode, year, firstNo + i),
            unitCode: actor.unitCode,
            rev: 0,
            createdAt: at,
            updatedAt: at,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            deleted: 0,
            seq: firstSeq + i,
          }));
          await db.cases.bulkAdd(records);
          committed = records;
          await appendOutbox(
            db,
            records.map((r) => ({
              entity: 'case' as const,
              entityId: r.id,
              op: 'create' as const,
              baseRev: 0,
              patch: null,
              deviceTime: at,
            })),
            now.getTime(),
          );
        },
      });
    });
    done += cards.length;
    options.onChunk?.(committed);
    options.onProgress?.(done, valid.length);
  }
  return { importId, imported: done, invalid };
}
