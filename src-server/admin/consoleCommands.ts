/**
 * Console accounts from the command line: the first account of a province is made here, later
 * ones in the console. Secrets are printed once and never again.
 */
import { parseArgs } from 'node:util';
import type { ConsoleRole } from '../../src-shared/console/consoleApi';
import { consoleRoleSchema } from '../../src-shared/console/consoleApi';
import {
  createConsoleAccount,
  disableConsoleAccount,
  resetConsoleTotp,
  type AccountSecrets,
} from '../console/consoleAccounts';
import { AdminError } from './adminCommands';
import type { AdminDeps } from './runAdminCommand';

export const CONSOLE_USAGE = `  console:add-account --username wang.fang --role province-admin --unit 340000
                                              prints the initial password and the TOTP URI once
                                              (roles: province-admin, city-admin, county-admin, viewer)
  console:reset-totp  --username wang.fang      new TOTP secret, printed once; signs the account out
  console:disable     --username wang.fang      the account can no longer sign in`;

const OPERATOR = { kind: 'admin' } as const;

function toRole(value: string | undefined): ConsoleRole {
  const parsed = consoleRoleSchema.safeParse(value);
  if (!parsed.success)
    throw new AdminError('--role must be province-admin, city-admin, county-admin or viewer');
  return parsed.data;
}

function printSecrets(secrets: AccountSecrets, deps: AdminDeps): void {
  if (secrets.password !== undefined)
    deps.write(`initial password (shown once): ${secrets.password}`);
  deps.write(`TOTP secret (base32, shown once): ${secrets.totpSecret}`);
  deps.write(`authenticator URI: ${secrets.otpauthUri}`);
  deps.write(
    deps.consoleKey == null
      ? 'note: JIANHU_CONSOLE_KEY is not set, so the TOTP secret is stored unencrypted'
      : 'the TOTP secret is stored encrypted under JIANHU_CONSOLE_KEY',
  );
}

async function run(command: string, args: readonly string[], deps: AdminDeps): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
    },
  });
  const username = values.username ?? '';
  if (username === '') throw new AdminError('--username is required');
  const key = deps.consoleKey ?? null;
  switch (command) {
    case 'console:add-account': {
      const secrets = await createConsoleAccount(
        deps.db,
        { username, role: toRole(values.role), unitCode: values.unit ?? '' },
        { now: deps.now, key, actor: OPERATOR },
      );
      deps.write(
        `created console account ${secrets.username} (${values.role ?? ''}, ${values.unit ?? ''})`,
      );
      printSecrets(secrets, deps);
      return 0;
    }
    case 'console:reset-totp': {
      const secrets = await resetConsoleTotp(deps.db, username, {
        now: deps.now,
        key,
        actor: OPERATOR,
      });
      deps.write(`new TOTP secret for ${secrets.username}; its sessions were ended`);
      printSecrets(secrets, deps);
      return 0;
    }
    default: {
      const account = await disableConsoleAccount(deps.db, username, {
        now: deps.now,
        actor: OPERATOR,
      });
      deps.write(`disabled console account ${account.username}; its sessions were ended`);
      return 0;
    }
  }
}

/** Runs a console command; null when `command` is not one of them. */
export function runConsoleCommand(
  command: string | undefined,
  args: readonly string[],
  deps: AdminDeps,
): Promise<number> | null {
  switch (command) {
    case 'console:add-account':
    case 'console:reset-totp':
    case 'console:disable':
      return run(command, args, deps);
    case undefined:
    default:
      return null;
  }
}
