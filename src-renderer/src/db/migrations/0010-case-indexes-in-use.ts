/**
 * Schema version 10: the case store keeps only the indexes a query reads — `updatedAt` and
 * `receivedAt` (the list's orders before the search index is loaded), `deleted` and `seq` (the
 * deleted view, the count, the index's catch-up). `status`, `caseType`, `handlerId` and
 * `focalPoint` were read by nothing once the search worker filtered the list, yet every case
 * write paid an index entry for each, and Chromium's IndexedDB an undo-log entry for each of
 * those in every transaction that wrote several rows (bench/RESULTS.md, issue 14). No row
 * changes: the version change drops the four indexes.
 */
import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  stores: { cases: 'id, updatedAt, receivedAt, deleted, seq' },
};
