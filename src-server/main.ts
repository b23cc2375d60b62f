/**
 * `npm run server`: the provincial server on 127.0.0.1:8787 with embedded PGlite in ./data/server.
 * HOST, PORT, JIANHU_DATA_DIR and DATABASE_URL (postgres://…) override. TLS is terminated by the
 * reverse proxy in production, never here.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './buildServer';
import { readServerConfig } from './config';
import { lockDataDir } from './db/dataDirLock';
import { openDatabase } from './db/openDatabase';

const SHUTDOWN_GRACE_MS = 10_000;

/** Beside the built server (out/server/console), or the build's folder when run from source. */
function consolePagesDir(): string | null {
  const candidates = [
    join(dirname(fileURLToPath(import.meta.url)), 'console'),
    resolve('out/server/console'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const unlock =
    config.databaseUrl === undefined ? lockDataDir(config.dataDir, 'the server') : () => undefined;
  const db = await openDatabase(
    config.databaseUrl === undefined
      ? { dataDir: config.dataDir }
      : { databaseUrl: config.databaseUrl },
  ).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const app = await buildServer({
    db,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    ...(config.logHashKey === undefined ? {} : { logHashKey: config.logHashKey }),
    allowedOrigins: config.allowedOrigins,
    console: {
      key: config.consoleKey,
      alwaysSecureCookie: config.consoleSecureCookie,
      pagesDir: consolePagesDir(),
    },
  });
  let isClosing = false;
  const shutdown = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // A request stuck past the grace period must not keep the database open forever.
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    void app
      .close()
      .then(() => db.close())
      .then(() => {
        unlock();
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        unlock();
        process.exit(1);
      });
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await db.close();
    unlock();
    throw error;
  }
  app.log.info(
    { database: db.kind, dataDir: config.databaseUrl === undefined ? config.dataDir : undefined },
    'jianhu server ready',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `jianhu server failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
