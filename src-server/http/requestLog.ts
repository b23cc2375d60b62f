/**
 * One log line per request, replacing Fastify's own request logging, which writes the full URL:
 * an ID number in a path (`/records/case/<id>`) or a query string would reach the log. The line
 * names the route pattern (`/api/v1/blobs/:sha256`) and a keyed hash of each path parameter, so
 * one record's requests can still be followed through the log without the log holding the value.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const HASH_HEX_CHARS = 16;

/** HMAC-SHA-256 of a value under the log key, shortened: enough to match lines, not to invert. */
export function logHash(key: string | Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, HASH_HEX_CHARS);
}

function hashedParams(
  request: FastifyRequest,
  key: string | Uint8Array,
): Record<string, string> | undefined {
  const { params } = request;
  if (typeof params !== 'object' || params === null) return undefined;
  const entries = Object.entries(params as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, value]) => [name, logHash(key, String(value))]));
}

/**
 * `key` keeps hashes stable across restarts and instances when the operator sets one
 * (JIANHU_LOG_HASH_KEY); without it each process draws its own.
 */
export function registerRequestLog(
  app: FastifyInstance,
  key: string | Uint8Array = randomBytes(32),
): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        // Undefined for a path that matched no route: the 404 is logged without the path.
        route: request.routeOptions.url ?? null,
        params: hashedParams(request, key),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ip: request.ip,
      },
      'request completed',
    );
    done();
  });
}
