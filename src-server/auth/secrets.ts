/**
 * Tokens and enrollment codes. Only SHA-256 hashes are stored: a stolen database does not let
 * anyone sync as a device. Both secrets carry enough entropy that an unsalted hash is safe.
 */
import { createHash, randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a code read aloud or copied by hand survives.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

/** 256 random bits, base64url: the device's bearer token. */
export function generateToken(random: (size: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(32)).toString('base64url');
}

/** 60 random bits as XXXX-XXXX-XXXX (Crockford base32). */
export function generateEnrollmentCode(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(CODE_LENGTH);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[(bytes[i] ?? 0) % 32] ?? '0';
    if (i % 4 === 3 && i < CODE_LENGTH - 1) code += '-';
  }
  return code;
}

/** What a person typed → the canonical code: case, spaces and dashes ignored; O→0, I/L→1. */
export function normalizeEnrollmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashEnrollmentCode(typed: string): string {
  return sha256Hex(`enroll:${normalizeEnrollmentCode(typed)}`);
}

export function hashToken(token: string): string {
  return sha256Hex(`token:${token}`);
}
