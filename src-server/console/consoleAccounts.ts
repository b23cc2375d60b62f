/**
 * Console accounts: created by the admin CLI (the first one) or by a province/city admin in the
 * console, with a password and a TOTP secret shown once. Every change is audited.
 */
import { randomUUID } from 'node:crypto';
import type { ConsoleRole } from '../../src-shared/console/consoleApi';
import { usernameSchema } from '../../src-shared/console/consoleApi';
import { AdminError } from '../admin/adminCommands';
import { writeAudit, type AuditActor } from '../audit/writeAudit';
import { toUnitLevel } from '../auth/unitLevel';
import type { Db, Queryable, SqlParam } from '../db/db';
import { readString } from '../db/row';
import { generatePassword, hashPassword } from './passwordHash';
import { ROLE_LEVEL } from './consoleScope';
import { sealSecret } from './secretBox';
import { generateTotpSecret, totpUri } from './totp';

/** Who asks for an account change: the operator at the CLI, or a console account. */
export type AccountActor = { kind: 'admin' } | { kind: 'console'; accountId: string };

export type AccountSecrets = {
  id: string;
  username: string;
  /** Absent when the caller chose the password. */
  password?: string;
  otpauthUri: string;
  totpSecret: string;
};

function auditActor(actor: AccountActor): {
  actor: AuditActor;
  detail: Record<string, string>;
} {
  return actor.kind === 'admin'
    ? { actor: 'admin', detail: {} }
    : { actor: 'console', detail: { accountId: actor.accountId } };
}

export type CreateAccountInput = {
  username: string;
  role: ConsoleRole;
  unitCode: string;
  /** Omitted → a generated one, returned once. */
  password?: string | undefined;
};

export async function createConsoleAccount(
  db: Db,
  input: CreateAccountInput,
  options: { now: Date; key: Buffer | null; actor: AccountActor },
): Promise<AccountSecrets> {
  const parsed = usernameSchema.safeParse(input.username);
  if (!parsed.success) throw new AdminError('a username has 3–40 of a–z, 0–9, . _ -');
  const username = parsed.data;
  if (input.password !== undefined && input.password.length < 12)
    throw new AdminError('a console password has at least 12 characters');
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const totpSecret = generateTotpSecret();
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const unit = (await tx.query('select level from units where code = $1', [input.unitCode]))[0];
    if (unit === undefined) throw new AdminError(`no unit ${input.unitCode}`);
    const level = ROLE_LEVEL[input.role];
    if (level !== null && toUnitLevel(readString(unit, 'level')) !== level)
      throw new AdminError(`a ${input.role} belongs to a ${level} unit`);
    const inserted = await tx.query(
      `insert into console_accounts (id, username, password_hash, totp_secret, role, unit_code, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (username) do nothing returning id`,
      [
        id,
        username,
        passwordHash,
        sealSecret(totpSecret, options.key),
        input.role,
        input.unitCode,
        options.now.toISOString(),
      ],
    );
    if (inserted.length === 0) throw new AdminError(`account ${username} exists already`);
    const who = auditActor(options.actor);
    await writeAudit(tx, {
      at: options.now,
      actor: who.actor,
      unitCode: input.unitCode,
      action: 'console.account.create',
      detail: { ...who.detail, targetAccountId: id, role: input.role },
    });
  });
  return {
    id,
    username,
    ...(input.password === undefined ? { password } : {}),
    otpauthUri: totpUri(totpSecret, username),
    totpSecret,
  };
}

export type StoredAccount = {
  id: string;
  username: string;
  role: ConsoleRole;
  unitCode: string;
};

async function findAccount(q: Queryable, username: string): Promise<StoredAccount> {
  const row = (
    await q.query(
      'select id, username, role, unit_code from console_accounts where username = $1',
      [username.trim().toLowerCase()],
    )
  )[0];
  if (row === undefined) throw new AdminError(`no console account ${username}`);
  return {
    id: readString(row, 'id'),
    username: readString(row, 'username'),
    role: readString(row, 'role') as ConsoleRole,
    unitCode: readString(row, 'unit_code'),
  };
}

export async function readAccountByUsername(
  q: Queryable,
  username: string,
): Promise<StoredAccount> {
  return findAccount(q, username);
}

/**
 * One change to an existing account in one transaction: the update, the end of its sessions
 * (a changed second factor or a disabled account must not stay signed in) and the audit row.
 */
async function changeAccount(
  db: Db,
  username: string,
  options: { now: Date; actor: AccountActor },
  action: string,
  update: { sql: string; params: readonly SqlParam[] },
): Promise<StoredAccount> {
  return db.transaction(async (tx) => {
    const found = await findAccount(tx, username);
    await tx.query(update.sql, [found.id, ...update.params]);
    await tx.query('delete from console_sessions where account_id = $1', [found.id]);
    const who = auditActor(options.actor);
    await writeAudit(tx, {
      at: options.now,
      actor: who.actor,
      unitCode: found.unitCode,
      action,
      detail: { ...who.detail, targetAccountId: found.id },
    });
    return found;
  });
}

/** A new TOTP secret (the old authenticator entry stops working); its sessions end. */
export async function resetConsoleTotp(
  db: Db,
  username: string,
  options: { now: Date; key: Buffer | null; actor: AccountActor },
): Promise<AccountSecrets> {
  const totpSecret = generateTotpSecret();
  const account = await changeAccount(db, username, options, 'console.account.reset-totp', {
    sql: 'update console_accounts set totp_secret = $2, totp_last_step = 0 where id = $1',
    params: [sealSecret(totpSecret, options.key)],
  });
  return {
    id: account.id,
    username: account.username,
    otpauthUri: totpUri(totpSecret, account.username),
    totpSecret,
  };
}

/** Disabled accounts cannot sign in; their sessions end at once. */
export async function disableConsoleAccount(
  db: Db,
  username: string,
  options: { now: Date; actor: AccountActor },
): Promise<StoredAccount> {
  return changeAccount(db, username, options, 'console.account.disable', {
    sql: 'update console_accounts set disabled_at = coalesce(disabled_at, $2) where id = $1',
    params: [options.now.toISOString()],
  });
}
