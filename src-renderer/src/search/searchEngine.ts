/**
 * Owns one CaseIndex and keeps it in step with the cases table: load the saved segments, catch
 * up by reading cases with `seq` above the watermark (in chunks), answer queries, and save the
 * index back (a delta when little changed, else a new snapshot), debounced, with the watermark
 * in the same transaction. Runs in the search worker, or in-process where workers are missing.
 */
import {
  CaseIndex,
  type CaseQuery,
  type OrdinalResult,
} from '../../../src-shared/search/caseIndex';
import { toSearchDoc } from '../../../src-shared/search/caseDocument';
import { deltaSince, markIndex, type IndexMark } from '../../../src-shared/search/serialize';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { SearchStore } from '../db/searchStore';
import { storedLookups } from './lookupHashes';
import { INITIAL_STATUS, type IngestEntry, type SearchStatus } from './searchProtocol';
import {
  ALL_GENERATIONS,
  deltaRows,
  restoreSegments,
  snapshotRows,
  type Manifest,
} from './segmentRows';

export type SearchEngineOptions = {
  onStatus?: (status: SearchStatus) => void;
  /** Cases read per catch-up step (default 1,000). */
  chunkSize?: number;
  /** Quiet time before saving (default 1.5 s); saving never waits longer than `maxSaveDelayMs`. */
  saveDelayMs?: number;
  maxSaveDelayMs?: number;
};

export type SearchEngine = {
  /** Loads the saved index and catches up; resolves when ready (or failed). */
  start(): Promise<void>;
  query(query: CaseQuery): OrdinalResult;
  /** Indexes everything committed so far; resolves once it is in the index. */
  catchUp(): Promise<void>;
  /**
   * Indexes committed writes handed over by the writer (an import chunk, a saved case) without
   * reading them back, when they continue the watermark with no gap; otherwise catches up.
   */
  ingest(entries: readonly IngestEntry[]): Promise<void>;
  /** Throws the index away and builds it again from the cases table. */
  rebuild(): Promise<void>;
  /** Saves now if anything is unsaved. */
  flush(): Promise<void>;
  readonly index: CaseIndex;
  status(): SearchStatus;
  dispose(): void;
};

/** More deltas than this, or a delta bigger than a quarter of the index, and a snapshot is cheaper to load. */
const MAX_DELTAS = 32;

