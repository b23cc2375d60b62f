/**
 * The encrypted body of a backup archive (DESIGN.md §5). AES-256-GCM through WebCrypto in 1 MiB
 * chunks, as blobCipher.ts does for attachments, so an archive never sits twice in memory and a
 * damaged chunk is found where it is. The key is the keyring's `backup` sub-key stretched by HKDF
 * with the archive's own random salt, so every archive has its own key. Each chunk's IV is the
 * archive's random 8-byte prefix plus the chunk number; its associated data names the SHA-256 of
 * the archive's clear header, the chunk number and whether it is the last: a chunk cannot be
 * swapped, reordered, dropped, cut off at the end or paired with another header without failing.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { SealedRowError } from './errors';

/** Plaintext bytes per chunk. */
export const ARCHIVE_CHUNK_BYTES = 1024 * 1024;
const TAG_BYTES = 16;
/**
 * Chunks gathered into one Blob part: a browser may move a Blob's bytes to disk, so the
 * ArrayBuffers of a part can be collected once it is made.
 */
const CHUNKS_PER_PART = 16;

const encoder = new TextEncoder();

/** Everything a chunk's encryption depends on besides its bytes. */
export type ArchiveChunking = {
  key: CryptoKey;
  /** 8 random bytes from the archive's header. */
  ivPrefix: Uint8Array;
  /** SHA-256 (hex) of the header bytes exactly as stored. */
  headerHash: string;
  chunkBytes: number;
};

/** The AES-GCM key of one archive: HKDF(backup sub-key, the archive's salt). */
export function deriveArchiveKey(backupKey: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const raw = hkdf(sha256, backupKey, salt, utf8ToBytes('jianhu/backup/archive/v1'), 32);
  return crypto.subtle.importKey('raw', Uint8Array.from(raw), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

/** How many chunks a body of `plainBytes` makes (an empty body is still one chunk: its tag). */
export function chunkCount(plainBytes: number, chunkBytes: number): number {
  return Math.max(1, Math.ceil(plainBytes / chunkBytes));
}

/** The size of the encrypted body of `plainBytes`: each chunk gains its tag. */
export function sealedBodyBytes(plainBytes: number, chunkBytes: number): number {
  return plainBytes + chunkCount(plainBytes, chunkBytes) * TAG_BYTES;
}

function chunkIv(prefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(12);
  iv.set(prefix.subarray(0, 8), 0);
  new DataView(iv.buffer).setUint32(8, index);
  return iv;
}

function chunkAad(headerHash: string, index: number, isLast: boolean): Uint8Array<ArrayBuffer> {
  return encoder.encode(
    `jianhu/backup/v1/${headerHash}/${String(index)}/${isLast ? 'last' : 'more'}`,
  );
}

/** Collects chunk buffers into Blob parts of CHUNKS_PER_PART chunks. */
function partCollector() {
  const parts: Blob[] = [];
  let pending: ArrayBuffer[] = [];
  return {
    add(buffer: ArrayBuffer) {
      pending.push(buffer);
      if (pending.length >= CHUNKS_PER_PART) {
        parts.push(new Blob(pending));
        pending = [];
      }
    },
    blob(): Blob {
      if (pending.length > 0) parts.push(new Blob(pending));
      pending = [];
      return new Blob(parts, { type: 'application/octet-stream' });
    },
  };
}

/** The encrypted body of `plain`; `onProgress` gets plaintext bytes done and the total. */
export async function encryptArchiveBody(
  chunking: ArchiveChunking,
  plain: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const { key, ivPrefix, headerHash, chunkBytes } = chunking;
  const count = chunkCount(plain.size, chunkBytes);
  const out = partCollector();
  for (let index = 0; index < count; index++) {
    const start = index * chunkBytes;
    const bytes = await plain.slice(start, start + chunkBytes).arrayBuffer();
    const isLast = index === count - 1;
    out.add(
      await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: chunkIv(ivPrefix, index),
          additionalData: chunkAad(headerHash, index, isLast),
        },
        key,
        bytes,
      ),
    );
    onProgress?.(Math.min(plain.size, start + chunkBytes), plain.size);
  }
  return out.blob();
}

/**
 * The plaintext of an encrypted body whose plaintext is `plainBytes` long, every chunk verified.
 * Throws SealedRowError('backup') at the first chunk that does not authenticate, and when the
 * body is not exactly as long as the header says (cut off, or something appended).
 */
export async function decryptArchiveBody(
  chunking: ArchiveChunking,
  sealed: Blob,
  plainBytes: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const { key, ivPrefix, headerHash, chunkBytes } = chunking;
  if (sealed.size !== sealedBodyBytes(plainBytes, chunkBytes)) throw new SealedRowError('backup');
  const count = chunkCount(plainBytes, chunkBytes);
  const sealedChunk = chunkBytes + TAG_BYTES;
  const out = partCollector();
  for (let index = 0; index < count; index++) {
    const start = index * sealedChunk;
    const ct = await sealed.slice(start, start + sealedChunk).arrayBuffer();
    try {
      out.add(
        await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: chunkIv(ivPrefix, index),
            additionalData: chunkAad(headerHash, index, index === count - 1),
          },
          key,
          ct,
        ),
      );
    } catch {
      throw new SealedRowError('backup');
    }
    onProgress?.(Math.min(plainBytes, (index + 1) * chunkBytes), plainBytes);
  }
  return out.blob();
}
