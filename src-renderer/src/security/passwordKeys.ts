/**
 * What a password gives (DESIGN.md §5): PBKDF2-SHA256 through WebCrypto (600,000 iterations, the
 * OWASP 2023 figure for this hash) over a per-user random salt, split by HKDF into a verifier
 * (stored, compared in constant time) and a key-encryption key that unwraps the data key (never
 * stored). Works alike in the Electron renderer, the web build, a worker and Node ≥ 20.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;

/** How a password was stretched; stored with the user's credential so it can be raised later. */
export type KdfParams = { alg: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array };

export type PasswordKeys = {
  /** Stored: proves the password without being able to unwrap anything. */
  verifier: Uint8Array;
  /** Kept in memory only for the moment of wrapping or unwrapping the data key. */
  kek: Uint8Array;
};

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  return {
    alg: 'PBKDF2-SHA256',
    iterations,
    salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  };
}

/** NFC, so the same characters typed through different input methods are the same password. */
function passwordBytes(password: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(password.normalize('NFC'));
}

export async function derivePasswordKeys(
  password: string,
  params: KdfParams,
): Promise<PasswordKeys> {
  const base = await crypto.subtle.importKey('raw', passwordBytes(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = new Uint8Array(
    await crypto.subtle.deriveBits(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: Uint8Array.from(params.salt),
        iterations: params.iterations,
      },
      base,
      256,
    ),
  );
  return {
    verifier: hkdf(sha256, master, undefined, utf8ToBytes('jianhu/password/verifier/v1'), 32),
    kek: hkdf(sha256, master, undefined, utf8ToBytes('jianhu/password/kek/v1'), 32),
  };
}

/** Byte equality in time independent of where the first difference is. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
