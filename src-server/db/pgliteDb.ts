/** Db on embedded PGlite: a data folder on disk, or memory when none is given (tests). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row, SqlParam } from './db';

type PgliteLike = {
  query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  exec: (sql: string) => Promise<unknown>;
};

function toRows(rows: unknown[]): Row[] {
  return rows.filter((r): r is Row => typeof r === 'object' && r !== null);
}

function wrap(target: PgliteLike): Queryable {
  return {
    query: async (sql: string, params: readonly SqlParam[] = []) => {
      const result = await target.query(sql, [...params]);
      return toRows(result.rows);
    },
    exec: async (sql: string) => {
      await target.exec(sql);
    },
  };
}

/** A Db over an open PGlite instance; closing the Db closes the instance. */
export function pgliteAsDb(pglite: PGlite): Db {
  const base = wrap({
    query: (sql, params) => pglite.query(sql, params),
    exec: (sql) => pglite.exec(sql),
  });
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    // PGlite runs one transaction at a time and queues other queries behind it.
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn(wrap({ query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql) })),
      ),
    close: () => pglite.close(),
  };
}

/**
 * PostgreSQL's memory settings for the embedded engine. Its defaults (shared_buffers 128MB) make
 * the WASM memory grow past its initial 128 MiB, and WASM memory never shrinks: measured idle RSS
 * of the server 342 MiB with the defaults, 231 MiB with these (src-server/OPERATIONS.md, "Memory").
 * One server's working set is small; PostgreSQL proper keeps its own settings.
 */
export const PGLITE_MEMORY_SETTINGS: readonly string[] = [
  'shared_buffers=16MB',
  'work_mem=2MB',
  'maintenance_work_mem=16MB',
  'temp_buffers=2MB',
];

export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...PGLITE_MEMORY_SETTINGS.flatMap((s) => ['-c', s])];
}

export async function openPgliteDb(dataDir?: string): Promise<Db> {
  if (dataDir !== undefined && !existsSync(join(dataDir, 'PG_VERSION'))) {
    // A new folder is initialised with PGlite's own parameters (with ours its initdb grew the
    // memory to ~740 MiB), then opened again: a fresh instance, so the memory initdb took goes.
    await (await PGlite.create(dataDir)).close();
  }
  return pgliteAsDb(await PGlite.create(dataDir, { startParams: pgliteStartParams() }));
}
