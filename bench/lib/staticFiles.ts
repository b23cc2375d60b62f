/** Serves the built bench page (out/bench) over loopback HTTP, alone or from a server under test. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** The repository root: benchmarks run from it (`npm run bench`). */
export const ROOT = resolve(process.cwd());
export const BENCH_OUT = join(ROOT, 'out', 'bench');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file under `root` a URL path names, or null (outside root, missing, a folder). */
export function fileFor(root: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(path === '/' || path === '' ? '/index.html' : path);
  const file = join(root, relative);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Answers one request from `root`; false when there is no such file. */
export function sendFile(root: string, urlPath: string, res: ServerResponse): boolean {
  const file = fileFor(root, urlPath);
  if (!file) return false;
  res.writeHead(200, {
    'content-type': contentType(file),
    'cache-control': 'no-store',
    // Cross-origin isolation: performance.now() then ticks in 5 µs steps, not 100 µs.
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  createReadStream(file).pipe(res);
  return true;
}

/** A static server on 127.0.0.1 and a free port. */
export function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  return serveStaticOn(root, 0);
}

/** A static server on 127.0.0.1:`port` (0: any free port). */
export async function serveStaticOn(
  root: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!sendFile(root, req.url ?? '/', res)) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  };
}
