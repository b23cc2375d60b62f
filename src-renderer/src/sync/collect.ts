/**
 * Collect: the oldest outbox rows in deviceSeq order, as the changes a push sends. Rows the server
 * refused stay in the outbox (never deleted without a person) but are not sent again: the server
 * stored its first answer and would only repeat it. Imported creates, and the creates of users an
 * older build wrote (queued by the schema upgrade, migrations/0005-approvals.ts), carry no patch;
 * the record as it is now is read and sent whole.
 *
 * Several changes of one record may travel in one batch: the server decides them in order, each
 * merged against the version at its base plus this device's earlier changes.
 */
import type { CaseId } from '../../../src-shared/domain/ids';
import { withoutServerKeys } from '../../../src-shared/sync/contentCheck';
import type { PushChange } from '../../../src-shared/sync/push';
import { approvalsTable } from '../db/approvalTables';
import { caseAttachmentsTable } from '../db/attachmentTables';
import { createPatch } from '../db/createCase';
import type { JianhuDb } from '../db/database';
import { recordKey } from '../db/remotePlan';
import type { OutboxRow } from '../db/rowTypes';
import { userSyncedFields } from '../db/userSync';
import { demoRowSeqs } from './demoRows';

/** `lastError` of a row the server refused: the prefix, then the server's code. */
export const REFUSED_PREFIX = 'refused:';

export function isRefused(row: Pick<OutboxRow, 'lastError'>): boolean {
  return row.lastError?.startsWith(REFUSED_PREFIX) ?? false;
}

export type CollectedChange = { row: OutboxRow; change: PushChange };

export type CollectedBatch = {
  changes: CollectedChange[];
  /** Rows that cannot be sent (a patchless create whose record is gone): skip them this run. */
  unsendable: number[];
  /** Rows of demo cases and their records: never sent, the push drops them from the outbox. */
  demo: number[];
};

export function toPushChange(row: OutboxRow, patch: OutboxRow['patch']): PushChange {
  return {
    changeId: row.changeId,
    deviceSeq: row.deviceSeq,
    entity: row.entity,
    entityId: row.entityId,
    op: row.op,
    baseRev: row.baseRev,
    // The server refuses keys it decides itself (a case's unit, soft-delete flag, receipt time).
    patch:
      patch !== null && (row.op === 'create' || row.op === 'update')
        ? withoutServerKeys(row.entity, patch)
        : patch,
    deviceTime: row.deviceTime,
  };
}

/** Outbox rows still to send (not refused), for the progress bar. */
export async function countSendable(db: JianhuDb): Promise<number> {
  const [all, refused] = await Promise.all([db.outbox.count(), countRefused(db)]);
  return all - refused;
}

/**
 * A key range over the `lastError` index (schema version 7): counted without reading a row. The
 * push sends this count with every batch, so reading the outbox for it would be quadratic.
 */
export function countRefused(db: JianhuDb): Promise<number> {
  return db.outbox.where('lastError').startsWith(REFUSED_PREFIX).count();
}

/**
 * The refused changes of one record, oldest first: what a record's card shows beside the server's
 * state (e.g. an answer to an approval request refused as already answered, with its code in
 * `lastError` after REFUSED_PREFIX).
 */
export async function listRefusedChanges(
  db: JianhuDb,
  entity: OutboxRow['entity'],
  entityId: string,
): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('entityId').equals(entityId).sortBy('deviceSeq');
  return rows.filter((row) => row.entity === entity && isRefused(row));
}

/**
 * Up to `limit` sendable rows, oldest first, leaving out `skip`. One read transaction for the
 * outbox rows and the records they are sent with (not one per lookup): the batch is a consistent
 * picture, and a batch costs IndexedDB one transaction here instead of four or more.
 */
export function collectBatch(
  db: JianhuDb,
  limit: number,
  skip: ReadonlySet<number> = new Set(),
): Promise<CollectedBatch> {
  return db.transaction('r', collectTables(db), () => collectIn(db, limit, skip));
}

/** The tables a collect reads (a caller's transaction around it must hold them). */
export function collectTables(db: JianhuDb) {
  return [
    db.outbox,
    db.cases,
    db.users,
    db.meta,
    db.steps,
    db.workflows,
    db.documents,
    caseAttachmentsTable(db),
    approvalsTable(db),
  ];
}

async function collectIn(
  db: JianhuDb,
  limit: number,
  skip: ReadonlySet<number>,
): Promise<CollectedBatch> {
  const taken: OutboxRow[] = [];
  const chunkSize = Math.max(limit * 2, 100);
  for (let after = 0; taken.length < limit;) {
    const chunk = await db.outbox.where('deviceSeq').above(after).limit(chunkSize).toArray();
    for (const row of chunk) {
      after = row.deviceSeq;
      if (isRefused(row) || skip.has(row.deviceSeq)) continue;
      taken.push(row);
      if (taken.length >= limit) break;
    }
    if (chunk.length < chunkSize) break;
  }
  const patchlessIds = (entity: OutboxRow['entity']) =>
    taken.filter((r) => r.patch === null && r.entity === entity).map((r) => r.entityId);
  const [cases, users] = await Promise.all([
    db.cases.bulkGet(patchlessIds('case') as CaseId[]),
    db.users.bulkGet(patchlessIds('user')),
  ]);
  // Keyed by recordKey: a case and a user never share an entry.
  const patches = new Map<string, Record<string, unknown>>();
  for (const record of cases)
    if (record) patches.set(recordKey('case', record.id), createPatch(record));
  for (const user of users)
    if (user) patches.set(recordKey('user', user.id), userSyncedFields(user));
  const demo = await demoRowSeqs(db, taken);
  const batch: CollectedBatch = { changes: [], unsendable: [], demo: [...demo] };
  for (const row of taken) {
    if (demo.has(row.deviceSeq)) continue;
    const patch = row.patch ?? patches.get(recordKey(row.entity, row.entityId)) ?? null;
    if (patch === null && (row.op === 'create' || row.op === 'update')) {
      batch.unsendable.push(row.deviceSeq);
    } else {
      batch.changes.push({ row, change: toPushChange(row, patch) });
    }
  }
  return batch;
}
