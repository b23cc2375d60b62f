/**
 * A real server on 127.0.0.1 (port 0) over a fresh database: in-memory PGlite, or — when
 * DATABASE_URL is set — a PostgreSQL schema of its own, dropped afterwards. Test files run their
 * suites once per backend in BACKENDS.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import type { EnrollResponse } from '../../../../src-shared/sync/enroll';
import { enrollResponseSchema } from '../../../../src-shared/sync/enroll';
import type { PullResponse } from '../../../../src-shared/sync/pull';
import { pullResponseSchema } from '../../../../src-shared/sync/pull';
import type { PushChange, PushResponse } from '../../../../src-shared/sync/push';
import { pushResponseSchema } from '../../../../src-shared/sync/push';
import { createUnit, issueEnrollmentCode } from '../../../../src-server/admin/adminCommands';
import type { ServerOptions } from '../../../../src-server/buildServer';
import { buildServer } from '../../../../src-server/buildServer';
import type { Db } from '../../../../src-server/db/db';
import { listMigrations, migrate } from '../../../../src-server/db/migrate';
import { openDatabase } from '../../../../src-server/db/openDatabase';
import { pgliteAsDb } from '../../../../src-server/db/pgliteDb';
import { dropPostgresSchema } from '../../../../src-server/db/postgresDb';

export type Backend = 'pglite' | 'postgres';

const DATABASE_URL = process.env.DATABASE_URL;
export const BACKENDS: Backend[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Units every test database starts with: a province, two cities, three counties. */
export const UNITS = {
  province: '340000',
  hefei: '340100',
  yaohai: '340102',
  luyang: '340103',
  wuhu: '340200',
  jinghu: '340202',
} as const;

export type TestDb = { db: Db; close: () => Promise<void> };

const TEMPLATE_PREFIX = 'jianhu-test-pglite-';

/**
 * A migrated, empty PGlite data folder as a gzipped tarball, made once and cached in the temp
 * folder under a hash of the migrations. Creating PGlite from it takes <1 s instead of the 3–10 s
 * of a fresh initdb, which keeps the suite inside its time budget on a busy 2-core machine.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const m of listMigrations()) hash.update(m.sql);
  const name = `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 16)}.tgz`;
  const path = join(tmpdir(), name);
  try {
    return new Blob([new Uint8Array(readFileSync(path))]);
  } catch {
    // Not made yet (or made for other migrations): build it below.
  }
  const pglite = await PGlite.create();
  await migrate(pgliteAsDb(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  for (const old of readdirSync(tmpdir()).filter(
    (f) => f.startsWith(TEMPLATE_PREFIX) && f !== name,
  )) {
    rmSync(join(tmpdir(), old), { force: true });
  }
  // Write then rename: a parallel test file never reads half a tarball.
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

export async function openTestDb(backend: Backend): Promise<TestDb> {
  if (backend === 'pglite') {
    const db = pgliteAsDb(await PGlite.create({ loadDataDir: await pgliteTemplate() }));
    await migrate(db);
    return { db, close: () => db.close() };
  }
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const schema = `jianhu_test_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ databaseUrl: DATABASE_URL, schema });
  return {
    db,
    close: async () => {
      await db.close();
      await dropPostgresSchema(DATABASE_URL, schema);
    },
  };
}

export async function seedUnits(db: Db, now = new Date()): Promise<void> {
  await createUnit(db, { code: UNITS.province, name: '安徽省人民检察院', level: 'province' }, now);
  await createUnit(
    db,
    { code: UNITS.hefei, name: '合肥市人民检察院', level: 'city', parentCode: UNITS.province },
    now,
  );
  await createUnit(
    db,
    { code: UNITS.yaohai, name: '瑶海区人民检察院', level: 'county', parentCode: UNITS.hefei },
    now,
  );
  await createUnit(
    db,
    { code: UNITS.luyang, name: '庐阳区人民检察院', level: 'county', parentCode: UNITS.hefei },
    now,
  );
  await createUnit(
    db,
    { code: UNITS.wuhu, name: '芜湖市人民检察院', level: 'city', parentCode: UNITS.province },
    now,
  );
  await createUnit(
    db,
    { code: UNITS.jinghu, name: '镜湖区人民检察院', level: 'county', parentCode: UNITS.wuhu },
    now,
  );
}

export type Reply = { status: number; body: unknown; headers: Headers };

export type RequestOptions = {
  method?: string;
  token?: string;
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown;
  headers?: Record<string, string>;
};

export type TestEnv = {
  url: string;
  db: Db;
  app: FastifyInstance;
  request: (path: string, options?: RequestOptions) => Promise<Reply>;
  /** Issues a code for the unit and enrols a device with it over HTTP. */
  enroll: (unitCode: string) => Promise<EnrollResponse>;
  push: (token: string, changes: readonly PushChange[]) => Promise<PushResponse>;
  pull: (token: string, cursor?: string, limit?: number) => Promise<PullResponse>;
  count: (sql: string, params?: (string | number)[]) => Promise<number>;
  close: () => Promise<void>;
};

export async function startServer(
  db: Db,
  options: Partial<ServerOptions> = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ db, logger: false, rateLimit: false, ...options });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `${address}/api/v1` };
}

export async function sendRequest(url: string, options: RequestOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (typeof options.body === 'string') {
    body = options.body;
  } else if (options.body instanceof Uint8Array) {
    body = new Uint8Array(options.body);
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if (text !== '' && response.headers.get('content-type')?.includes('application/json'))
    parsed = JSON.parse(text);
  return { status: response.status, body: parsed, headers: response.headers };
}

function expectOk(reply: Reply, what: string): unknown {
  if (reply.status !== 200)
    throw new Error(`${what} → ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export async function createTestEnv(
  backend: Backend,
  options: Partial<ServerOptions> = {},
): Promise<TestEnv> {
  const testDb = await openTestDb(backend);
  const { db } = testDb;
  await seedUnits(db);
  const { app, url } = await startServer(db, options);
  const request = (path: string, opts?: RequestOptions) => sendRequest(`${url}${path}`, opts);
  return {
    url,
    db,
    app,
    request,
    enroll: async (unitCode) => {
      const { code } = await issueEnrollmentCode(db, { unitCode }, new Date());
      return enrollResponseSchema.parse(
        expectOk(await request('/devices/enroll', { method: 'POST', body: { code } }), 'enroll'),
      );
    },
    push: async (token, changes) =>
      pushResponseSchema.parse(
        expectOk(await request('/sync/push', { method: 'POST', token, body: { changes } }), 'push'),
      ),
    pull: async (token, cursor, limit) => {
      const query = new URLSearchParams();
      if (cursor !== undefined) query.set('cursor', cursor);
      if (limit !== undefined) query.set('limit', String(limit));
      return pullResponseSchema.parse(
        expectOk(await request(`/sync/pull?${query.toString()}`, { token }), 'pull'),
      );
    },
    count: async (sql, params = []) => {
      const row = (await db.query(sql, params))[0];
      return Number(row?.n);
    },
    close: async () => {
      await app.close();
      await testDb.close();
    },
  };
}

/**
 * A test env of `backend` made before the enclosing describe's tests and closed after them;
 * call the returned getter inside tests.
 */
export function useTestEnv(backend: Backend, options: Partial<ServerOptions> = {}): () => TestEnv {
  let env: TestEnv | undefined;
  beforeAll(async () => {
    env = await createTestEnv(backend, options);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });
  return () => {
    if (env === undefined) throw new Error('the test env is made in beforeAll');
    return env;
  };
}
