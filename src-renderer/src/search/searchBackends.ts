/**
 * Where the search client's requests go: the search worker over its message protocol, or the same
 * engine in-process. Results from the worker arrive as a transferred array of ordinals plus the id
 * table entries the client has not seen yet, so a 100k-result list costs no string cloning.
 */
import type { CaseQuery, CaseQueryResult } from '../../../src-shared/search/caseIndex';
import type { JianhuDb } from '../db/database';
import { createSearchStore } from '../db/searchStore';
import type { WorkerLike } from './searchClient';
import { createSearchEngine } from './searchEngine';
import type { FromWorker, IngestEntry, SearchStatus, ToWorker } from './searchProtocol';

export type Backend = {
  query(query: CaseQuery): Promise<CaseQueryResult>;
  call(type: 'sync' | 'rebuild' | 'flush'): Promise<void>;
  ingest(entries: IngestEntry[]): Promise<void>;
  dispose(): void;
};

export function createInProcessBackend(db: JianhuDb, onStatus: (s: SearchStatus) => void): Backend {
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

/**
 * `startWhen`: the worker is made at once (its script loads), but it is told to open the database
 * only when this settles, and every request waits until then. Restoring a large index reads tens
 * of megabytes from the same IndexedDB the first screen reads from; held back, it no longer delays
 * that screen.
 */
export function createWorkerBackend(
  dbName: string,
  makeWorker: () => WorkerLike,
  onStatus: (s: SearchStatus) => void,
  fallBack: () => Backend,
  startWhen?: Promise<void>,
): Backend {
  const waiting = new Map<number, Pending>();
  let nextId = 1;
  /** The worker's id table as far as this client has seen it (ordinal → case id). */
  let ids: string[] = [];
  let epoch = 0;
  let fallback: Backend | null = null;
  let worker: WorkerLike | null = null;
  /** Messages held until the worker is told to start (null once it has been). */
  let held: ToWorker[] | null = startWhen ? [] : null;

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
    if (held) held.push(message);
    else worker?.postMessage(message);
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
    const made = worker;
    const start = () => {
      if (fallback) return;
      made.postMessage({ type: 'init', dbName });
      for (const message of held ?? []) made.postMessage(message);
      held = null;
    };
    if (startWhen) startWhen.then(start, start);
    else start();
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
