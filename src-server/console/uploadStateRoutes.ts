/**
 * Whether the subtree's workstations have uploaded everything: the device upload overview
 * (src-server/devices/uploadState.ts) for the account's unit, or for one unit below it.
 */
import type { FastifyInstance } from 'fastify';
import { consoleErrorSchema } from '../../src-shared/console/consoleApi';
import type { UploadStateQuery } from '../../src-shared/console/uploadStateApi';
import {
  UPLOAD_STATE_PATH,
  uploadStateQuerySchema,
  uploadStateResponseSchema,
} from '../../src-shared/console/uploadStateApi';
import type { UploadOverview } from '../../src-shared/stats/uploadStatus';
import { readUploadOverview } from '../devices/uploadState';
import type { ConsoleContext } from './consoleContext';
import { ConsoleHttpError } from './consoleError';
import { isInSubtree } from './consoleScope';

export function registerUploadStateRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  app.get<{ Querystring: UploadStateQuery }>(
    UPLOAD_STATE_PATH,
    {
      onRequest: ctx.auth.requireSession,
      schema: {
        tags: ['console'],
        querystring: uploadStateQuerySchema,
        response: {
          200: uploadStateResponseSchema,
          400: consoleErrorSchema,
          401: consoleErrorSchema,
          403: consoleErrorSchema,
        },
      },
    },
    async (request): Promise<UploadOverview> => {
      const own = ctx.auth.sessionOf(request).account.unit.code;
      const unit = request.query.unit ?? own;
      if (unit !== own && !(await isInSubtree(ctx.db, own, unit)))
        throw new ConsoleHttpError(403, 'forbidden', 'that unit is outside this account’s units');
      return readUploadOverview(ctx.db, unit, ctx.now());
    },
  );
}
