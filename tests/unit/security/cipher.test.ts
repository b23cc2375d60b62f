import { describe, expect, it } from 'vitest';
import { openBytes, sealBytes } from '../../../src-renderer/src/security/cipher';
import {
  decryptBlob,
  encryptBlob,
  BLOB_CHUNK_BYTES,
} from '../../../src-renderer/src/security/blobCipher';
import { SealedRowError } from '../../../src-renderer/src/security/errors';
import { unwrapDataKey, wrapDataKey } from '../../../src-renderer/src/security/keyWrap';

const key = Uint8Array.from({ length: 32 }, (_, i) => i);
const text = new TextEncoder().encode('{"parties[].idNumber":[[0,"340102199003071234"]]}');

describe('row cipher (AES-256-GCM, synchronous)', () => {
  it('is standard AES-GCM: WebCrypto opens what it sealed', async () => {
    const sealed = sealBytes(key, text, 'jianhu/row/v1/cases/"c1"');
    const webKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: Uint8Array.from(sealed.iv),
        additionalData: new TextEncoder().encode('jianhu/row/v1/cases/"c1"'),
      },
      webKey,
      Uint8Array.from(sealed.ct),
    );
    expect(new Uint8Array(plain)).toEqual(text);
  });

  it('refuses a flipped bit, another row’s associated data and another key', () => {
    const sealed = sealBytes(key, text, 'a');
    expect(openBytes(key, sealed, 'a')).toEqual(text);
    const flipped = Uint8Array.from(sealed.ct);
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(openBytes(key, { ...sealed, ct: flipped }, 'a')).toBeNull();
    expect(openBytes(key, sealed, 'b')).toBeNull();
    expect(openBytes(new Uint8Array(32), sealed, 'a')).toBeNull();
  });

  it('uses a fresh IV every time', () => {
    const a = sealBytes(key, text, 'a');
    const b = sealBytes(key, text, 'a');
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ct).not.toEqual(b.ct);
  });
});

describe('key wrap', () => {
  it('opens only with the same key-encryption key and the same associated data', async () => {
    const dataKey = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = await wrapDataKey(key, dataKey, 'jianhu/wrap/user/u1');
    expect(await unwrapDataKey(key, wrapped, 'jianhu/wrap/user/u1')).toEqual(dataKey);
    expect(await unwrapDataKey(key, wrapped, 'jianhu/wrap/user/u2')).toBeNull();
    expect(await unwrapDataKey(new Uint8Array(32), wrapped, 'jianhu/wrap/user/u1')).toBeNull();
  });
});

describe('attachment bytes (chunked AES-GCM)', () => {
  const blobKey = () =>
    crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const bytes = new Uint8Array(BLOB_CHUNK_BYTES * 2 + 123);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
  // Deep equality of megabytes is slow in the test runner: compare as Buffers.
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  const plain = new Blob([bytes], { type: 'application/pdf' });

  it('round-trips a file of three chunks, keeping its type, and never holds the clear bytes', async () => {
    const k = await blobKey();
    const sealed = await encryptBlob(k, plain, 'abc');
    expect(sealed.size).toBe(16 + bytes.length + 3 * 16);
    const sealedBytes = new Uint8Array(await sealed.arrayBuffer());
    expect(same(sealedBytes.slice(16, 116), bytes.slice(0, 100))).toBe(false);
    const back = await decryptBlob(k, sealed, 'abc', 'application/pdf');
    expect(back.type).toBe('application/pdf');
    expect(same(new Uint8Array(await back.arrayBuffer()), bytes)).toBe(true);
  });

  it('refuses a cut-off file, a dropped chunk, a flipped byte and another file’s hash', async () => {
    const k = await blobKey();
    const sealed = await encryptBlob(k, plain, 'abc');
    const chunk = BLOB_CHUNK_BYTES + 16;
    const cut = sealed.slice(0, 16 + 2 * chunk); // the last chunk is gone: chunk 1 claims "more"
    const dropped = new Blob([sealed.slice(0, 16 + chunk), sealed.slice(16 + 2 * chunk)]);
    const raw = new Uint8Array(await sealed.arrayBuffer());
    raw[100] = (raw[100] ?? 0) ^ 0xff;
    for (const [bad, sha] of [
      [cut, 'abc'],
      [dropped, 'abc'],
      [new Blob([raw]), 'abc'],
      [sealed, 'abd'],
    ] as const) {
      await expect(decryptBlob(k, bad, sha, '')).rejects.toBeInstanceOf(SealedRowError);
    }
  });
});
