/**
 * Attachment bytes at rest (DESIGN.md §5): AES-256-GCM through WebCrypto, in 1 MiB chunks so a
 * large file never sits twice in memory and a damaged chunk is found where it is. Each chunk's
 * IV is the file's random 8-byte prefix plus the chunk number; the associated data names the
 * file's SHA-256, the chunk number and whether it is the last, so chunks cannot be reordered,
 * dropped, cut off at the end or moved to another file without failing.
 *
 * Layout: "JHB1" | chunk size (uint32 BE) | IV prefix (8 bytes) | chunk 0 ct+tag | chunk 1 … .
 */
import { SealedRowError } from './errors';

const MAGIC = [0x4a, 0x48, 0x42, 0x31]; // "JHB1"
const HEADER_BYTES = 16;
const TAG_BYTES = 16;
/** Plaintext bytes per chunk. */
export const BLOB_CHUNK_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

function chunkIv(prefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(12);
  iv.set(prefix, 0);
  new DataView(iv.buffer).setUint32(8, index);
  return iv;
}

function chunkAad(sha256: string, index: number, isLast: boolean): Uint8Array<ArrayBuffer> {
  return encoder.encode(`jianhu/blob/v1/${sha256}/${String(index)}/${isLast ? 'last' : 'more'}`);
}

/** The encrypted form of `plain`, whose SHA-256 (hex) is `sha256`. */
export async function encryptBlob(key: CryptoKey, plain: Blob, sha256: string): Promise<Blob> {
  const prefix = crypto.getRandomValues(new Uint8Array(8));
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  new DataView(header.buffer).setUint32(4, BLOB_CHUNK_BYTES);
  header.set(prefix, 8);
  const parts: BlobPart[] = [header];
  const count = Math.max(1, Math.ceil(plain.size / BLOB_CHUNK_BYTES));
  for (let index = 0; index < count; index++) {
    const start = index * BLOB_CHUNK_BYTES;
    const bytes = await plain.slice(start, start + BLOB_CHUNK_BYTES).arrayBuffer();
    const isLast = index === count - 1;
    const ct = await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: chunkIv(prefix, index),
        additionalData: chunkAad(sha256, index, isLast),
      },
      key,
      bytes,
    );
    parts.push(ct);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

/** The original bytes with the original type, or SealedRowError when anything does not verify. */
export async function decryptBlob(
  key: CryptoKey,
  sealed: Blob,
  sha256: string,
  type: string,
): Promise<Blob> {
  const refuse = () => new SealedRowError('attachments');
  if (sealed.size < HEADER_BYTES + TAG_BYTES) throw refuse();
  const header = new Uint8Array(await sealed.slice(0, HEADER_BYTES).arrayBuffer());
  if (!MAGIC.every((b, i) => header[i] === b)) throw refuse();
  const chunkBytes = new DataView(header.buffer).getUint32(4);
  if (chunkBytes === 0) throw refuse();
  const prefix = header.slice(8, 16);
  const sealedChunk = chunkBytes + TAG_BYTES;
  const body = sealed.size - HEADER_BYTES;
  const count = Math.max(1, Math.ceil(body / sealedChunk));
  const parts: BlobPart[] = [];
  for (let index = 0; index < count; index++) {
    const start = HEADER_BYTES + index * sealedChunk;
    const ct = await sealed.slice(start, start + sealedChunk).arrayBuffer();
    if (ct.byteLength < TAG_BYTES) throw refuse();
    try {
      parts.push(
        await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: chunkIv(prefix, index),
            additionalData: chunkAad(sha256, index, index === count - 1),
          },
          key,
          ct,
        ),
      );
    } catch {
      throw refuse();
    }
  }
  return new Blob(parts, { type });
}
