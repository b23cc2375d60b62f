/**
 * `GET /console/api/statistics[?unit=]`: the special action's statistics over the account's
 * subtree or one unit inside it; `GET …/statistics/export[?unit=]`: the same as an .xlsx. A unit
 * outside the account's subtree is refused before anything is read.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { consoleErrorSchema } from '../../src-shared/console/consoleApi';
import type { StatisticsQuery } from '../../src-shared/console/statisticsApi';
import {
  STATISTICS_EXPORT_PATH,
  STATISTICS_PATH,
  statisticsQuerySchema,
} from '../../src-shared/console/statisticsApi';
import { XLSX_MIME } from '../../src-shared/export/xlsxWorkbook';
import type { ActionStatistics } from '../../src-shared/stats/actionStatistics';
import { actionStatisticsSchema } from '../../src-shared/stats/actionStatistics';
import { AuditActor, writeAudit } from '../audit/writeAudit';
import { attachmentHeader } from '../http/attachmentHeader';
import { readActionStatistics } from '../stats/actionStatistics';
import { serverCalendar } from '../stats/serverCalendar';
import { statisticsWorkbook } from '../stats/statisticsWorkbook';
import type { ConsoleContext } from './consoleContext';
import { ConsoleHttpError } from './consoleError';
import { readScopedUnit, type TreeUnit } from './consoleScope';

type StatisticsRequest = FastifyRequest<{ Querystring: StatisticsQuery }>;

export function registerStatisticsRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const errors = {
    400: consoleErrorSchema,
    401: consoleErrorSchema,
    403: consoleErrorSchema,
  };

  const read = async (
    request: StatisticsRequest,
  ): Promise<{ stats: ActionStatistics; units: TreeUnit[] }> => {
    const own = ctx.auth.sessionOf(request).account.unit.code;
    const scoped = await readScopedUnit(ctx.db, own, request.query.unit ?? own);
    if (scoped === null)
      throw new ConsoleHttpError(403, 'forbidden', 'that unit is outside this account’s units');
    const calendar = await serverCalendar(ctx.db, scoped.unit.code);
    const stats = await readActionStatistics(ctx.db, scoped.unit, ctx.now(), calendar);
    return { stats, units: scoped.units };
  };

  app.get<{ Querystring: StatisticsQuery }>(
    STATISTICS_PATH,
    {
      onRequest: ctx.auth.requireSession,
      schema: {
        tags: ['console'],
        querystring: statisticsQuerySchema,
        response: { 200: actionStatisticsSchema, ...errors },
      },
    },
    async (request): Promise<ActionStatistics> => (await read(request)).stats,
  );

  app.get<{ Querystring: StatisticsQuery }>(
    STATISTICS_EXPORT_PATH,
    {
      onRequest: ctx.auth.requireSession,
      schema: { tags: ['console'], querystring: statisticsQuerySchema, response: errors },
    },
    async (request, reply) => {
      const { stats, units } = await read(request);
      const workbook = await statisticsWorkbook(stats, new Map(units.map((u) => [u.code, u.name])));
      // A file handed around leaves the console's reach: who took which unit's figures is kept.
      await writeAudit(ctx.db, {
        at: ctx.now(),
        actor: AuditActor.console,
        action: 'statistics.export',
        unitCode: stats.unit.code,
        detail: { accountId: ctx.auth.sessionOf(request).account.id },
      });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentHeader(workbook.fileName))
        .header('cache-control', 'no-store')
        .send(Buffer.from(workbook.bytes));
    },
  );
}
