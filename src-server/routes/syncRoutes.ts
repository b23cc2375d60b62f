import type { FastifyInstance } from 'fastify';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import {
  DEFAULT_PULL_LIMIT,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../src-shared/sync/protocol';
import type { PullQuery, PullResponse, RecordParams } from '../../src-shared/sync/pull';
import {
  pullQuerySchema,
  pullResponseSchema,
  recordParamsSchema,
} from '../../src-shared/sync/pull';
import type { PushRequest, PushResponse, ServerRecord } from '../../src-shared/sync/push';
import {
  pushRequestSchema,
  pushResponseSchema,
  serverRecordSchema,
} from '../../src-shared/sync/push';
import { noteDeviceContact } from '../devices/noteDeviceContact';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';
import { applyPush } from '../sync/applyPush';
import { readPullPage, readRecord } from '../sync/readPull';

const security = [{ bearer: [] }];

/** `POST /sync/push`, `GET /sync/pull`, `GET /records/:entity/:entityId`: all scoped to the device's unit. */
export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const onRequest = ctx.auth.requireDevice;
  const preHandler = noteDeviceContact(ctx);

  app.post<{ Body: PushRequest }>(
    '/sync/push',
    {
      onRequest,
      preHandler,
      schema: {
        tags: ['sync'],
        security,
        body: pushRequestSchema,
        response: {
          200: pushResponseSchema,
          400: syncErrorSchema,
          401: syncErrorSchema,
          413: syncErrorSchema,
        },
      },
    },
    async (request): Promise<PushResponse> => {
      const device = ctx.auth.deviceOf(request);
      if (request.body.deviceId !== undefined && request.body.deviceId !== device.id) {
        throw new HttpError(403, 'forbidden', 'deviceId does not match the token');
      }
      return applyPush(ctx.db, device, request.body.changes, ctx.now());
    },
  );

  app.get<{ Querystring: PullQuery }>(
    '/sync/pull',
    {
      onRequest,
      preHandler,
      schema: {
        tags: ['sync'],
        security,
        querystring: pullQuerySchema,
        response: { 200: pullResponseSchema },
      },
    },
    async (request): Promise<PullResponse> => {
      const device = ctx.auth.deviceOf(request);
      const cursor = Number(request.query.cursor ?? '0');
      // The header was checked on the way in (buildServer); absent means the current protocol.
      const protocol = Number(request.headers[PROTOCOL_HEADER] ?? PROTOCOL_VERSION);
      return readPullPage(
        ctx.db,
        device.unitCode,
        cursor,
        request.query.limit ?? DEFAULT_PULL_LIMIT,
        protocol,
      );
    },
  );

  app.get<{ Params: RecordParams }>(
    '/records/:entity/:entityId',
    {
      onRequest,
      schema: {
        tags: ['sync'],
        security,
        params: recordParamsSchema,
        response: { 200: serverRecordSchema, 404: syncErrorSchema },
      },
    },
    async (request): Promise<ServerRecord> => {
      const device = ctx.auth.deviceOf(request);
      const record = await readRecord(
        ctx.db,
        device.unitCode,
        request.params.entity,
        request.params.entityId,
      );
      // Another unit's record and a missing one look the same: existence is not disclosed.
      if (record === null) throw new HttpError(404, 'not-found', 'no such record in this unit');
      return record;
    },
  );
}
