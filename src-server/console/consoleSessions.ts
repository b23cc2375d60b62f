/**
 * Server-side console sessions. The cookie holds 256 random bits; the table holds only their
 * SHA-256, so a copy of the database opens no session. A session ends 30 minutes after its last
 * request or 12 hours after sign-in, whichever comes first.
 */
import { randomBytes } from 'node:crypto';
import type { ConsoleAccount, ConsoleRole } from '../../src-shared/console/consoleApi';
import { sha256Hex } from '../auth/secrets';
import { toUnitLevel } from '../auth/unitLevel';
import type { Db, Queryable } from '../db/db';
import { readIsoTime, readOptionalIsoTime, readString } from '../db/row';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

function hashSessionId(sessionId: string): string {
  return sha256Hex(`console-session:${sessionId}`);
}

export type NewSession = { sessionId: string; csrfToken: string; expiresAt: string };

export async function createSession(
  q: Queryable,
  accountId: string,
  now: Date,
): Promise<NewSession> {
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString();
  await q.query(
    `insert into console_sessions (id_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $4, $5)`,
    [hashSessionId(sessionId), accountId, csrfToken, now.toISOString(), expiresAt],
  );
  return { sessionId, csrfToken, expiresAt };
}

export type LiveSession = {
  account: ConsoleAccount;
  csrfToken: string;
  expiresAt: string;
  sessionIdHash: string;
};

/** The session behind a cookie value, refreshed; null when unknown, expired or its account disabled. */
export async function loadSession(
  db: Db,
  sessionId: string | undefined,
  now: Date,
): Promise<LiveSession | null> {
  if (sessionId === undefined || !SESSION_ID.test(sessionId)) return null;
  const idHash = hashSessionId(sessionId);
  const row = (
    await db.query(
      `select s.csrf_token, s.last_seen_at, s.expires_at, a.id, a.username, a.role, a.disabled_at,
              u.code, u.name, u.level
         from console_sessions s
         join console_accounts a on a.id = s.account_id
         join units u on u.code = a.unit_code
        where s.id_hash = $1`,
      [idHash],
    )
  )[0];
  if (row === undefined) return null;
  const expiresAt = readIsoTime(row, 'expires_at');
  const lastSeen = Date.parse(readIsoTime(row, 'last_seen_at'));
  const isOver =
    now.getTime() >= Date.parse(expiresAt) ||
    now.getTime() - lastSeen >= SESSION_IDLE_MS ||
    readOptionalIsoTime(row, 'disabled_at') !== null;
  if (isOver) {
    await db.query('delete from console_sessions where id_hash = $1', [idHash]);
    return null;
  }
  await db.query('update console_sessions set last_seen_at = $2 where id_hash = $1', [
    idHash,
    now.toISOString(),
  ]);
  return {
    account: {
      id: readString(row, 'id'),
      username: readString(row, 'username'),
      role: readString(row, 'role') as ConsoleRole,
      unit: {
        code: readString(row, 'code'),
        name: readString(row, 'name'),
        level: toUnitLevel(readString(row, 'level')),
      },
    },
    csrfToken: readString(row, 'csrf_token'),
    expiresAt,
    sessionIdHash: idHash,
  };
}

export async function deleteSession(q: Queryable, sessionIdHash: string): Promise<void> {
  await q.query('delete from console_sessions where id_hash = $1', [sessionIdHash]);
}
