import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { HolidayCalendar } from '../../src-shared/calendar';
import { actionStatisticsSchema } from '../../src-shared/stats/actionStatistics';
import type { Unit } from '../../src-shared/sync/enroll';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import { statsResponseSchema } from '../../src-shared/sync/stats';
import { readString } from '../db/row';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';
import { readActionStatistics } from '../stats/actionStatistics';
import { readStats } from '../stats/readStats';
import { serverCalendar } from '../stats/serverCalendar';

/**
 * `GET /stats` and `GET /stats/action`: for city and province devices only, over their subtree;
 * a county sees its own cases, not statistics.
 */
export function registerStatsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const supervisedUnit = async (request: FastifyRequest): Promise<Unit> => {
    const device = ctx.auth.deviceOf(request);
    if (device.unitLevel === 'county')
      throw new HttpError(403, 'forbidden', 'statistics are for city and province units');
    const row = (
      await ctx.db.query('select name from units where code = $1', [device.unitCode])
    )[0];
    return {
      code: device.unitCode,
      name: row === undefined ? '' : readString(row, 'name'),
      level: device.unitLevel,
    };
  };
  const route = <T>(
    path: string,
    schema: z.ZodType<T>,
    read: (unit: Unit, calendar: HolidayCalendar) => Promise<T>,
  ) =>
    app.get(
      path,
      {
        onRequest: ctx.auth.requireDevice,
        schema: {
          tags: ['stats'],
          security: [{ bearer: [] }],
          response: { 200: schema, 403: syncErrorSchema },
        },
      },
      async (request): Promise<T> => {
        const unit = await supervisedUnit(request);
        return read(unit, await serverCalendar(ctx.db, unit.code));
      },
    );

  route('/stats', statsResponseSchema, (unit, calendar) =>
    readStats(ctx.db, unit, ctx.now(), calendar),
  );
  route('/stats/action', actionStatisticsSchema, (unit, calendar) =>
    readActionStatistics(ctx.db, unit, ctx.now(), calendar),
  );
}
