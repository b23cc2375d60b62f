/** The app's search client, over the app's database; made on first use, like `getDb()`. */
import { getDb } from '../db/database';
import { createSearchClient, type SearchClient } from './searchClient';

let appClient: SearchClient | null = null;

/** The search client of the app's database (worker where possible, in-process otherwise). */
export function getSearchClient(): SearchClient {
  if (!appClient) {
    const db = getDb();
    appClient = createSearchClient(db.name, { db, keyring: db.keyring });
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
