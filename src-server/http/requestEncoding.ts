/**
 * Request bodies sent with `Content-Encoding: gzip` (the app compresses its large push and audit
 * batches for slow county links) are decoded before any parser sees them. Fastify's body limit
 * then counts DECODED bytes — a few KB of gzip cannot expand into gigabytes — and the decoding
 * itself stops at the route's limit, so a zip bomb costs no more CPU than a body of that limit.
 * Anything other than gzip or identity is refused (415) instead of being parsed as if plain.
 */
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './httpError';

type DecodedBody = PassThrough & { receivedEncodedLength: number };

const noop = (): void => undefined;

/** 'identity', 'gzip', or null for an encoding this server does not decode. */
export function requestEncoding(header: string | string[] | undefined): 'identity' | 'gzip' | null {
  if (header === undefined) return 'identity';
  const value = (Array.isArray(header) ? header.join(',') : header).trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  // x-gzip is the same format under its old name (RFC 9110 §8.4.1.3).
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  return null;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || Number(length ?? 0) > 0;
}

/**
 * `raw` gunzipped into a stream Fastify reads like the request itself. `receivedEncodedLength`
 * (bytes as they arrived) lets Fastify check Content-Length against what was actually sent.
 */
export function gunzipBody(raw: Readable, limit: number): DecodedBody {
  const gunzip = createGunzip();
  const body = new PassThrough() as DecodedBody;
  body.receivedEncodedLength = 0;
  // Fastify drops its listeners once it has refused a body; a late error must not go unheard.
  body.on('error', noop);
  let decoded = 0;
  let stopped = false;
  const stop = (error: Error) => {
    if (stopped) return;
    stopped = true;
    raw.unpipe(gunzip);
    gunzip.destroy();
    body.destroy(error);
    // The rest of the request is read and dropped, so a keep-alive connection can go on.
    raw.resume();
  };
  raw.on('data', (chunk: Buffer) => {
    body.receivedEncodedLength += chunk.length;
  });
  raw.on('close', () => {
    if (!raw.readableEnded) stop(new HttpError(400, 'bad-request', 'the request was cut off'));
  });
  gunzip.on('data', (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > limit) {
      stop(new HttpError(413, 'payload-too-large', 'the decoded body is too large'));
      return;
    }
    if (!body.write(chunk)) gunzip.pause();
  });
  body.on('drain', () => gunzip.resume());
  gunzip.on('end', () => {
    if (!stopped) body.end();
  });
  gunzip.on('error', () => {
    // zlib's own message says nothing useful to a client; the status and code are what it needs.
    stop(new HttpError(400, 'bad-request', 'the gzip body is corrupt or cut off'));
  });
  raw.pipe(gunzip);
  return body;
}

export function registerRequestEncoding(app: FastifyInstance): void {
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const encoding = requestEncoding(request.headers['content-encoding']);
    if (encoding === null) {
      done(new HttpError(415, 'unsupported-media-type', 'only gzip request bodies are decoded'));
      return;
    }
    if (encoding === 'identity' || !hasBody(request)) {
      done(null, payload);
      return;
    }
    done(null, gunzipBody(payload, request.routeOptions.bodyLimit));
  });
}
