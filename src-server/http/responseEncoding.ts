/**
 * JSON answers gzipped for clients that accept it: a pull page of 500 Chinese cases shrinks
 * several times, which is what a county's 2 Mbit/s link needs. Browsers, Electron and Node's
 * fetch all send Accept-Encoding and decode on their own, so no client code changes. Small answers
 * (not worth a round through zlib), streams (console pages, attachments) and answers that already
 * carry an encoding are left alone.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Below this an answer fits a few TCP segments: compressing it saves no round trip. */
export const RESPONSE_GZIP_MIN_BYTES = 1024;
/**
 * zlib level 4, measured on a pull page of 500 demo cases (1.54 MB): level 1 gives 4.3× in
 * 8.4 ms, level 4 5.1× in 11.6 ms, level 6 5.4× in 15.3 ms. On a 2 Mbit/s link level 4 saves
 * 0.22 s per page over level 1 for 3 ms more; level 6 saves 0.08 s more for another 4 ms of
 * server time per page (bench/RESULTS.md, issue 14).
 */
export const RESPONSE_GZIP_LEVEL = 4;

const gzipAsync = promisify(gzip);

/** True when `Accept-Encoding` allows gzip (named with q > 0, or `*` without gzip;q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let star = false;
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    const q = params
      .map((p) => p.trim().toLowerCase())
      .find((p) => p.startsWith('q='))
      ?.slice(2);
    const allowed = q === undefined || Number(q) > 0;
    if (name === 'gzip' || name === 'x-gzip') return allowed;
    if (name === '*') star = allowed;
  }
  return star;
}

function isJson(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.toLowerCase().startsWith('application/json');
}

function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.some((v) => v.toLowerCase() === name.toLowerCase() || v === '*')) return;
  void reply.header('vary', [...values, name].join(', '));
}

export function registerResponseEncoding(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding') || !isJson(reply)) return payload;
    if (Buffer.byteLength(payload) < RESPONSE_GZIP_MIN_BYTES) return payload;
    // Whether this answer is compressed depends on the request's Accept-Encoding: caches must know.
    addVary(reply, 'Accept-Encoding');
    if (request.method === 'HEAD' || !acceptsGzip(request.headers['accept-encoding']))
      return payload;
    // zlib runs on the thread pool: other requests go on while a page is compressed.
    const compressed = await gzipAsync(payload, { level: RESPONSE_GZIP_LEVEL });
    void reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return compressed;
  });
}
