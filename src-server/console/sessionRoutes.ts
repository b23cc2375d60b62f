/** `POST /session` (sign in), `DELETE /session` (sign out), `GET /me`. */
import type { FastifyInstance } from 'fastify';
import type { SessionResponse, SignInRequest } from '../../src-shared/console/consoleApi';
import {
  consoleErrorSchema,
  sessionResponseSchema,
  signInRequestSchema,
} from '../../src-shared/console/consoleApi';
import { writeAudit } from '../audit/writeAudit';
import { addressKey } from '../http/rateLimitKeys';
import { clearSessionCookie, setSessionCookie } from './consoleAuth';
import type { ConsoleContext } from './consoleContext';
import { ConsoleHttpError } from './consoleError';
import { deleteSession, loadSession } from './consoleSessions';
import { signIn } from './signIn';

export function registerSessionRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  app.post<{ Body: SignInRequest }>(
    '/session',
    {
      schema: {
        tags: ['console'],
        body: signInRequestSchema,
        response: { 200: sessionResponseSchema, 401: consoleErrorSchema, 423: consoleErrorSchema },
      },
      ...(ctx.signInRateLimit === null
        ? {}
        : { config: { rateLimit: { ...ctx.signInRateLimit, keyGenerator: addressKey } } }),
    },
    async (request, reply): Promise<SessionResponse> => {
      const outcome = await signIn(ctx.db, request.body, { now: ctx.now(), key: ctx.key });
      if (outcome.kind === 'failed')
        throw new ConsoleHttpError(401, 'sign-in-failed', 'wrong username, password or code');
      if (outcome.kind === 'locked') {
        throw new ConsoleHttpError(
          423,
          'account-locked',
          `too many failed sign-ins; locked until ${outcome.until}`,
          outcome.until,
        );
      }
      setSessionCookie(reply, request, outcome.session.sessionId, ctx.alwaysSecureCookie);
      const session = await loadSession(ctx.db, outcome.session.sessionId, ctx.now());
      if (session === null) throw new Error('a session just made is gone');
      return {
        account: session.account,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );

  app.delete(
    '/session',
    { onRequest: ctx.auth.requireSession, schema: { tags: ['console'] } },
    async (request, reply) => {
      const session = ctx.auth.sessionOf(request);
      await ctx.db.transaction(async (tx) => {
        await deleteSession(tx, session.sessionIdHash);
        await writeAudit(tx, {
          at: ctx.now(),
          actor: 'console',
          unitCode: session.account.unit.code,
          action: 'console.sign-out',
          detail: { accountId: session.account.id },
        });
      });
      clearSessionCookie(reply, request, ctx.alwaysSecureCookie);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    {
      onRequest: ctx.auth.requireSession,
      schema: { tags: ['console'], response: { 200: sessionResponseSchema } },
    },
    (request): Promise<SessionResponse> => {
      const { account, csrfToken, expiresAt } = ctx.auth.sessionOf(request);
      return Promise.resolve({ account, csrfToken, expiresAt });
    },
  );
}
