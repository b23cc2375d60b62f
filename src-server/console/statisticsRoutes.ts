/** `GET /console/api/statistics`: the special action's statistics over the account's subtree. */
import type { FastifyInstance } from 'fastify';
import { consoleErrorSchema } from '../../src-shared/console/consoleApi';
import type { ActionStatistics } from '../../src-shared/stats/actionStatistics';
import { actionStatisticsSchema } from '../../src-shared/stats/actionStatistics';
import { readActionStatistics } from '../stats/actionStatistics';
import { serverCalendar } from '../stats/serverCalendar';
import type { ConsoleContext } from './consoleContext';

export function registerStatisticsRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  app.get(
    '/statistics',
    {
      onRequest: ctx.auth.requireSession,
      schema: {
        tags: ['console'],
        response: { 200: actionStatisticsSchema, 401: consoleErrorSchema },
      },
    },
    async (request): Promise<ActionStatistics> => {
      const unit = ctx.auth.sessionOf(request).account.unit;
      return readActionStatistics(ctx.db, unit, ctx.now(), await serverCalendar(ctx.db, unit.code));
    },
  );
}
