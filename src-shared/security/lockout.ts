/**
 * Lockout after repeated wrong passwords (MLPS 2.0 level 3: "登录失败处理"). Pure: the caller passes
 * the stored state and the time, stores what comes back and audits the outcome.
 */

/** Wrong passwords in a row that lock the user. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a locked user stays locked. */
export const LOCKOUT_MINUTES = 15;

/** What is stored per user between attempts. */
export type LockoutState = {
  /** Wrong passwords since the last success or the last lock. */
  failedAttempts: number;
  /** ISO instant until which sign-in is refused without checking the password, or null. */
  lockedUntil: string | null;
};

export const UNLOCKED: LockoutState = { failedAttempts: 0, lockedUntil: null };

/** The instant the user may try again, or null when not locked at `now`. */
export function lockedUntil(state: LockoutState, now: Date): string | null {
  if (state.lockedUntil === null) return null;
  return Date.parse(state.lockedUntil) > now.getTime() ? state.lockedUntil : null;
}

export type FailureOutcome = {
  state: LockoutState;
  /** True when this failure locked the user (audit it as a security event). */
  isNowLocked: boolean;
  /** Tries left before the lock (0 once locked). */
  attemptsLeft: number;
};

/** After a wrong password. A lock that ran out starts a fresh count. */
export function afterFailure(state: LockoutState, now: Date): FailureOutcome {
  const expired = state.lockedUntil !== null && lockedUntil(state, now) === null;
  const failed = (expired ? 0 : state.failedAttempts) + 1;
  if (failed >= MAX_FAILED_ATTEMPTS) {
    const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
    return {
      state: { failedAttempts: 0, lockedUntil: until },
      isNowLocked: true,
      attemptsLeft: 0,
    };
  }
  return {
    state: { failedAttempts: failed, lockedUntil: null },
    isNowLocked: false,
    attemptsLeft: MAX_FAILED_ATTEMPTS - failed,
  };
}
