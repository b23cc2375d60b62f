import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../src-shared/sync/health';
import { healthResponseSchema } from '../../src-shared/sync/health';
import { PROTOCOL_VERSION } from '../../src-shared/sync/protocol';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';

/** `GET /health`: open to all, answers only when the database answers. */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/health',
    { schema: { tags: ['health'], response: { 200: healthResponseSchema } } },
    async (): Promise<HealthResponse> => {
      try {
        await ctx.db.query('select 1');
      } catch {
        throw new HttpError(503, 'unavailable', 'the database does not answer');
      }
      return {
        status: 'ok',
        protocolVersion: PROTOCOL_VERSION,
        minProtocolVersion: ctx.minProtocolVersion,
        serverTime: ctx.now().toISOString(),
      };
    },
  );
}
