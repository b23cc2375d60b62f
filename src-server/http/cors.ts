/**
 * Cross-origin access for the app: the desktop app (`app://jianhu`) and the web build are served
 * from origins other than the server's, so without CORS a browser blocks every sync request.
 * Only origins on the allow-list get CORS headers; any other origin gets none, and its browser
 * refuses to read the answer. Tokens travel in the Authorization header, never in cookies, so no
 * credentials mode is needed.
 */
import type { FastifyInstance } from 'fastify';
import {
  ACCEPT_REQUEST_ENCODING_HEADER,
  BLOB_COMPLETE_HEADER,
  PROTOCOL_HEADER,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
} from '../../src-shared/sync';
import { OUTBOX_REPORT_HEADER } from '../../src-shared/sync/outboxReport';

/** The desktop app, and the web build on loopback for development and the end-to-end tests. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'app://jianhu',
  'http://127.0.0.1:4173',
  'http://localhost:4173',
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

const ALLOW_HEADERS = [
  'authorization',
  'content-type',
  'content-range',
  // Large JSON bodies go gzipped (requestEncoding.ts).
  'content-encoding',
  PROTOCOL_HEADER,
  UPLOAD_OFFSET_HEADER,
  UPLOAD_LENGTH_HEADER,
  OUTBOX_REPORT_HEADER,
].join(', ');
const EXPOSE_HEADERS = [
  PROTOCOL_HEADER,
  // The app reads it to know it may compress its requests.
  ACCEPT_REQUEST_ENCODING_HEADER,
  UPLOAD_OFFSET_HEADER,
  UPLOAD_LENGTH_HEADER,
  BLOB_COMPLETE_HEADER,
  'retry-after',
].join(', ');

export function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (origin === undefined || !allowed.has(origin)) {
      done();
      return;
    }
    void reply.header('access-control-allow-origin', origin);
    void reply.header('access-control-expose-headers', EXPOSE_HEADERS);
    const isPreflight =
      request.method === 'OPTIONS' &&
      request.headers['access-control-request-method'] !== undefined;
    if (!isPreflight) {
      done();
      return;
    }
    void reply
      .header('access-control-allow-methods', 'GET, HEAD, POST, PUT')
      .header('access-control-allow-headers', ALLOW_HEADERS)
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  });
}

/** `JIANHU_ALLOWED_ORIGINS=app://jianhu,https://…` replaces the defaults. */
export function readAllowedOrigins(value: string | undefined): readonly string[] {
  if (value === undefined || value.trim() === '') return DEFAULT_ALLOWED_ORIGINS;
  return value
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}
