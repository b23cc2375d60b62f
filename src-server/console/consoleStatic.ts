/**
 * The console's built pages (vite.console.config.mts → out/server/console) at /console. Every
 * path under /console that is not a file or an API route gets index.html: the app routes itself.
 * The pages get a policy of their own: scripts from this origin only (no inline script), and
 * inline styles, which Mantine injects for its CSS variables.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_API_PREFIX } from '../../src-shared/console/consoleApi';
import { ConsoleHttpError } from './consoleError';

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Registers the pages when the folder exists (a server built without them answers 404). */
export async function registerConsoleStatic(app: FastifyInstance, dir: string): Promise<boolean> {
  if (!existsSync(`${dir}/index.html`)) return false;
  await app.register(async (pages) => {
    pages.addHook('onSend', async (_request, reply, payload) => {
      void reply.header('content-security-policy', CONSOLE_CSP);
      return payload;
    });
    await pages.register(fastifyStatic, { root: dir, prefix: '/console/', wildcard: false });
    const sendIndex = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
      if (request.url.startsWith(`${CONSOLE_API_PREFIX}/`))
        throw new ConsoleHttpError(404, 'not-found', 'no such console route');
      return reply.sendFile('index.html');
    };
    pages.get('/console', { schema: { hide: true } }, sendIndex);
    pages.get('/console/*', { schema: { hide: true } }, sendIndex);
  });
  return true;
}
