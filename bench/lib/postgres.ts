/**
 * The PostgreSQL a run measures, found as CI finds it: DATABASE_URL when set, else the local
 * Debian cluster (started with `pg_ctlcluster` when it is down) with the role and database the
 * toolchain sets up (TOOLCHAIN.md). Resolves to null only when no server answers; the reason is
 * printed beside the table, so a run without PostgreSQL says so.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

/** The role and database TOOLCHAIN.md creates on the local cluster. */
export const LOCAL_DATABASE_URL = 'postgres://jianhu:jianhu@127.0.0.1:5432/jianhu';

export type FoundPostgres = { url: string; how: string } | { url: null; why: string };

async function answers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `pg_lsclusters` rows that are down, as [version, name]. */
function downClusters(): [string, string][] {
  const listed = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (listed.status !== 0) return [];
  return listed.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 4 && cols[3] === 'down')
    .map((cols) => [cols[0] ?? '', cols[1] ?? '']);
}

export async function findPostgres(env: NodeJS.ProcessEnv = process.env): Promise<FoundPostgres> {
  const given = env.DATABASE_URL;
  if (given) {
    const problem = await answers(given);
    return problem === null
      ? { url: given, how: 'DATABASE_URL' }
      : { url: null, why: `DATABASE_URL does not answer (${problem})` };
  }
  if ((await answers(LOCAL_DATABASE_URL)) === null)
    return { url: LOCAL_DATABASE_URL, how: 'local cluster' };
  const started = downClusters().filter(
    ([version, name]) =>
      spawnSync('pg_ctlcluster', [version, name, 'start'], { stdio: 'ignore' }).status === 0,
  );
  const problem = await answers(LOCAL_DATABASE_URL);
  if (problem === null) {
    const names = started.map(([v, n]) => `${v}/${n}`).join(', ');
    return { url: LOCAL_DATABASE_URL, how: `local cluster ${names} started by the bench` };
  }
  return { url: null, why: `no DATABASE_URL and no local cluster answers (${problem})` };
}
