/**
 * `POST /sync/audit` (a device's audit entries up, its acknowledged head back) and
 * `GET /sync/audit` (where the server's copy of the device's chain ends, and whether it is
 * flagged). Both concern only the token's own device: no id in the path or query names another.
 */
import type { FastifyInstance } from 'fastify';
import type { AuditPushRequest, AuditPushResponse, AuditState } from '../../src-shared/sync/audit';
import {
  MAX_AUDIT_BODY_BYTES,
  auditPushRequestSchema,
  auditPushResponseSchema,
  auditStateSchema,
} from '../../src-shared/sync/audit';
import { syncErrorSchema } from '../../src-shared/sync/errors';
import { readDeviceAuditState } from '../audit/deviceAuditState';
import { receiveDeviceAudit } from '../audit/receiveDeviceAudit';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';

const security = [{ bearer: [] }];

export function registerAuditRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const onRequest = ctx.auth.requireDevice;

  app.post<{ Body: AuditPushRequest }>(
    '/sync/audit',
    {
      onRequest,
      bodyLimit: MAX_AUDIT_BODY_BYTES,
      schema: {
        tags: ['sync'],
        security,
        body: auditPushRequestSchema,
        response: {
          200: auditPushResponseSchema,
          400: syncErrorSchema,
          401: syncErrorSchema,
          403: syncErrorSchema,
          409: syncErrorSchema,
          413: syncErrorSchema,
        },
      },
    },
    async (request): Promise<AuditPushResponse> => {
      const device = ctx.auth.deviceOf(request);
      if (request.body.deviceId !== undefined && request.body.deviceId !== device.id) {
        throw new HttpError(403, 'forbidden', 'deviceId does not match the token');
      }
      const receipt = await receiveDeviceAudit(ctx.db, device, request.body.entries, ctx.now());
      switch (receipt.kind) {
        case 'acked':
          return receipt.head;
        case 'refused':
          throw new HttpError(
            409,
            'audit-chain-broken',
            `audit entry ${receipt.seq} does not continue the chain (${receipt.reason}): nothing was stored and this device is flagged until an administrator clears it`,
          );
        case 'flagged':
          throw new HttpError(
            409,
            'audit-chain-broken',
            `this device's audit chain is flagged since entry ${String(receipt.seq)} (${String(receipt.reason)}): an administrator must clear it`,
          );
      }
    },
  );

  app.get(
    '/sync/audit',
    {
      onRequest,
      schema: {
        tags: ['sync'],
        security,
        response: { 200: auditStateSchema, 401: syncErrorSchema },
      },
    },
    (request): Promise<AuditState> => readDeviceAuditState(ctx.db, ctx.auth.deviceOf(request).id),
  );
}
