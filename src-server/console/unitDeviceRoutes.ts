/**
 * The unit tree and devices of the signed-in account's subtree; issuing enrolment codes and
 * revoking devices with the functions the admin CLI uses, audited as the account.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ConsoleDevice, IssuedCodeResponse } from '../../src-shared/console/consoleApi';
import {
  consoleErrorSchema,
  deviceListResponseSchema,
  issueCodeRequestSchema,
  issueCodeResponseSchema,
  unitTreeResponseSchema,
} from '../../src-shared/console/consoleApi';
import { issueEnrollmentCode, revokeDevice } from '../admin/adminCommands';
import { readNumber, readOptionalIsoTime, readOptionalString, readString } from '../db/row';
import type { ConsoleContext } from './consoleContext';
import { ConsoleHttpError } from './consoleError';
import type { LiveSession } from './consoleSessions';
import { canWrite, readSubtree } from './consoleScope';

const deviceParamsSchema = z.strictObject({ id: z.uuid() });

function requireWriter(session: LiveSession): void {
  if (!canWrite(session.account.role))
    throw new ConsoleHttpError(403, 'forbidden', 'this account may only read');
}

async function subtreeCodes(ctx: ConsoleContext, session: LiveSession): Promise<string[]> {
  return (await readSubtree(ctx.db, session.account.unit.code)).map((u) => u.code);
}

function asConsole(session: LiveSession) {
  return { actor: 'console', detail: { accountId: session.account.id } } as const;
}

export function registerUnitDeviceRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const onRequest = ctx.auth.requireSession;
  const errors = { 401: consoleErrorSchema, 403: consoleErrorSchema, 404: consoleErrorSchema };

  app.get(
    '/units',
    { onRequest, schema: { tags: ['console'], response: { 200: unitTreeResponseSchema } } },
    async (request) => ({
      units: await readSubtree(ctx.db, ctx.auth.sessionOf(request).account.unit.code),
    }),
  );

  app.get(
    '/devices',
    { onRequest, schema: { tags: ['console'], response: { 200: deviceListResponseSchema } } },
    async (request): Promise<{ devices: ConsoleDevice[] }> => {
      const codes = await subtreeCodes(ctx, ctx.auth.sessionOf(request));
      const rows = await ctx.db.query(
        `select id, unit_code, name, created_at, last_push_at, last_seq, revoked_at
           from devices where unit_code = any($1::text[]) order by unit_code, created_at, id`,
        [codes],
      );
      return {
        devices: rows.map((row) => ({
          id: readString(row, 'id'),
          unitCode: readString(row, 'unit_code'),
          name: readOptionalString(row, 'name'),
          enrolledAt: readOptionalIsoTime(row, 'created_at') ?? '',
          lastContactAt: readOptionalIsoTime(row, 'last_push_at'),
          lastSeq: readNumber(row, 'last_seq'),
          revokedAt: readOptionalIsoTime(row, 'revoked_at'),
        })),
      };
    },
  );

  app.post<{ Body: z.infer<typeof issueCodeRequestSchema> }>(
    '/enrollment-codes',
    {
      onRequest,
      schema: {
        tags: ['console'],
        body: issueCodeRequestSchema,
        response: { 200: issueCodeResponseSchema, ...errors },
      },
    },
    async (request): Promise<IssuedCodeResponse> => {
      const session = ctx.auth.sessionOf(request);
      requireWriter(session);
      if (!(await subtreeCodes(ctx, session)).includes(request.body.unitCode))
        throw new ConsoleHttpError(403, 'forbidden', 'that unit is outside this account’s units');
      return issueEnrollmentCode(
        ctx.db,
        { unitCode: request.body.unitCode, hours: request.body.hours },
        ctx.now(),
        undefined,
        asConsole(session),
      );
    },
  );

  app.post<{ Params: z.infer<typeof deviceParamsSchema> }>(
    '/devices/:id/revoke',
    { onRequest, schema: { tags: ['console'], params: deviceParamsSchema, response: errors } },
    async (request, reply) => {
      const session = ctx.auth.sessionOf(request);
      requireWriter(session);
      const row = (
        await ctx.db.query('select unit_code from devices where id = $1', [request.params.id])
      )[0];
      // Another subtree's device is reported as no device at all: existence is not disclosed.
      if (
        row === undefined ||
        !(await subtreeCodes(ctx, session)).includes(readString(row, 'unit_code'))
      )
        throw new ConsoleHttpError(404, 'not-found', 'no such device');
      await revokeDevice(ctx.db, request.params.id, ctx.now(), asConsole(session));
      return reply.code(204).send();
    },
  );
}
