/**
 * What the search index needs from the database, and nothing else: its own persisted segments
 * (`searchSegments`, opaque rows the search engine lays out) and the cases changed after a local
 * sequence number. Used from the search worker (Dexie runs there too) or in-process.
 *
 * Invariant the catch-up relies on: every case write takes its `seq` from the `nextLocalSeq`
 * counter inside its own 'rw' transaction (which includes `meta`), so writes commit in `seq`
 * order and a reader that has seen `seq` n has seen every write numbered below n.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { listCasesChangedSince } from './caseQueries';
import type { JianhuDb } from './database';
import type { SearchSegmentRow } from './rowTypes';

/** Key of the row that says which segments make up the index (and up to which `seq`). */
export const SEARCH_MANIFEST_KEY = 'manifest';

/** The manifest names the key prefix of the rows that belong to it. */
export type StoredSegments = { manifest: SearchSegmentRow; rows: SearchSegmentRow[] };

export type SearchStore = {
  /** The manifest and every row whose key starts with its `prefix`, read in one transaction; null if none. */
  loadSegments(): Promise<StoredSegments | null>;
  /**
   * In one transaction: deletes the rows whose key starts with any of `deletePrefixes`, then
   * puts `rows` (the manifest among them, so segments and watermark move together).
   */
  saveSegments(rows: readonly SearchSegmentRow[], deletePrefixes: readonly string[]): Promise<void>;
  /** Cases with `seq` above `afterSeq`, lowest first, at most `limit` (deleted ones included). */
  readCasesAfter(afterSeq: number, limit: number): Promise<CaseRecord[]>;
  countCasesAfter(afterSeq: number): Promise<number>;
};

export function createSearchStore(db: JianhuDb): SearchStore {
  return {
    loadSegments: () =>
      db.transaction('r', db.searchSegments, async () => {
        const manifest = await db.searchSegments.get(SEARCH_MANIFEST_KEY);
        if (!manifest) return null;
        const prefix = manifest.prefix;
        if (typeof prefix !== 'string' || prefix === '') return { manifest, rows: [] };
        const rows = await db.searchSegments.where('key').startsWith(prefix).toArray();
        return { manifest, rows };
      }),
    saveSegments: (rows, deletePrefixes) =>
      db.transaction('rw', db.searchSegments, async () => {
        for (const prefix of deletePrefixes) {
          await db.searchSegments.where('key').startsWith(prefix).delete();
        }
        await db.searchSegments.bulkPut([...rows]);
      }),
    readCasesAfter: (afterSeq, limit) => listCasesChangedSince(db, afterSeq, limit),
    countCasesAfter: (afterSeq) => db.cases.where('seq').above(afterSeq).count(),
  };
}
