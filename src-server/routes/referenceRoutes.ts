import type { FastifyInstance } from 'fastify';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import type {
  ReferenceIndex,
  ReferenceParams,
  ReferenceSet,
} from '../../src-shared/sync/reference';
import {
  isReferenceKind,
  matchesIfNoneMatch,
  referenceEtag,
  referenceIndexSchema,
  referenceParamsSchema,
  referenceSetSchema,
} from '../../src-shared/sync/reference';
import { HttpError } from '../http/httpError';
import { readReferenceIndex, readReferenceSet } from '../reference/referenceStore';
import type { ServerContext } from '../serverContext';

const security = [{ bearer: [] }];

/**
 * `GET /reference` (kinds with version and hash) and `GET /reference/:kind` (the payload, with an
 * ETag; `If-None-Match` with it → 304). Both for enrolled devices, scoped to their unit's chain.
 */
export function registerReferenceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const onRequest = ctx.auth.requireDevice;

  app.get(
    '/reference',
    {
      onRequest,
      schema: {
        tags: ['reference'],
        security,
        response: { 200: referenceIndexSchema, 401: syncErrorSchema },
      },
    },
    async (request): Promise<ReferenceIndex> => {
      const device = ctx.auth.deviceOf(request);
      return { kinds: await readReferenceIndex(ctx.db, device.unitCode) };
    },
  );

  app.get<{ Params: ReferenceParams }>(
    '/reference/:kind',
    {
      onRequest,
      schema: {
        tags: ['reference'],
        security,
        params: referenceParamsSchema,
        response: {
          200: referenceSetSchema,
          304: { description: 'unchanged since the ETag sent in If-None-Match', type: 'null' },
          401: syncErrorSchema,
          404: syncErrorSchema,
        },
      },
    },
    async (request, reply): Promise<ReferenceSet | undefined> => {
      const device = ctx.auth.deviceOf(request);
      const { kind } = request.params;
      if (!isReferenceKind(kind)) throw new HttpError(404, 'not-found', 'no such reference kind');
      const set = await readReferenceSet(ctx.db, device.unitCode, kind);
      if (set === null) throw new HttpError(404, 'not-found', `no ${kind} data on this server`);
      const etag = referenceEtag(set.hash);
      // `no-cache`: a cache may keep it but must ask again (the ETag makes asking cheap).
      void reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        return reply.code(304).send();
      }
      return set;
    },
  );
}
