/** Server settings from the environment, with the defaults `npm run server` uses. */
import { resolve } from 'node:path';
import { readConsoleKey } from './console/secretBox';
import { isPostgresUrl } from './db/openDatabase';
import { readAllowedOrigins } from './http/cors';
import type { TrustedProxies } from './http/trustProxy';
import { readTrustProxy } from './http/trustProxy';

export type ServerConfig = {
  host: string;
  port: number;
  /** Holds the embedded database (`<dataDir>/pglite`) and its lock file. */
  dataDir: string;
  /** Set → PostgreSQL; unset → embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  logLevel: string;
  /** Peers whose X-Forwarded-For names the client (rate limits key on it). */
  trustProxy: TrustedProxies;
  /** Key of the path-parameter hashes in request logs; unset → random per process. */
  logHashKey: string | undefined;
  /** Origins allowed to call the API from a browser context (CORS). */
  allowedOrigins: readonly string[];
  /** Seals console TOTP secrets (JIANHU_CONSOLE_KEY, 64 hex); null = stored unsealed. */
  consoleKey: Buffer | null;
  /** JIANHU_CONSOLE_SECURE_COOKIE=1: Secure cookies even when no proxy says https. */
  consoleSecureCookie: boolean;
};

export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be 0–65535, got ${env.PORT ?? ''}`);
  const databaseUrl =
    env.DATABASE_URL === undefined || env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl))
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(env.JIANHU_DATA_DIR ?? './data/server'),
    databaseUrl,
    logLevel: env.LOG_LEVEL ?? 'info',
    // Set when the TLS reverse proxy forwards requests, so rate limits key on the real client.
    trustProxy: readTrustProxy(env.JIANHU_TRUST_PROXY),
    allowedOrigins: readAllowedOrigins(env.JIANHU_ALLOWED_ORIGINS),
    consoleKey: readConsoleKey(env.JIANHU_CONSOLE_KEY),
    consoleSecureCookie: env.JIANHU_CONSOLE_SECURE_COOKIE === '1',
    logHashKey:
      env.JIANHU_LOG_HASH_KEY === undefined || env.JIANHU_LOG_HASH_KEY === ''
        ? undefined
        : env.JIANHU_LOG_HASH_KEY,
  };
}
