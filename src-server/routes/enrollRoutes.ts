import type { FastifyInstance } from 'fastify';
import type { EnrollRequest, EnrollResponse } from '../../src-shared/sync/enroll';
import { enrollRequestSchema, enrollResponseSchema } from '../../src-shared/sync/enroll';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import { enrollDevice } from '../auth/enrollDevice';
import { addressKey } from '../http/rateLimitKeys';
import type { ServerContext } from '../serverContext';

/** `POST /devices/enroll`: one-time code → device id + token. */
export function registerEnrollRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: EnrollRequest }>(
    '/devices/enroll',
    {
      schema: {
        tags: ['devices'],
        body: enrollRequestSchema,
        response: { 200: enrollResponseSchema, 401: syncErrorSchema, 409: syncErrorSchema },
      },
      ...(ctx.enrollRateLimit === null
        ? {}
        : { config: { rateLimit: { ...ctx.enrollRateLimit, keyGenerator: addressKey } } }),
    },
    async (request): Promise<EnrollResponse> => enrollDevice(ctx.db, request.body, ctx.now()),
  );
}
