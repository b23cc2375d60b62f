/**
 * Child process: the ceiling — bare Fastify (no plugins, no validation) taking a batch of
 * documents and storing it with ONE set-based INSERT … SELECT FROM unnest(…), on PGlite in
 * BENCH_DATA_DIR or on PostgreSQL (BENCH_DATABASE_URL, schema BENCH_SCHEMA, dropped on stop).
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import { serveBenchPage } from './benchPageRoute';
import { announce, env, onStop } from './serverMain';

type Sql = { query(text: string, params?: unknown[]): Promise<unknown>; close(): Promise<void> };

async function open(): Promise<Sql> {
  const url = env('BENCH_DATABASE_URL');
  if (url) {
    const schema = env('BENCH_SCHEMA') ?? 'bench_ceiling';
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    await pool.query(`create schema if not exists ${schema}`);
    pool.on('connect', (client) => {
      void client.query(`set search_path to ${schema}`);
    });
    await pool.query(`set search_path to ${schema}`);
    return {
      query: (text, params) => pool.query(text, params),
      close: async () => {
        await pool.query(`drop schema if exists ${schema} cascade`);
        await pool.end();
      },
    };
  }
  const db = await PGlite.create(join(env('BENCH_DATA_DIR') ?? '', 'pglite'));
  return { query: (text, params) => db.query(text, params), close: () => db.close() };
}

async function main(): Promise<void> {
  const sql = await open();
  await sql.query(
    `create table if not exists docs (unit_code text not null, id text not null, rev int not null, data jsonb not null, primary key (unit_code, id))`,
  );

  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024 });
  app.post('/push', async (request) => {
    const docs = (request.body as { docs: { id: string; body: unknown }[] }).docs;
    await sql.query(
      `insert into docs (unit_code, id, rev, data)
     select '340102', id, 1, data from unnest($1::text[], $2::jsonb[]) as t(id, data)
     on conflict do nothing`,
      [docs.map((d) => d.id), docs.map((d) => JSON.stringify(d.body))],
    );
    return { stored: docs.length };
  });
  // The end-to-end upload's bare bound pushes here from the page (bench/browser/uploadCeiling.ts).
  serveBenchPage(app);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  announce({ url: address });

  onStop(async () => {
    await app.close();
    await sql.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
