/**
 * AES-256-GCM (NIST SP 800-38D) for values sealed inside IndexedDB transactions. WebCrypto is
 * asynchronous, and awaiting it inside a transaction lets IndexedDB commit half-way (the trap
 * src/db/auditedWrite.ts documents), so row sealing uses the synchronous, audited @noble/ciphers
 * implementation of the same algorithm; its output is standard AES-GCM (a test opens it with
 * WebCrypto). Bulk bytes (attachments) and key wrapping use WebCrypto (blobCipher.ts, keyWrap.ts).
 */
import { gcm } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** A sealed value as stored: a fresh 96-bit IV per value and the ciphertext with its 128-bit tag. */
export type Envelope = { v: 1; iv: Uint8Array; ct: Uint8Array };

export const IV_BYTES = 12;

export function sealBytes(key: Uint8Array, plain: Uint8Array, aad: string): Envelope {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  return { v: 1, iv, ct: gcm(key, iv, utf8ToBytes(aad)).encrypt(plain) };
}

/** The plaintext, or null when the tag does not verify (tampered, moved, or another key). */
export function openBytes(key: Uint8Array, envelope: Envelope, aad: string): Uint8Array | null {
  try {
    return gcm(key, bytesOf(envelope.iv), utf8ToBytes(aad)).decrypt(bytesOf(envelope.ct));
  } catch {
    return null;
  }
}

/**
 * A view of stored bytes in this realm: a structured clone (IndexedDB, a worker, a test's fake
 * database) may hand back a typed array of another realm, which `instanceof` would not accept.
 */
function bytesOf(value: ArrayBufferView): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** True for a stored value shaped like an Envelope (it may still fail to open). */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const { v, iv, ct } = value as Record<string, unknown>;
  return (
    v === 1 &&
    ArrayBuffer.isView(iv) &&
    iv.byteLength === IV_BYTES &&
    ArrayBuffer.isView(ct) &&
    ct.byteLength >= 16
  );
}
