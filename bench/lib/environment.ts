/** The machine and versions a run is quoted with. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chromiumVersion } from './chromium';
import { ROOT } from './staticFiles';

function versionOf(pkg: string): string {
  try {
    const json = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return json.version ?? '?';
  } catch {
    return 'not installed';
  }
}

async function postgresVersion(url: string | undefined): Promise<string | null> {
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? '?';
  } catch (error) {
    return `unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

export async function describeEnvironment(databaseUrl: string | undefined): Promise<string[]> {
  const postgres = await postgresVersion(databaseUrl);
  const cpus = os.cpus();
  return [
    `CPUs: ${cpus.length} × ${cpus[0]?.model.trim() ?? '?'}, memory ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `load average at start: ${loadAverage()}`,
    `node ${process.version}, chromium ${await chromiumVersion()}, dexie ${versionOf('dexie')}, ` +
      `pglite ${versionOf('@electric-sql/pglite')}, postgres ${postgres ?? 'not measured'}, ` +
      `flexsearch ${versionOf('flexsearch')}, minisearch ${versionOf('minisearch')}, ` +
      `pouchdb ${versionOf('pouchdb')}, express-pouchdb ${versionOf('express-pouchdb')}, ` +
      `fastify ${versionOf('fastify')}, vite ${versionOf('vite')}`,
  ];
}