export function createSearchEngine(
  store: SearchStore,
  options: SearchEngineOptions = {},
): SearchEngine {
  const chunkSize = options.chunkSize ?? 1000;
  const saveDelay = options.saveDelayMs ?? 1500;
  const maxSaveDelay = options.maxSaveDelayMs ?? 15_000;
  let index = new CaseIndex();
  let watermark = 0;
  let manifest: Manifest | null = null;
  let mark: IndexMark | null = null;
  let savedWatermark = 0;
  let status: SearchStatus = INITIAL_STATUS;
  /** Set while the saved segments load: catch-ups wait for it (they continue its watermark). */
  let loading: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  /** Catch-ups asked for: one asked while another runs makes the running one go round again. */
  let requests = 0;
  let saving: Promise<void> | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsavedAt = 0;
  let disposed = false;
  let skipped = 0;

  /** Ordinals of the old index mean nothing in the new one: a higher epoch tells holders so. */
  const replaceIndex = (next: CaseIndex) => {
    next.epoch = index.epoch + 1;
    index = next;
  };

  const setStatus = (patch: Partial<SearchStatus>) => {
    status = { ...status, indexed: index.size, skipped, ...patch };
    options.onStatus?.(status);
  };

  async function load(): Promise<void> {
    try {
      const stored = await store.loadSegments();
      if (!stored) return;
      const restored = restoreSegments(stored);
      replaceIndex(restored.index);
      manifest = restored.manifest;
      watermark = manifest.watermark;
      savedWatermark = watermark;
      mark = markIndex(index);
    } catch {
      // Missing, old-format or damaged segments: start empty; the first save replaces them all.
      replaceIndex(new CaseIndex());
      manifest = null;
      watermark = 0;
    }
  }

  /**
   * One malformed row must not stop every later case from being indexed: it is skipped and
   * counted. The store reads rows as stored, so the lookup hashes come from `_lookup`.
   */
  function indexRecord(record: CaseRecord): void {
    try {
      index.upsert(toSearchDoc(record, storedLookups(record)));
    } catch {
      skipped++;
    }
  }

  async function catchUpOnce(): Promise<void> {
    let pending = await store.countCasesAfter(watermark);
    if (pending === 0) return;
    setStatus({ phase: 'indexing', pending });
    for (;;) {
      const batch = await store.readCasesAfter(watermark, chunkSize);
      if (batch.length === 0 || disposed) break;
      for (const record of batch) {
        indexRecord(record);
        watermark = Math.max(watermark, record.seq);
      }
      pending = Math.max(0, pending - batch.length);
      setStatus({ phase: 'indexing', pending, version: status.version + 1 });
    }
    scheduleSave();
  }

  function catchUp(): Promise<void> {
    if (loading) return loading.then(catchUp);
    if (running) {
      requests++;
      return running;
    }
    const run = async () => {
      try {
        let served: number;
        do {
          served = requests;
          await catchUpOnce();
        } while (requests !== served && !disposed);
        setStatus({ phase: 'ready', pending: 0 });
      } catch (error) {
        setStatus({ phase: 'failed', error: describe(error) });
      } finally {
        running = null;
      }
    };
    running = run();
    return running;
  }

  function ingest(entries: readonly IngestEntry[]): Promise<void> {
    // Reading back is the safe path; handed-over writes are only a shortcut for the common case
    // (nothing else wrote in between, no catch-up running), checked by the seq numbers.
    if (loading || running || entries.length === 0) return catchUp();
    const sorted = [...entries].sort((a, b) => a.seq - b.seq);
    const continues = sorted.every((entry, i) => entry.seq === watermark + 1 + i);
    if (!continues) return catchUp();
    for (const { doc } of sorted) {
      try {
        index.upsert(doc);
      } catch {
        skipped++;
      }
    }
    watermark += sorted.length;
    setStatus({ phase: 'ready', pending: 0, version: status.version + 1 });
    scheduleSave();
    return Promise.resolve();
  }

  function scheduleSave(): void {
    if (disposed) return;
    const now = Date.now();
    if (!saveTimer) firstUnsavedAt = now;
    if (saveTimer) clearTimeout(saveTimer);
    const wait = Math.max(0, Math.min(saveDelay, firstUnsavedAt + maxSaveDelay - now));
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void save().catch(() => undefined);
    }, wait);
  }

  async function save(): Promise<void> {
    while (saving) await saving.catch(() => undefined);
    if (mark && manifest && watermark === savedWatermark && mark.docs === index.docs.count) return;
    const write = takeWrite();
    mark = markIndex(index);
    const current = (saving = store
      .saveSegments(write.rows, write.deletePrefixes)
      .then(() => {
        manifest = write.manifest;
        savedWatermark = write.manifest.watermark;
      })
      .catch((error: unknown) => {
        // What was not saved is still in memory: the next save writes a full snapshot.
        mark = null;
        throw error;
      })
      .finally(() => {
        if (saving === current) saving = null;
      }));
    await current;
  }

  /** The rows to write now: a delta if it is small and continues the saved generation, else a snapshot. */
  function takeWrite() {
    const delta = manifest && mark && manifest.deltas < MAX_DELTAS ? deltaSince(index, mark) : null;
    if (manifest && delta && delta.postings.length * 4 < index.postings.byteSize) {
      return { ...deltaRows(delta, manifest, watermark), deletePrefixes: [] as string[] };
    }
    const generation = (manifest?.generation ?? 0) + 1;
    return { ...snapshotRows(index, generation, watermark), deletePrefixes: [ALL_GENERATIONS] };
  }

  return {
    get index() {
      return index;
    },
    async start() {
      setStatus({ phase: 'loading' });
      loading = load().finally(() => {
        loading = null;
      });
      await loading;
      setStatus({ version: status.version + 1 });
      await catchUp();
    },
    query: (query) => index.queryOrdinals(query),
    catchUp,
    ingest,
    async rebuild() {
      while (loading ?? running) await (loading ?? running);
      replaceIndex(new CaseIndex());
      watermark = 0;
      mark = null;
      setStatus({ version: status.version + 1 });
      await catchUp();
      await save();
    },
    async flush() {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      await save();
    },
    status: () => status,
    dispose() {
      disposed = true;
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
