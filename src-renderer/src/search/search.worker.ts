/**
 * The search worker: keeps the case index off the main thread, so building and updating it never
 * slows typing, scrolling or an IndexedDB import. Opens its own connection to the database (Dexie
 * works in workers) without the data key, loads the saved segments, catches up, and answers the
 * client's messages.
 */
import { openJianhuDb } from '../db/database';
import { createSearchStore } from '../db/searchStore';
import { createSearchEngine, type SearchEngine } from './searchEngine';
import { handleSearchMessage, type HostPort } from './searchHost';
import type { ToWorker } from './searchProtocol';

const port: HostPort = {
  post: (message, transfer) => {
    postMessage(message, { transfer });
  },
};

let engine: SearchEngine | null = null;

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    if (engine) return;
    // A raw handle: the worker holds no key, and the index needs no sensitive value (sealed rows
    // carry their lookup hashes in clear for ID-number and phone searches).
    const db = openJianhuDb(message.dbName, { keyring: null });
    const started = createSearchEngine(createSearchStore(db), {
      onStatus: (status) => {
        port.post({ type: 'status', status }, []);
      },
    });
    engine = started;
    void started.start();
    return;
  }
  // Queries are answered at once, between catch-up steps; the engine coalesces concurrent
  // catch-ups and saves itself.
  if (engine) void handleSearchMessage(engine, message, port);
});
