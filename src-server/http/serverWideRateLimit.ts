/**
 * The general rate limit as a server-wide `onRequest` hook. The plugin's own per-route hooks run
 * after a route's `onRequest` hooks, so a request the device check refuses (made-up or revoked
 * bearer) would be answered 401 without ever being counted; a server-wide hook runs first. It
 * uses `createRateLimit` (a check, not a handler) so that enrolment's stricter per-route limit
 * still runs after it.
 */
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from './httpError';

export function serverWideRateLimit(app: FastifyInstance): onRequestAsyncHookHandler {
  const check = app.createRateLimit();
  return async (request) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    throw new HttpError(
      429,
      'rate-limited',
      `rate limit exceeded, retry in ${result.ttlInSeconds} s`,
      { 'retry-after': String(result.ttlInSeconds) },
    );
  };
}
