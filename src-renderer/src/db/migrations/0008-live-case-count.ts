/**
 * Schema version 8: the count of cases not deleted is kept in `meta` (db/caseCount.ts), so the case
 * list shows its total at start without counting every case. No table changes; the upgrade counts
 * the rows once, inside the version change, so no write can land between the count and the rows.
 * A database made by this build starts with the counter at 0 (database.ts, populate).
 */
import type { Transaction } from 'dexie';
import { recountLiveCases } from '../caseCount';
import type { MetaRow } from '../rowTypes';
import type { Migration } from './migration';

export const migration0008: Migration = {
  version: 8,
  stores: {},
  upgrade: async (tx: Transaction) => {
    await recountLiveCases(tx.table('cases'), tx.table<MetaRow, string>('meta'));
  },
};
