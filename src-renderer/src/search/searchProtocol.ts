/** Messages between the search client (main thread) and the search worker, and the status both report. */
import type { CaseQuery } from '../../../src-shared/search/caseIndex';
import type { SearchDoc } from '../../../src-shared/search/caseDocument';

/** Where the index is in its life. */
export type SearchPhase =
  /** Opening: reading the saved segments. */
  | 'loading'
  /** Indexing cases written since the segments were saved (or all of them, on a first build). */
  | 'indexing'
  /** Caught up with every committed write it was told about. */
  | 'ready'
  /** The index could not be loaded or built; queries answer from whatever is indexed. */
  | 'failed';

export type SearchStatus = {
  phase: SearchPhase;
  /** Cases in the index (deleted ones included). */
  indexed: number;
  /** Changes still to index in the current catch-up (for a progress bar). */
  pending: number;
  /** Rises whenever the index changes: re-run visible queries when it does. */
  version: number;
  /** Case rows that could not be indexed (malformed) and were skipped. */
  skipped: number;
  /** Why the phase is 'failed' (a developer-facing message, never personal data). */
  error?: string;
};

export const INITIAL_STATUS: SearchStatus = {
  phase: 'loading',
  indexed: 0,
  pending: 0,
  version: 0,
  skipped: 0,
};

/**
 * Ids of ordinals [from, from + n): the client keeps a copy of the id table so results can travel
 * as a transferred Uint32Array of ordinals instead of 100k cloned strings. A new epoch (the index
 * renumbered) restarts the table at 0.
 */
export type IdTableUpdate = { epoch: number; from: number; ids: string };

/**
 * A committed case write handed over directly, so the worker need not read it back. Its
 * `doc.lookups` are the keyed hashes made on the main thread; the sealed values are never here.
 */
export type IngestEntry = { seq: number; doc: SearchDoc };

export type ToWorker =
  | { type: 'init'; dbName: string }
  | { type: 'query'; id: number; query: CaseQuery; known: { epoch: number; count: number } }
  | { type: 'sync'; id: number }
  | { type: 'ingest'; id: number; entries: IngestEntry[] }
  | { type: 'rebuild'; id: number }
  | { type: 'flush'; id: number };

export type FromWorker =
  | { type: 'status'; status: SearchStatus }
  | {
      type: 'result';
      id: number;
      ords: Uint32Array;
      total: number;
      terms: string[];
      idTable: IdTableUpdate;
    }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; message: string };
