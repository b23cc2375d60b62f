/**
 * TOTP (RFC 6238) through otpauth: SHA-1, 6 digits, 30 s — what authenticator apps expect. A code
 * is accepted one step either side of now, and only for a step after the last one the account
 * used, so a code seen over a shoulder or in a proxy log cannot be played again.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const ISSUER = 'Jianhu Console';

function totpOf(secretBase32: string, username = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret as base32. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans or imports. */
export function totpUri(secretBase32: string, username: string): string {
  return totpOf(secretBase32, username).toString();
}

/**
 * The time step the code belongs to, or null when it matches none of now −1, now, now +1, or
 * belongs to a step at or before `lastStep` (a replay).
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number,
): number | null {
  const timestamp = now.getTime();
  const delta = totpOf(secretBase32).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  return step > lastStep ? step : null;
}

/** The code of `now` (tests and the e2e spec sign in with it). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}
