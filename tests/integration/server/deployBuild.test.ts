/**
 * The server as an operator deploys it: built to plain JavaScript, copied with package.json and
 * the lock into a fresh folder, `npm ci --omit=dev` (no tsx, no TypeScript, no dev toolchain),
 * `npm run server:start`, then SIGTERM to the npm process stops the server with no orphan.
 */
import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { dropPostgresSchema } from '../../../src-server/db/postgresDb';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const DATABASE_URL = process.env.DATABASE_URL;
// PostgreSQL is what production runs; the embedded engine only where no PostgreSQL is at hand
// (its first start in a fresh folder costs 10–40 s on a busy machine: one is enough).
const ENGINE = DATABASE_URL ? 'postgres' : 'pglite';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Pids of live built servers started with this PORT (Linux /proc: command line and environment). */
function serverPids(port: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('out/server/main.mjs') &&
          readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`PORT=${port}`)
        );
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | null>): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((done) => child.once('exit', (code) => done(code)));
}

describe('deployable build', () => {
  let folder: string;
  const schema = `jianhu_deploy_${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'jianhu-deploy-'));
    await run(process.execPath, [join(ROOT, 'build/build-server.mjs'), join(folder, 'out/server')]);
    copyFileSync(join(ROOT, 'package.json'), join(folder, 'package.json'));
    copyFileSync(join(ROOT, 'package-lock.json'), join(folder, 'package-lock.json'));
    // --prefer-offline: the local npm cache answers when it can; the registry fills the rest.
    await run(
      'npm',
      ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'],
      { cwd: folder, maxBuffer: 16 * 1024 * 1024 },
    );
    if (DATABASE_URL) {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`create schema ${schema}`);
      await client.end();
    }
  }, 80_000);

  afterAll(async () => {
    if (DATABASE_URL) await dropPostgresSchema(DATABASE_URL, schema);
    rmSync(folder, { recursive: true, force: true });
  }, 30_000);

  it('installs no dev toolchain and ships the migrations beside the bundles', () => {
    const installed = readdirSync(join(folder, 'node_modules'));
    expect(installed).toEqual(expect.arrayContaining(['fastify', 'pg', 'zod']));
    for (const devOnly of ['tsx', 'typescript', 'vitest', 'electron', 'esbuild', 'react'])
      expect(installed).not.toContain(devOnly);
    expect(readdirSync(join(folder, 'out/server/migrations'))).toContain('0001-initial.sql');
  });

  it(`npm run server:start answers health on ${ENGINE}; SIGTERM to npm leaves no orphan`, async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      PORT: String(port),
      JIANHU_DATA_DIR: join(folder, `data`),
      LOG_LEVEL: 'warn',
    };
    if (ENGINE === 'postgres' && DATABASE_URL) {
      const url = new URL(DATABASE_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      env.DATABASE_URL = url.toString();
    }
    const npm = spawn('npm', ['run', 'server:start'], { cwd: folder, env, stdio: 'pipe' });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const health = await waitFor('health', 40_000, async () => {
        if (npm.exitCode !== null) throw new Error(`npm exited: ${output}`);
        const reply = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        return reply.status === 200 ? ((await reply.json()) as unknown) : null;
      });
      expect(health).toMatchObject({ status: 'ok' });
      const servers = serverPids(port);
      expect(servers).toHaveLength(1);

      npm.kill('SIGTERM');
      await exited(npm);
      await waitFor('the server to exit', 15_000, () =>
        Promise.resolve(servers.some(isAlive) ? null : true),
      );
      await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
    if (ENGINE === 'postgres' && DATABASE_URL) {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      const migrated = await client.query(
        `select count(*)::int as n from ${schema}.schema_migrations`,
      );
      await client.end();
      expect((migrated.rows[0] as { n: number }).n).toBeGreaterThan(0);
    }
  }, 60_000);
});
