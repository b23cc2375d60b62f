/**
 * Serves the built renderer (out/renderer) from `app://jianhu/`. A standard, secure scheme gives
 * the page a real origin — IndexedDB and WebCrypto need one, and file:// would share a single
 * origin with every local file. Only files inside the root are served, whatever the URL says.
 */
import type { CustomScheme } from 'electron';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './protocolOrigin';
import { describeError, type Logger } from './log';

export { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME } from './protocolOrigin';

/** Registered before `ready` (Electron's rule for privileged schemes). */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
} satisfies CustomScheme;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `rootDir` that `url` names, or null when the URL is not ours or would leave
 * the root (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

export type AppProtocolOptions = {
  readonly rootDir: string;
  /** Sent as the Content-Security-Policy header of every response; read for each one. */
  readonly policy: () => string;
  readonly readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  readonly log: Logger;
};

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

/** The `protocol.handle` handler for `app:`. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const headers = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': options.policy(),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const refuse = (status: number): Response =>
    new Response(null, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const path = resolveAppPath(options.rootDir, request.url);
    if (path === null) {
      options.log.warn('protocol: refused a path outside the app');
      return refuse(404);
    }
    try {
      const body = await options.readFile(path);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers(mimeTypeOf(path)),
      });
    } catch (error) {
      const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
      if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) return refuse(404);
      options.log.error(`protocol: read failed with ${describeError(error)}`);
      return refuse(500);
    }
  };
}
