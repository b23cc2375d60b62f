/**
 * Child process: the anchor's server — express-pouchdb over PouchDB's LevelDB adapter on disk in
 * BENCH_DATA_DIR, under /db/, and the bench page under /bench/ on the same origin.
 * Announces { url }.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import expressPouchDB from 'express-pouchdb';
import { BENCH_OUT, sendFile } from '../lib/staticFiles';
import { announce, env, onStop } from './serverMain';

async function main(): Promise<void> {
  const dir = env('BENCH_DATA_DIR') ?? '';
  const OnDisk = PouchDB.defaults({ prefix: `${dir}/` });
  const handler = expressPouchDB(OnDisk, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
  });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/bench/')) {
      if (!sendFile(BENCH_OUT, url.slice('/bench'.length), res)) {
        res.writeHead(404);
        res.end();
      }
      return;
    }
    if (url.startsWith('/db/') || url === '/db') {
      req.url = url.slice('/db'.length) || '/';
      handler(req, res);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  announce({ url: `http://127.0.0.1:${port}` });
  onStop(
    () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
