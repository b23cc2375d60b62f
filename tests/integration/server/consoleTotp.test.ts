/** TOTP acceptance: RFC 6238 vectors, one step either side of now, and replays refused. */
import { describe, expect, it } from 'vitest';
import {
  acceptTotp,
  generateTotpSecret,
  totpCodeAt,
  totpUri,
} from '../../../src-server/console/totp';
import { openSecret, readConsoleKey, sealSecret } from '../../../src-server/console/secretBox';

// RFC 6238 appendix B: the ASCII secret "12345678901234567890" (base32 below), SHA-1, 8 digits;
// the last 6 digits are the 6-digit code of the same time.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const STEP_MS = 30_000;

describe('console TOTP', () => {
  it('computes the RFC 6238 SHA-1 test vectors', () => {
    expect(totpCodeAt(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCodeAt(RFC_SECRET, new Date(1_234_567_890_000))).toBe('005924');
  });

  it('accepts the previous, current and next step, nothing further', () => {
    const secret = generateTotpSecret();
    const now = new Date('2026-12-01T02:00:10Z');
    const step = Math.floor(now.getTime() / STEP_MS);
    const at = (offset: number) => new Date(now.getTime() + offset * STEP_MS);
    expect(acceptTotp(secret, totpCodeAt(secret, at(-1)), now, 0)).toBe(step - 1);
    expect(acceptTotp(secret, totpCodeAt(secret, at(0)), now, 0)).toBe(step);
    expect(acceptTotp(secret, totpCodeAt(secret, at(1)), now, 0)).toBe(step + 1);
    expect(acceptTotp(secret, totpCodeAt(secret, at(-2)), now, 0)).toBeNull();
    expect(acceptTotp(secret, totpCodeAt(secret, at(2)), now, 0)).toBeNull();
  });

  it('refuses a code of the step last used or an earlier one (replay)', () => {
    const secret = generateTotpSecret();
    const now = new Date('2026-12-01T02:00:10Z');
    const step = Math.floor(now.getTime() / STEP_MS);
    const code = totpCodeAt(secret, now);
    expect(acceptTotp(secret, code, now, step - 1)).toBe(step);
    expect(acceptTotp(secret, code, now, step)).toBeNull();
    // A code of the previous step after the current one was used: also refused.
    expect(
      acceptTotp(secret, totpCodeAt(secret, new Date(now.getTime() - STEP_MS)), now, step),
    ).toBeNull();
  });

  it('makes an otpauth URI authenticator apps read, and seals secrets only under a key', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, 'wang.fang')).toBe(
      `otpauth://totp/Jianhu%20Console:wang.fang?issuer=Jianhu%20Console&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    const key = readConsoleKey('ab'.repeat(32));
    const sealed = sealSecret(secret, key);
    expect(sealed).toMatch(/^aes-gcm:/);
    expect(openSecret(sealed, key)).toBe(secret);
    expect(() => openSecret(sealed, readConsoleKey('cd'.repeat(32)))).toThrow();
    expect(sealSecret(secret, null)).toBe(`plain:${secret}`);
    expect(() => readConsoleKey('too-short')).toThrow(/64 hex/);
  });
});
