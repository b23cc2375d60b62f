/** Db on a PostgreSQL server through a `pg` connection pool. */
import pg from 'pg';
import type { Db, Queryable, Row, SqlParam } from './db';

export type PostgresOptions = {
  connectionString: string;
  /** Use (and create) this schema instead of `public`: lets test runs share one database. */
  schema?: string;
  maxConnections?: number;
};

type PgLike = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
};

function toRows(rows: unknown[]): Row[] {
  return rows.filter((r): r is Row => typeof r === 'object' && r !== null);
}

function wrap(target: PgLike): Queryable {
  return {
    query: async (sql: string, params: readonly SqlParam[] = []) => {
      const result = await target.query(sql, [...params]);
      return toRows(result.rows);
    },
    exec: async (sql: string) => {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresDb(options: PostgresOptions): Promise<Db> {
  const { schema } = options;
  if (schema !== undefined) {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    transaction: async (fn) => {
      const client = await pool.connect();
      let isBroken = false;
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded instead of returned to the pool.
        await client.query('rollback').catch(() => {
          isBroken = true;
        });
        throw error;
      } finally {
        client.release(isBroken);
      }
    },
    close: () => pool.end(),
  };
}

/** Drops a schema made for a test run (and everything in it). */
export async function dropPostgresSchema(connectionString: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
