/**
 * The search worker: keeps the case index off the main thread, so building and updating it never
 * slows typing, scrolling or an IndexedDB import. Opens its own connection to the database (Dexie
 * works in workers), loads the saved segments, catches up, and answers the client's messages.
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
    const started = createSearchEngine(createSearchStore(openJianhuDb(message.dbName)), {
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
