import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { BlobPutQuery, BlobStatus } from '../../src-shared/sync/blobs';
import {
  blobParamsSchema,
  blobPutQuerySchema,
  blobStatusSchema,
} from '../../src-shared/sync/blobs';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import {
  BLOB_COMPLETE_HEADER,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
} from '../../src-shared/sync/protocol';
import { appendBlobChunk, readBlobChunks, readBlobStatus } from '../blobs/blobStore';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';

type Params = { sha256: string };

const CONTENT_RANGE = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/;

/** Where a chunk goes: `Content-Range: bytes a-b/total`, or `?offset=&size=`. */
function placeChunk(
  header: string | undefined,
  query: BlobPutQuery,
  length: number,
): { offset: number; size: number | undefined } {
  if (header === undefined) return { offset: query.offset ?? 0, size: query.size };
  const match = CONTENT_RANGE.exec(header);
  if (!match)
    throw new HttpError(400, 'bad-request', 'Content-Range must be "bytes start-end/total"');
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (end - start + 1 !== length)
    throw new HttpError(400, 'bad-request', 'Content-Range does not match the body length');
  if (
    (query.offset !== undefined && query.offset !== start) ||
    (query.size !== undefined && query.size !== total)
  ) {
    throw new HttpError(400, 'bad-request', 'Content-Range and the query disagree');
  }
  return { offset: start, size: total };
}

/** `HEAD`/`PUT`/`GET /blobs/:sha256`: resumable, hash-verified attachments of the device's unit. */
export function registerBlobRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const onRequest = ctx.auth.requireDevice;
  const security = [{ bearer: [] }];

  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: ctx.blobChunkBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.head<{ Params: Params }>(
    '/blobs/:sha256',
    { onRequest, schema: { tags: ['blobs'], security, params: blobParamsSchema } },
    async (request, reply) => {
      const device = ctx.auth.deviceOf(request);
      const status = await readBlobStatus(ctx.db, device.unitCode, request.params.sha256);
      if (status === null)
        throw new HttpError(404, 'not-found', 'nothing received for this hash', {
          [UPLOAD_OFFSET_HEADER]: '0',
        });
      return reply
        .code(200)
        .headers({
          [UPLOAD_OFFSET_HEADER]: String(status.received),
          [UPLOAD_LENGTH_HEADER]: String(status.size),
          [BLOB_COMPLETE_HEADER]: String(status.complete),
        })
        .send();
    },
  );

  app.put<{ Params: Params; Querystring: BlobPutQuery; Body: unknown }>(
    '/blobs/:sha256',
    {
      onRequest,
      bodyLimit: ctx.blobChunkBytes,
      schema: {
        tags: ['blobs'],
        security,
        params: blobParamsSchema,
        querystring: blobPutQuerySchema,
        consumes: ['application/octet-stream'],
        response: {
          200: blobStatusSchema,
          400: syncErrorSchema,
          409: syncErrorSchema,
          413: syncErrorSchema,
        },
      },
    },
    async (request, reply): Promise<BlobStatus> => {
      const device = ctx.auth.deviceOf(request);
      const bytes = request.body instanceof Uint8Array ? request.body : new Uint8Array(0);
      if (request.body !== undefined && !(request.body instanceof Uint8Array)) {
        throw new HttpError(
          415,
          'unsupported-media-type',
          'send chunks as application/octet-stream',
        );
      }
      const { offset, size } = placeChunk(
        request.headers['content-range'],
        request.query,
        bytes.length,
      );
      const status = await appendBlobChunk(ctx.db, {
        unitCode: device.unitCode,
        deviceId: device.id,
        sha256: request.params.sha256,
        offset,
        size,
        bytes,
        maxBlobBytes: ctx.maxBlobBytes,
        now: ctx.now(),
      });
      void reply.header(UPLOAD_OFFSET_HEADER, String(status.received));
      return status;
    },
  );

  app.get<{ Params: Params }>(
    '/blobs/:sha256',
    {
      onRequest,
      exposeHeadRoute: false,
      schema: {
        tags: ['blobs'],
        security,
        params: blobParamsSchema,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const device = ctx.auth.deviceOf(request);
      const status = await readBlobStatus(ctx.db, device.unitCode, request.params.sha256);
      if (status?.complete !== true)
        throw new HttpError(404, 'not-found', 'no complete blob with this hash');
      return reply
        .type('application/octet-stream')
        .header('content-length', String(status.size))
        .send(Readable.from(readBlobChunks(ctx.db, device.unitCode, request.params.sha256)));
    },
  );
}
