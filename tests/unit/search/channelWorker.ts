/** The search worker's far side in a test: the real message handler over a MessageChannel. */
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import { createSearchStore } from '../../../src-renderer/src/db/searchStore';
import type { WorkerLike } from '../../../src-renderer/src/search/searchClient';
import { createSearchEngine } from '../../../src-renderer/src/search/searchEngine';
import { handleSearchMessage } from '../../../src-renderer/src/search/searchHost';
import type { FromWorker, ToWorker } from '../../../src-renderer/src/search/searchProtocol';

/** A Worker stand-in: the real message handler on the far side of a MessageChannel, with its own db connection. */
export function channelWorker(dbName: string): WorkerLike & { posted: ToWorker[] } {
  const { port1, port2 } = new MessageChannel();
  // As in the real worker: a raw handle (no key), which reads only what the index needs.
  const db = openJianhuDb(dbName, { keyring: null });
  const engine = createSearchEngine(createSearchStore(db), {
    onStatus: (status) => {
      port2.postMessage({ type: 'status', status } satisfies FromWorker);
    },
  });
  const posted: ToWorker[] = [];
  port2.onmessage = (event: MessageEvent<ToWorker>) => {
    if (event.data.type === 'init') void engine.start();
    else void handleSearchMessage(engine, event.data, { post: (m, t) => port2.postMessage(m, t) });
  };
  const listen = (
    type: 'message' | 'error',
    listener: (event: MessageEvent<FromWorker>) => void,
  ) => {
    if (type === 'message') port1.onmessage = listener;
  };
  return {
    posted,
    postMessage(message) {
      posted.push(message);
      port1.postMessage(message);
    },
    addEventListener: listen,
    terminate() {
      engine.dispose();
      port1.close();
      port2.close();
      db.close();
    },
  };
}
