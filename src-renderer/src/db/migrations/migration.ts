import type { Transaction } from 'dexie';

/**
 * One schema version. `stores` lists only tables whose definition changes (Dexie keeps the rest;
 * `null` deletes a table). `upgrade` rewrites existing rows and must keep every one of them.
 */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
