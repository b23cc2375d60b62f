/**
 * The main thread's handle on search. Runs the index in a Web Worker; where workers are missing
 * or the worker fails to start, runs the same engine in-process (tests, old environments), with
 * the same API. Results from the worker arrive as a transferred array of ordinals plus the id
 * table entries the client has not seen yet, so a 100k-result list costs no string cloning.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { toSearchDoc } from '../../../src-shared/search/caseDocument';
import type { CaseQuery, CaseQueryResult } from '../../../src-shared/search/caseIndex';
import { openJianhuDb, type JianhuDb } from '../db/database';
import { createSearchStore } from '../db/searchStore';
import { createSearchEngine } from './searchEngine';
import type { FromWorker, IngestEntry, SearchStatus, ToWorker } from './searchProtocol';
import { INITIAL_STATUS } from './searchProtocol';

export type SearchClient = {
  /** Resolves once the saved index is loaded and caught up (or loading failed: see status). */
  readonly ready: Promise<void>;
  /** Filters, searches and sorts the cases: `ids` in list order, `terms` to highlight. */
  query(query: CaseQuery): Promise<CaseQueryResult>;
  /**
   * Call after every committed case write: the index catches up in the background. Passing the
   * records just written (an import chunk, a saved case) spares the worker reading them back from
   * IndexedDB, where its reads would queue behind the next import transaction.
   */
  notifyChanged(written?: readonly CaseRecord[]): void;
  /** Like notifyChanged, resolving once everything committed before the call is searchable. */
  sync(): Promise<void>;
  /** Rebuilds the index from the cases table (a recovery action). */
  rebuild(): Promise<void>;
  /** Saves the index now (e.g. before the window closes). */
  flush(): Promise<void>;
  readonly status: SearchStatus;
  /** Called on every status change (progress, ready, new version); returns the unsubscribe. */
  subscribe(listener: (status: SearchStatus) => void): () => void;
  dispose(): void;
};

/** What the client needs of a Worker (tests pass one backed by a MessageChannel). */
export type WorkerLike = {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
};

export type SearchClientOptions = {
  /** 'auto' (default): a worker where available, else in-process. */
  mode?: 'auto' | 'worker' | 'inProcess';
  /** In-process only: the database connection to use (default: a new one to `dbName`). */
  db?: JianhuDb;
  /** Makes the worker (default: the bundled search.worker.ts). */
  createWorker?: () => WorkerLike;
};

type Backend = {
  query(query: CaseQuery): Promise<CaseQueryResult>;
  call(type: 'sync' | 'rebuild' | 'flush'): Promise<void>;
  ingest(entries: IngestEntry[]): Promise<void>;
  dispose(): void;
};

export function createSearchClient(
  dbName: string,
  options: SearchClientOptions = {},
): SearchClient {
  let status: SearchStatus = INITIAL_STATUS;
  const listeners = new Set<(status: SearchStatus) => void>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const onStatus = (next: SearchStatus) => {
    status = next;
    if (next.phase === 'ready' || next.phase === 'failed') markReady();
    for (const listener of listeners) listener(next);
  };
  const inProcess = (): Backend =>
    // Raw like the worker's handle: the index reads rows as stored, never with the key.
    createInProcessBackend(openJianhuDb(options.db?.name ?? dbName, { keyring: null }), onStatus);

  const mode = options.mode ?? 'auto';
  const makeWorker = options.createWorker ?? (typeof Worker === 'function' ? defaultWorker : null);
  let backend: Backend =
    mode !== 'inProcess' && makeWorker
      ? createWorkerBackend(dbName, makeWorker, onStatus, () => {
          // The worker could not start or died: carry on in-process with the same engine.
          backend = inProcess();
          return backend;
        })
      : inProcess();

  return {
    ready,
    query: (query) => backend.query(query),
    notifyChanged(written) {
      const done = written
        ? backend.ingest(written.map((r) => ({ seq: r.seq, doc: toSearchDoc(r) })))
        : backend.call('sync');
      done.catch(() => undefined);
    },
    sync: () => backend.call('sync'),
    rebuild: () => backend.call('rebuild'),
    flush: () => backend.call('flush'),
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      backend.dispose();
    },
  };
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'jianhu-search',
  });
}

