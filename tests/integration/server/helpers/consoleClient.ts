/**
 * A person at the console, as a browser would be: it keeps the session cookie the server set
 * and sends the CSRF token it was given on every non-GET request.
 */
import { CSRF_HEADER, sessionResponseSchema } from '../../../../src-shared/console/consoleApi';
import type { ConsoleRole } from '../../../../src-shared/console/consoleApi';
import { createConsoleAccount } from '../../../../src-server/console/consoleAccounts';
import { totpCodeAt } from '../../../../src-server/console/totp';
import type { Db } from '../../../../src-server/db/db';
import { sendRequest, type Reply, type RequestOptions } from './testEnv';

export const PASSWORD = 'correct horse battery staple';

export type ConsoleTestAccount = { username: string; totpSecret: string };

let accounts = 0;

/** A new account (made by the admin function, as the CLI makes the first one). */
export async function makeAccount(
  db: Db,
  role: ConsoleRole,
  unitCode: string,
  options: { now?: Date; key?: Buffer | null } = {},
): Promise<ConsoleTestAccount> {
  accounts += 1;
  const secrets = await createConsoleAccount(
    db,
    { username: `${role}.${String(accounts)}`, role, unitCode, password: PASSWORD },
    { now: options.now ?? new Date(), key: options.key ?? null, actor: { kind: 'admin' } },
  );
  return { username: secrets.username, totpSecret: secrets.totpSecret };
}

export type ConsoleClient = {
  request: (path: string, options?: RequestOptions) => Promise<Reply>;
  signIn: (
    account: ConsoleTestAccount,
    at: Date,
    over?: { password?: string; totp?: string },
  ) => Promise<Reply>;
  cookie: () => string | null;
  csrf: () => string | null;
};

/** `apiUrl` is the test env's `…/api/v1`; the console lives beside it at `/console/api`. */
export function consoleClient(apiUrl: string, headers: Record<string, string> = {}): ConsoleClient {
  const origin = new URL(apiUrl).origin;
  let cookie: string | null = null;
  let csrf: string | null = null;
  const request = async (path: string, options: RequestOptions = {}) => {
    const sent: Record<string, string> = { ...headers, ...options.headers };
    if (cookie !== null) sent.cookie = cookie;
    if (csrf !== null && (options.method ?? 'GET') !== 'GET') sent['x-csrf-token'] ??= csrf;
    const reply = await sendRequest(`${origin}/console/api${path}`, { ...options, headers: sent });
    const setCookie = reply.headers.get('set-cookie');
    if (setCookie !== null) cookie = setCookie.split(';')[0] ?? null;
    return reply;
  };
  return {
    request,
    signIn: async (account, at, over = {}) => {
      const reply = await request('/session', {
        method: 'POST',
        body: {
          username: account.username,
          password: over.password ?? PASSWORD,
          totp: over.totp ?? totpCodeAt(account.totpSecret, at),
        },
      });
      if (reply.status === 200) csrf = sessionResponseSchema.parse(reply.body).csrfToken;
      return reply;
    },
    cookie: () => cookie,
    csrf: () => csrf,
  };
}

export { CSRF_HEADER };

/** A client already signed in with a new account of that role and unit. */
export async function signedInClient(
  server: { url: string; db: Db },
  role: ConsoleRole,
  unitCode: string,
): Promise<ConsoleClient> {
  const client = consoleClient(server.url);
  const reply = await client.signIn(await makeAccount(server.db, role, unitCode), new Date());
  if (reply.status !== 200) throw new Error(`sign-in as ${role} answered ${String(reply.status)}`);
  return client;
}
