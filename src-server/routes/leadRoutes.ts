import type { FastifyInstance } from 'fastify';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import type { LeadsQuery, LeadsResponse } from '../../src-shared/sync/leads';
import { leadsQuerySchema, leadsResponseSchema } from '../../src-shared/sync/leads';
import { DEFAULT_PULL_LIMIT } from '../../src-shared/sync/protocol';
import { readLeadsPage } from '../leads/readLeadsPage';
import type { ServerContext } from '../serverContext';

/** `GET /leads?cursor=&limit=`: the device's unit's leads, paged by server sequence. */
export function registerLeadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: LeadsQuery }>(
    '/leads',
    {
      onRequest: ctx.auth.requireDevice,
      schema: {
        tags: ['leads'],
        security: [{ bearer: [] }],
        querystring: leadsQuerySchema,
        response: { 200: leadsResponseSchema, 400: syncErrorSchema, 401: syncErrorSchema },
      },
    },
    async (request): Promise<LeadsResponse> => {
      const device = ctx.auth.deviceOf(request);
      return readLeadsPage(
        ctx.db,
        device.unitCode,
        Number(request.query.cursor ?? '0'),
        request.query.limit ?? DEFAULT_PULL_LIMIT,
      );
    },
  );
}