function createInProcessBackend(db: JianhuDb, onStatus: (s: SearchStatus) => void): Backend {
  const engine = createSearchEngine(createSearchStore(db), { onStatus });
  const started = engine.start();
  return {
    query: (query) => Promise.resolve(engine.index.query(query)),
    call: async (type) => {
      await started;
      if (type === 'sync') await engine.catchUp();
      else if (type === 'rebuild') await engine.rebuild();
      else await engine.flush();
    },
    ingest: async (entries) => {
      await started;
      await engine.ingest(entries);
    },
    dispose: () => {
      engine.dispose();
    },
  };
}

/** A request in flight: how to settle it from the worker's answer, or re-ask it of the fallback. */
type Pending = { settle(answer: FromWorker): void; retry(fallback: Backend): void };

function createWorkerBackend(
  dbName: string,
  makeWorker: () => WorkerLike,
  onStatus: (s: SearchStatus) => void,
  fallBack: () => Backend,
): Backend {
  const waiting = new Map<number, Pending>();
  let nextId = 1;
  /** The worker's id table as far as this client has seen it (ordinal → case id). */
  let ids: string[] = [];
  let epoch = 0;
  let fallback: Backend | null = null;
  let worker: WorkerLike | null = null;

  const fail = () => {
    if (fallback) return;
    worker?.terminate();
    fallback = fallBack();
    const replay = [...waiting.values()];
    waiting.clear();
    for (const pending of replay) pending.retry(fallback);
  };

  const toResult = (answer: Extract<FromWorker, { type: 'result' }>): CaseQueryResult => {
    const { idTable } = answer;
    if (idTable.epoch !== epoch) {
      ids = [];
      epoch = idTable.epoch;
    }
    if (idTable.ids !== '') {
      const added = idTable.ids.split('\n');
      for (let i = 0; i < added.length; i++) ids[idTable.from + i] = added[i] ?? '';
    }
    const out = new Array<string>(answer.ords.length);
    for (let i = 0; i < out.length; i++) out[i] = ids[answer.ords[i] ?? 0] ?? '';
    return { ids: out, total: answer.total, terms: answer.terms };
  };

  const send = (message: Extract<ToWorker, { id: number }>, pending: Pending) => {
    waiting.set(message.id, pending);
    worker?.postMessage(message);
  };

  /** Sends a command the worker answers with 'done' (or 'failed'). */
  const perform = (
    message: Extract<ToWorker, { type: 'sync' | 'rebuild' | 'flush' | 'ingest' }>,
    retry: (fallback: Backend) => Promise<void>,
  ) =>
    new Promise<void>((resolve, reject) => {
      send(message, {
        settle: (answer) => {
          if (answer.type === 'done') resolve();
          else reject(new Error(answer.type === 'failed' ? answer.message : 'unexpected answer'));
        },
        retry: (b) => {
          retry(b).then(resolve, reject);
        },
      });
    });

  try {
    worker = makeWorker();
    worker.addEventListener('message', (event) => {
      const answer = event.data;
      if (answer.type === 'status') {
        onStatus(answer.status);
        return;
      }
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      pending?.settle(answer);
    });
    worker.addEventListener('error', fail);
    worker.postMessage({ type: 'init', dbName });
  } catch {
    fail();
  }

  return {
    query(query) {
      if (fallback) return fallback.query(query);
      return new Promise((resolve, reject) => {
        const known = { epoch, count: ids.length };
        send(
          { type: 'query', id: nextId++, query, known },
          {
            settle: (answer) => {
              if (answer.type === 'result') resolve(toResult(answer));
              else
                reject(new Error(answer.type === 'failed' ? answer.message : 'unexpected answer'));
            },
            retry: (b) => {
              b.query(query).then(resolve, reject);
            },
          },
        );
      });
    },
    call(type) {
      if (fallback) return fallback.call(type);
      return perform({ type, id: nextId++ }, (b) => b.call(type));
    },
    ingest(entries) {
      if (fallback) return fallback.ingest(entries);
      return perform({ type: 'ingest', id: nextId++, entries }, (b) => b.ingest(entries));
    },
    dispose() {
      worker?.terminate();
      fallback?.dispose();
      waiting.clear();
    },
  };
}
