import type { FastifyInstance } from 'fastify';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import type { StatsResponse } from '../../src-shared/sync/stats';
import { statsResponseSchema } from '../../src-shared/sync/stats';
import { readString } from '../db/row';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';
import { readStats } from '../stats/readStats';

/** `GET /stats`: for city and province devices only; a county sees its own cases, not statistics. */
export function registerStatsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/stats',
    {
      onRequest: ctx.auth.requireDevice,
      schema: {
        tags: ['stats'],
        security: [{ bearer: [] }],
        response: { 200: statsResponseSchema, 403: syncErrorSchema },
      },
    },
    async (request): Promise<StatsResponse> => {
      const device = ctx.auth.deviceOf(request);
      if (device.unitLevel === 'county')
        throw new HttpError(403, 'forbidden', 'statistics are for city and province units');
      const row = (
        await ctx.db.query('select name from units where code = $1', [device.unitCode])
      )[0];
      const unit = {
        code: device.unitCode,
        name: row === undefined ? '' : readString(row, 'name'),
        level: device.unitLevel,
      };
      return readStats(ctx.db, unit, ctx.now());
    },
  );
}
