/** What every console route module gets from registerConsole. */
import type { Db } from '../db/db';
import type { ConsoleAuth } from './consoleAuth';

export type ConsoleContext = {
  db: Db;
  now: () => Date;
  auth: ConsoleAuth;
  /** Seals TOTP secrets at rest; null = stored as they are (README, "Console"). */
  key: Buffer | null;
  /** Secure cookies even over plain HTTP (a proxy that does not send x-forwarded-proto). */
  alwaysSecureCookie: boolean;
  /** Sign-in attempts per window per address (on top of the per-account lockout). */
  signInRateLimit: { max: number; timeWindow: number } | null;
};
