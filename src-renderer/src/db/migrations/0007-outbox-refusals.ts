/**
 * Schema version 7: the outbox is indexed by `lastError`, so the refused changes are counted by a
 * key range (`refused:…`) instead of reading every outbox row. The outbox report travels with
 * every push (sync/outboxReport.ts): reading the whole outbox for it made a push of n changes cost
 * n²/batch row reads, seconds for 10k imported cases. Rows without an error (null) are not in
 * the index. No upgrade: IndexedDB builds the index from the stored rows.
 */
import type { Migration } from './migration';

export const migration0007: Migration = {
  version: 7,
  stores: {
    outbox: 'deviceSeq, changeId, entityId, lastError',
  },
};
