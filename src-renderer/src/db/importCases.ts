/**
 * The bulk path for demo data and imports. Fast because each chunk is ONE transaction with
 * bulkAdd, ONE audit entry (one SHA-256) and outbox rows without patches, and because the main
 * thread's work is pipelined with IndexedDB's: while a chunk's rows are being stored (in the
 * browser's storage process), this thread validates the next chunk's inputs and hands the
 * previous chunk to `onChunk` (the search index), instead of leaving IndexedDB idle meanwhile.
 */
import { Dexie } from 'dexie';
import {
  caseCardSchema,
  type CaseCard,
  type CaseCardInput,
  type CaseRecord,
} from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import { liveChanges, moveLiveCases } from './caseCount';
import { compactCard } from './caseFields';
import { newCaseRecord } from './createCase';
import { MetaKey, advanceCounters, caseNoCounterKey, readCounters } from './meta';
import { newId } from './newId';
import { outboxRows } from './outbox';
import { toIssues, type Issue } from './writeResult';

export type ImportOptions = {
  /** Cases per transaction (default 2,000): big enough to amortise, small enough to stay responsive. */
  chunkSize?: number;
  /**
   * Called after each committed chunk (at the latest when the next chunk is being written).
   * `total` counts the inputs not found invalid so far: the valid ones once all are checked.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called with each committed chunk's records (the search index takes them without a re-read),
   * in order, once per chunk, at the latest while the next chunk is being written. Must not
   * throw; it runs outside any transaction.
   */
  onChunk?: (records: readonly CaseRecord[]) => void;
  /** Marks the cases as demo data, which never leaves the device (sync/demoRows.ts). */
  demo?: boolean;
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
 * Validates the inputs chunk by chunk (`chunkSize` inputs each, checked while the chunk before
 * is being stored), imports the valid ones and reports the invalid ones, none of which is
 * written. A chunk is all or nothing; chunks committed before a failure stay, each complete with
 * its audit entry and outbox rows, and the error is thrown to the caller.
 */
export async function importCases(
  db: JianhuDb,
  actor: Actor,
  inputs: readonly CaseCardInput[],
  now: Date,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const invalid: ImportReport['invalid'] = [];
  let checked = 0;
  /** Validates the next `chunkSize` inputs: the valid cards with their new ids. */
  const checkNext = () => {
    const batch: { card: CaseCard; id: CaseId }[] = [];
    const end = Math.min(inputs.length, checked + chunkSize);
    for (let index = checked; index < end; index++) {
      const parsed = caseCardSchema.safeParse(inputs[index]);
      if (parsed.success) batch.push({ card: compactCard(parsed.data), id: newId(now) as CaseId });
      else invalid.push({ index, issues: toIssues(parsed.error) });
    }
    checked = end;
    return batch;
  };

  const importId = newId(now);
  const at = now.toISOString();
  const year = now.getFullYear();
  const caseNoKey = caseNoCounterKey(year);
  let done = 0;
  /** The last committed chunk, not yet handed to onChunk / onProgress. */
  let unreported: CaseRecord[] | null = null;
  const report = () => {
    const records = unreported;
    if (!records) return;
    unreported = null;
    done += records.length;
    // Outside the transaction's zone: a listener's own database reads must not join it.
    Dexie.ignoreTransaction(() => {
      options.onChunk?.(records);
      options.onProgress?.(done, inputs.length - invalid.length);
    });
  };

  let batch = checkNext();
  try {
    while (batch.length > 0 || checked < inputs.length) {
      if (batch.length === 0) {
        batch = checkNext();
        continue;
      }
      const current = batch;
      const ids = current.map((b) => b.id);
      let next: typeof batch = [];
      const records = await auditedWrite(
        db,
        [db.cases, db.outbox],
        now,
        async ({ deviceId }) => {
          assertActorDevice(actor, deviceId);
          const [firstNo, firstSeq, firstDeviceSeq] = await readCounters(db.meta, [
            caseNoKey,
            MetaKey.nextLocalSeq,
            MetaKey.nextDeviceSeq,
          ]);
          return {
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
            // Invariant (with auditedWrite): this chunk's cases, its one 'case.import' audit
            // entry and one 'create' outbox change per case commit together, with the counters
            // and the count of live cases.
            // The changes carry `patch: null`: the sync engine reads the record itself when it
            // collects the change, so an import does not store every card twice.
            commit: async () => {
              const made = current.map(({ card, id }, i) => {
                const record = newCaseRecord(card, {
                  id,
                  actor,
                  at,
                  year,
                  caseNo: firstNo + i,
                  seq: firstSeq + i,
                });
                return options.demo ? { ...record, demo: true as const } : record;
              });
              const changes = made.map((r) => ({
                entity: 'case' as const,
                entityId: r.id,
                op: 'create' as const,
                baseRev: 0,
                patch: null,
                deviceTime: at,
              }));
              const stored = Promise.all([
                advanceCounters(db.meta, {
                  [caseNoKey]: firstNo + made.length,
                  [MetaKey.nextLocalSeq]: firstSeq + made.length,
                  [MetaKey.nextDeviceSeq]: firstDeviceSeq + made.length,
                }),
                db.cases.bulkAdd(made),
                moveLiveCases(db.meta, liveChanges(made.map((r) => [undefined, r] as const))),
                db.outbox.bulkAdd(outboxRows(changes, firstDeviceSeq, now.getTime())),
                options.demo === true
                  ? db.meta.put({ key: MetaKey.holdsDemoData, value: true })
                  : undefined,
              ]);
              // Synchronous work only, while IndexedDB stores the rows (no await in between).
              report();
              if (next.length === 0) next = checkNext();
              await stored;
              return made;
            },
          };
        },
        { inTransaction: true },
      );
      unreported = records;
      batch = next.length > 0 ? next : checkNext();
    }
  } finally {
    report();
  }
  return { importId, imported: done, invalid };
}
