/**
 * The main thread's handle on search. Runs the index in a Web Worker; where workers are missing
 * or the worker fails to start, runs the same engine in-process (tests, old environments), with
 * the same API. ID-number and phone queries, and the records handed over after a write, are
 * hashed here with the keyring before anything leaves for the index (lookupHashes.ts).
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseQuery, CaseQueryResult } from '../../../src-shared/search/caseIndex';
import { openJianhuDb, type JianhuDb } from '../db/database';
import type { Keyring } from '../security/keyring';
import { ingestEntriesOf, toIndexQuery } from './lookupHashes';
import { createInProcessBackend, createWorkerBackend, type Backend } from './searchBackends';
import type { FromWorker, SearchStatus, ToWorker } from './searchProtocol';
import { INITIAL_STATUS } from './searchProtocol';

export type SearchClient = {
  /** Resolves once the saved index is loaded and caught up (or loading failed: see status). */
  readonly ready: Promise<void>;
  /** Filters, searches and sorts the cases: `ids` in list order, `terms` to highlight. */
  query(query: CaseQuery): Promise<CaseQueryResult>;
  /**
   * Call after every committed case write: the index catches up in the background. Passing the
   * records just written (an import chunk, a saved case) spares the worker reading them back from
   * IndexedDB, where its reads would queue behind the next import transaction. The notice leaves
   * in a task of its own (see `noticesAfterThisTask`); any later call of this client sends it first.
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
  /** The app's handle: its name for the in-process engine (raw), its keyring for the hashes. */
  db?: JianhuDb;
  /**
   * Makes the lookup hashes of ID-number and phone queries and of handed-over records (default:
   * `db`'s). Without one, or locked, such a query finds nothing and records are read back.
   */
  keyring?: Keyring | null;
  /** Makes the worker (default: the bundled search.worker.ts). */
  createWorker?: () => WorkerLike;
  /**
   * The worker opens the database and restores the index once this settles (default: at once);
   * requests made meanwhile wait. The app holds it until its first screen is shown.
   */
  startWhen?: Promise<void>;
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

  const keyring = options.keyring === undefined ? (options.db?.keyring ?? null) : options.keyring;
  const mode = options.mode ?? 'auto';
  const makeWorker = options.createWorker ?? (typeof Worker === 'function' ? defaultWorker : null);
  let backend: Backend =
    mode !== 'inProcess' && makeWorker
      ? createWorkerBackend(
          dbName,
          makeWorker,
          onStatus,
          () => {
            // The worker could not start or died: carry on in-process with the same engine.
            backend = inProcess();
            return backend;
          },
          options.startWhen,
        )
      : inProcess();

  const notices = noticesAfterThisTask((written) => {
    const entries = written ? ingestEntriesOf(written, keyring) : null;
    const done = entries ? backend.ingest(entries) : backend.call('sync');
    done.catch(() => undefined);
  });

  return {
    ready,
    query: (query) => {
      notices.send();
      return backend.query(toIndexQuery(query, keyring));
    },
    notifyChanged: (written) => {
      notices.add(written);
    },
    sync: () => {
      notices.send();
      return backend.call('sync');
    },
    rebuild: () => {
      notices.send();
      return backend.call('rebuild');
    },
    flush: () => {
      notices.send();
      return backend.call('flush');
    },
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      notices.send();
      listeners.clear();
      backend.dispose();
    },
  };
}

/**
 * Change notices, sent to the index in a task after the one that gave them. A save's caller (the
 * case form) resumes as soon as the transaction commits, not after its records were hashed,
 * cloned and posted to the worker (about 0.1 ms of a 2–3 ms save, bench/RESULTS.md): the index
 * learns of the change one task later, and it only ever learned of it asynchronously. `send`
 * sends what waits at once, so a query, sync, rebuild or flush asked after a notice still
 * reaches the index after it, in the order they were asked. A hidden window's timers are slowed;
 * the notice then waits until the next call or timer, and nothing is lost: the worker also catches
 * up by sequence number from the database.
 */
function noticesAfterThisTask(post: (written: readonly CaseRecord[] | undefined) => void) {
  let waiting: (readonly CaseRecord[] | undefined)[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const due = waiting;
    waiting = [];
    for (const written of due) post(written);
  };
  const add = (written?: readonly CaseRecord[]) => {
    waiting.push(written);
    timer ??= setTimeout(send, 0);
  };
  return { add, send };
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'jianhu-search',
  });
}
