/**
 * The data key wrapped (AES-256-GCM through WebCrypto) under a key-encryption key: a user's
 * password-derived key, or the recovery key. The associated data names whose wrap it is, so a
 * wrap copied onto another user's credential does not open.
 */
import type { Envelope } from './cipher';
import { IV_BYTES } from './cipher';

function importKek(kek: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', Uint8Array.from(kek), 'AES-GCM', false, [usage]);
}

const encoder = new TextEncoder();

export async function wrapDataKey(
  kek: Uint8Array,
  dataKey: Uint8Array,
  aad: string,
): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    await importKek(kek, 'encrypt'),
    Uint8Array.from(dataKey),
  );
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** The data key, or null when the key-encryption key is wrong or the wrap was altered. */
export async function unwrapDataKey(
  kek: Uint8Array,
  wrapped: Envelope,
  aad: string,
): Promise<Uint8Array | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: Uint8Array.from(wrapped.iv), additionalData: encoder.encode(aad) },
      await importKek(kek, 'decrypt'),
      Uint8Array.from(wrapped.ct),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** Associated data of a user's wrap, and of the recovery key's. */
export const wrapAad = {
  user: (userId: string) => `jianhu/wrap/user/${userId}`,
  recovery: 'jianhu/wrap/recovery',
  workstation: 'jianhu/wrap/workstation',
} as const;

/** A fresh 256-bit data key. */
export function newDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}
