/** The app's search client, over the app's database; made on first use, like `getDb()`. */
import { getDb } from '../db/database';
import { createSearchClient, type SearchClient } from './searchClient';

let appClient: SearchClient | null = null;

/**
 * Longest the index waits for `startSearchIndex` (a window that opens on another page than the
 * case list still gets its index).
 */
export const SEARCH_START_FALLBACK_MS = 1500;

let openGate: (() => void) | null = null;

/**
 * Lets the app's index start restoring. The case list calls it once its first rows are on screen:
 * with 100k cases the restore reads about 50 MB from the same database as those rows, and on two
 * cores it made the first screen wait for it (bench/RESULTS.md, start-up).
 */
export function startSearchIndex(): void {
  openGate?.();
}

/** The search client of the app's database (worker where possible, in-process otherwise). */
export function getSearchClient(): SearchClient {
  if (!appClient) {
    const db = getDb();
    const startWhen = new Promise<void>((resolve) => {
      const open = () => {
        clearTimeout(timer);
        if (openGate === open) openGate = null;
        resolve();
      };
      const timer = setTimeout(open, SEARCH_START_FALLBACK_MS);
      openGate = open;
    });
    appClient = createSearchClient(db.name, { db, keyring: db.keyring, startWhen });
  }
  return appClient;
}

/** Whether the app's client exists and its saved index is loaded (without starting one). */
export function isSearchLoaded(): boolean {
  return appClient !== null && appClient.status.phase !== 'loading';
}

/** Replaces (and disposes) the app's client: tests, or after the database was replaced. */
export function setSearchClient(client: SearchClient | null): void {
  if (appClient && appClient !== client) appClient.dispose();
  appClient = client;
}
