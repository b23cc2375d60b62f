/**
 * Schema version 6: server revisions of cases move out of the case rows into `revisions`
 * (db/revisions.ts), so acknowledging an upload writes one small row per record instead of the
 * whole case. The upgrade moves every existing `rev` in one pass: a case the server accepted
 * (rev > 0) gets its row, and every case loses the field, so no reader can see two values. Case
 * rows are read and written as stored (sealed fields stay sealed: upgrades run before anyone
 * signs in, and the envelope is bound to the table and key only). No audit entry: no case's
 * data changes, only where its revision is kept.
 */
import type { Transaction } from 'dexie';
import type { Migration } from './migration';

type StoredCase = { id: string; rev?: unknown };

async function moveCaseRevisions(tx: Transaction): Promise<void> {
  const revisions: { key: string; rev: number }[] = [];
  await tx
    .table<StoredCase, string>('cases')
    .toCollection()
    .modify((row) => {
      if (typeof row.rev === 'number' && row.rev > 0) {
        revisions.push({ key: `case:${row.id}`, rev: row.rev });
      }
      delete row.rev;
    });
  await tx.table('revisions').bulkPut(revisions);
}

export const migration0006: Migration = {
  version: 6,
  stores: {
    revisions: 'key',
  },
  upgrade: moveCaseRevisions,
};
