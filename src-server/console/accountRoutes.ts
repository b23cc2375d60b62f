/**
 * Console accounts managed in the console by province and city admins, inside their subtree:
 * list, create (password and TOTP shown once), reset TOTP, disable.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AccountSecretsResponse, ConsoleRole } from '../../src-shared/console/consoleApi';
import {
  accountListResponseSchema,
  accountSecretsResponseSchema,
  consoleErrorSchema,
  createAccountRequestSchema,
  usernameSchema,
} from '../../src-shared/console/consoleApi';
import { readOptionalIsoTime, readString } from '../db/row';
import {
  createConsoleAccount,
  disableConsoleAccount,
  readAccountByUsername,
  resetConsoleTotp,
} from './consoleAccounts';
import type { ConsoleContext } from './consoleContext';
import { ConsoleHttpError } from './consoleError';
import type { LiveSession } from './consoleSessions';
import { canManageAccounts, readSubtree } from './consoleScope';

const usernameParamsSchema = z.strictObject({ username: usernameSchema });
type UsernameParams = z.infer<typeof usernameParamsSchema>;

async function managedCodes(ctx: ConsoleContext, session: LiveSession): Promise<string[]> {
  if (!canManageAccounts(session.account.role))
    throw new ConsoleHttpError(403, 'forbidden', 'only province and city admins manage accounts');
  return (await readSubtree(ctx.db, session.account.unit.code)).map((u) => u.code);
}

/** The target account, if it sits in the caller's subtree; otherwise 404, as if it did not exist. */
async function targetIn(ctx: ConsoleContext, session: LiveSession, username: string) {
  const codes = await managedCodes(ctx, session);
  const target = await readAccountByUsername(ctx.db, username).catch(() => null);
  if (target === null || !codes.includes(target.unitCode))
    throw new ConsoleHttpError(404, 'not-found', 'no such account');
  return target;
}

export function accountRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const onRequest = ctx.auth.requireSession;
  const errors = {
    400: consoleErrorSchema,
    401: consoleErrorSchema,
    403: consoleErrorSchema,
    404: consoleErrorSchema,
  };
  const by = (session: LiveSession) =>
    ({ kind: 'console', accountId: session.account.id }) as const;

  app.get(
    '/accounts',
    { onRequest, schema: { tags: ['console'], response: { 200: accountListResponseSchema } } },
    async (request) => {
      const codes = await managedCodes(ctx, ctx.auth.sessionOf(request));
      const rows = await ctx.db.query(
        `select id, username, role, unit_code, disabled_at, locked_until
           from console_accounts where unit_code = any($1::text[]) order by unit_code, username`,
        [codes],
      );
      return {
        accounts: rows.map((row) => ({
          id: readString(row, 'id'),
          username: readString(row, 'username'),
          role: readString(row, 'role') as ConsoleRole,
          unitCode: readString(row, 'unit_code'),
          disabled: readOptionalIsoTime(row, 'disabled_at') !== null,
          lockedUntil: readOptionalIsoTime(row, 'locked_until'),
        })),
      };
    },
  );

  app.post<{ Body: z.infer<typeof createAccountRequestSchema> }>(
    '/accounts',
    {
      onRequest,
      schema: {
        tags: ['console'],
        body: createAccountRequestSchema,
        response: { 200: accountSecretsResponseSchema, ...errors },
      },
    },
    async (request): Promise<AccountSecretsResponse> => {
      const session = ctx.auth.sessionOf(request);
      if (!(await managedCodes(ctx, session)).includes(request.body.unitCode))
        throw new ConsoleHttpError(403, 'forbidden', 'that unit is outside this account’s units');
      const { id: _id, ...secrets } = await createConsoleAccount(ctx.db, request.body, {
        now: ctx.now(),
        key: ctx.key,
        actor: by(session),
      });
      return secrets;
    },
  );

  app.post<{ Params: UsernameParams }>(
    '/accounts/:username/reset-totp',
    {
      onRequest,
      schema: {
        tags: ['console'],
        params: usernameParamsSchema,
        response: { 200: accountSecretsResponseSchema, ...errors },
      },
    },
    async (request): Promise<AccountSecretsResponse> => {
      const session = ctx.auth.sessionOf(request);
      const target = await targetIn(ctx, session, request.params.username);
      const { id: _id, ...secrets } = await resetConsoleTotp(ctx.db, target.username, {
        now: ctx.now(),
        key: ctx.key,
        actor: by(session),
      });
      return secrets;
    },
  );

  app.post<{ Params: UsernameParams }>(
    '/accounts/:username/disable',
    { onRequest, schema: { tags: ['console'], params: usernameParamsSchema, response: errors } },
    async (request, reply) => {
      const session = ctx.auth.sessionOf(request);
      const target = await targetIn(ctx, session, request.params.username);
      await disableConsoleAccount(ctx.db, target.username, { now: ctx.now(), actor: by(session) });
      return reply.code(204).send();
    },
  );
}
