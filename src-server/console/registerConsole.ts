/**
 * The console: its API under /console/api (cookie sessions, CSRF, its own error codes) and its
 * pages under /console. Separate from the device API in every way that matters: no bearer token
 * is read here, and no cookie is read there.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { CONSOLE_API_PREFIX } from '../../src-shared/console/consoleApi';
import type { Db } from '../db/db';
import { accountRoutes } from './accountRoutes';
import { createConsoleAuth } from './consoleAuth';
import type { ConsoleContext } from './consoleContext';
import { handleConsoleError } from './consoleError';
import { registerLeadRoutes } from './leadRoutes';
import { registerConsoleStatic } from './consoleStatic';
import { registerSessionRoutes } from './sessionRoutes';
import { registerStatisticsRoutes } from './statisticsRoutes';
import { registerUnitDeviceRoutes } from './unitDeviceRoutes';
import { registerUploadStateRoutes } from './uploadStateRoutes';

export type ConsoleOptions = {
  key: Buffer | null;
  alwaysSecureCookie: boolean;
  /** The built pages; null or a folder without index.html = API only. */
  pagesDir: string | null;
};

export async function registerConsole(
  app: FastifyInstance,
  deps: {
    db: Db;
    now: () => Date;
    signInRateLimit: ConsoleContext['signInRateLimit'];
    options: ConsoleOptions;
  },
): Promise<void> {
  const ctx: ConsoleContext = {
    db: deps.db,
    now: deps.now,
    auth: createConsoleAuth(deps.db, deps.now),
    key: deps.options.key,
    alwaysSecureCookie: deps.options.alwaysSecureCookie,
    signInRateLimit: deps.signInRateLimit,
  };
  await app.register(
    async (api) => {
      await api.register(cookie);
      api.setErrorHandler(handleConsoleError);
      registerSessionRoutes(api, ctx);
      registerUnitDeviceRoutes(api, ctx);
      registerUploadStateRoutes(api, ctx);
      registerStatisticsRoutes(api, ctx);
      registerLeadRoutes(api, ctx);
      accountRoutes(api, ctx);
    },
    { prefix: CONSOLE_API_PREFIX },
  );
  if (deps.options.pagesDir !== null) await registerConsoleStatic(app, deps.options.pagesDir);
}
