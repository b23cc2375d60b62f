/**
 * The server as operators run it (`src-server/main.ts`) in a child process of its own, so its
 * memory can be read from /proc alone: on PGlite in a data folder, or on PostgreSQL in a schema
 * of its own (through the connection string's search_path), prepared beforehand with `prepare`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../../../../src-server/db/db';
import { migrate } from '../../../../src-server/db/migrate';
import { openDatabase } from '../../../../src-server/db/openDatabase';
import { pgliteAsDb } from '../../../../src-server/db/pgliteDb';
import { dropPostgresSchema } from '../../../../src-server/db/postgresDb';
import type { Backend } from './testEnv';
import { pgliteTemplate } from './testEnv';
import { exitWithParent } from '../../../helpers/exitWithParent';

export type ServerProcess = {
  /** Base URL of the API, e.g. http://127.0.0.1:40123/api/v1. */
  url: string;
  pid: number;
  /** Resident set size of the server process now, in bytes. */
  rss: () => number;
  /** Samples the RSS every 10 ms while `work` runs; resolves to its result and the peak. */
  peakRssDuring: <T>(work: () => Promise<T>) => Promise<{ result: T; peak: number }>;
  stop: () => Promise<void>;
};

export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** Where the server's database lives and how to reach it from here and from the child. */
type Place = { open: () => Promise<Db>; env: Record<string, string>; remove: () => Promise<void> };

function placeFor(backend: Backend): Place {
  if (backend === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'jianhu-server-'));
    return {
      // From the migrated template: a fresh initdb takes 3–10 s more on a busy machine.
      open: async () => {
        const pglite = await PGlite.create(join(dataDir, 'pglite'), {
          loadDataDir: await pgliteTemplate(),
        });
        const db = pgliteAsDb(pglite);
        await migrate(db);
        return db;
      },
      env: { JIANHU_DATA_DIR: dataDir, DATABASE_URL: '' },
      remove: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const url = process.env.DATABASE_URL;
  if (url === undefined) throw new Error('DATABASE_URL is not set');
  const schema = `jianhu_proc_${randomBytes(6).toString('hex')}`;
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    open: () => openDatabase({ databaseUrl: url, schema }),
    env: { DATABASE_URL: withSchema.toString() },
    remove: () => dropPostgresSchema(url, schema),
  };
}

/**
 * Creates the database, lets `prepare` seed it (PGlite is single-process: before the server, not
 * beside it), then starts the server on a free port and waits until it listens.
 */
export async function startServerProcess(
  backend: Backend,
  prepare: (db: Db) => Promise<void>,
): Promise<ServerProcess> {
  const place = placeFor(backend);
  const db = await place.open();
  try {
    await prepare(db);
  } finally {
    await db.close();
  }
  // tsx as a loader, not its CLI, so the pid is the server's own process.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts'], {
    env: { ...process.env, ...place.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = exitWithParent(child);
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise<string>((resolve, reject) => {
    void exited.then(() => {
      reject(new Error('the server exited before listening'));
    });
    lines.on('line', (line) => {
      // Fastify's own log line: "Server listening at http://127.0.0.1:PORT".
      const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (found !== undefined) resolve(found);
    });
  });
  const pid = child.pid ?? 0;
  return {
    url: `${origin}/api/v1`,
    pid,
    rss: () => rssOf(pid),
    peakRssDuring: async (work) => {
      let peak = rssOf(pid);
      const timer = setInterval(() => {
        peak = Math.max(peak, rssOf(pid));
      }, 10);
      try {
        const result = await work();
        return { result, peak: Math.max(peak, rssOf(pid)) };
      } finally {
        clearInterval(timer);
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await place.remove();
    },
  };
}
