/** Db on embedded PGlite: a data folder on disk, or memory when none is given (tests). */
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

export async function openPgliteDb(dataDir?: string): Promise<Db> {
  return pgliteAsDb(dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir));
}
