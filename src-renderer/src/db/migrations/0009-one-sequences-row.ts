/**
 * Schema version 9: the two sequences, `nextDeviceSeq` and `nextLocalSeq`, move from a meta row
 * each into one row (`nextSequences`, db/meta.ts), so a save numbers its case row and its change
 * with one read and one write. No table changes. The values move unchanged inside the version
 * change, so no write can take a number between the old rows and the new one.
 */
import type { Transaction } from 'dexie';
import type { MetaRow } from '../rowTypes';
import type { Migration } from './migration';

const OLD_KEYS = ['nextDeviceSeq', 'nextLocalSeq'] as const;

export const migration0009: Migration = {
  version: 9,
  stores: {},
  upgrade: async (tx: Transaction) => {
    const meta = tx.table<MetaRow, string>('meta');
    const [device, local] = await meta.bulkGet([...OLD_KEYS]);
    const number = (row: MetaRow | undefined) => (typeof row?.value === 'number' ? row.value : 1);
    await meta.put({
      key: 'nextSequences',
      value: { nextDeviceSeq: number(device), nextLocalSeq: number(local) },
    });
    await meta.bulkDelete([...OLD_KEYS]);
  },
};
