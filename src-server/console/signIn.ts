/**
 * Password and TOTP in one step. Any wrong part gives the same answer, so a guesser learns
 * nothing about which part was wrong; five failures in a row lock the account for 15 minutes.
 * The account row is locked for the check, so two requests with one code cannot both pass.
 */
import { writeAudit } from '../audit/writeAudit';
import type { Db } from '../db/db';
import { readNumber, readOptionalIsoTime, readString } from '../db/row';
import { createSession, type NewSession } from './consoleSessions';
import { decoyHash, verifyPassword } from './passwordHash';
import { openSecret } from './secretBox';
import { acceptTotp } from './totp';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export type SignInOutcome =
  | { kind: 'signed-in'; accountId: string; session: NewSession }
  | { kind: 'failed' }
  | { kind: 'locked'; until: string };

export type SignInInput = { username: string; password: string; totp: string };

export async function signIn(
  db: Db,
  input: SignInInput,
  options: { now: Date; key: Buffer | null },
): Promise<SignInOutcome> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const row = (
      await tx.query(
        `select id, unit_code, password_hash, totp_secret, totp_last_step, failed_attempts,
                locked_until, disabled_at
           from console_accounts where username = $1 for update`,
        [input.username.trim().toLowerCase()],
      )
    )[0];
    if (row === undefined) {
      // As slow as a known username, so timing does not tell which names exist.
      await verifyPassword(input.password, await decoyHash());
      await writeAudit(tx, { at: now, actor: 'console', action: 'console.sign-in.unknown' });
      return { kind: 'failed' };
    }
    const accountId = readString(row, 'id');
    const unitCode = readString(row, 'unit_code');
    const lockedUntil = readOptionalIsoTime(row, 'locked_until');
    if (lockedUntil !== null && Date.parse(lockedUntil) > now.getTime())
      return { kind: 'locked', until: lockedUntil };

    const isPasswordRight = await verifyPassword(input.password, readString(row, 'password_hash'));
    const step = isPasswordRight
      ? acceptTotp(
          openSecret(readString(row, 'totp_secret'), options.key),
          input.totp,
          now,
          readNumber(row, 'totp_last_step'),
        )
      : null;
    const isDisabled = readOptionalIsoTime(row, 'disabled_at') !== null;
    if (step === null || isDisabled) {
      const failures = readNumber(row, 'failed_attempts') + 1;
      const isLocking = failures >= MAX_FAILED_SIGN_INS;
      const until = isLocking ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
      await tx.query(
        'update console_accounts set failed_attempts = $2, locked_until = coalesce($3, locked_until) where id = $1',
        [accountId, isLocking ? 0 : failures, until],
      );
      await writeAudit(tx, {
        at: now,
        actor: 'console',
        unitCode,
        action: isLocking ? 'console.account.locked' : 'console.sign-in.failed',
        detail: { accountId, failures },
      });
      return until === null ? { kind: 'failed' } : { kind: 'locked', until };
    }
    await tx.query(
      'update console_accounts set failed_attempts = 0, locked_until = null, totp_last_step = $2 where id = $1',
      [accountId, step],
    );
    const session = await createSession(tx, accountId, now);
    await writeAudit(tx, {
      at: now,
      actor: 'console',
      unitCode,
      action: 'console.sign-in',
      detail: { accountId },
    });
    return { kind: 'signed-in', accountId, session };
  });
}
