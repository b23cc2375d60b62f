/**
 * Attachment bytes at rest (DESIGN.md §5): stored only encrypted under the data key
 * (security/blobCipher.ts), marked `sealed: 1`. The encryption is WebCrypto, so it runs before
 * the write transaction, like the SHA-256. Rows an older build stored in clear have no mark until
 * the securing of existing data (sealExisting.ts) rewrites them.
 */
import { decryptBlob, encryptBlob } from '../security/blobCipher';
import { VaultLockedError } from '../security/errors';
import type { JianhuDb } from './database';
import type { AttachmentRow } from './rowTypes';

function blobKey(db: JianhuDb): Promise<CryptoKey> {
  if (!db.keyring) throw new VaultLockedError('A raw handle holds no key');
  return db.keyring.keys().blobKey();
}

/** The stored form of a file's bytes. */
export async function sealAttachmentBytes(db: JianhuDb, blob: Blob, sha256: string): Promise<Blob> {
  return encryptBlob(await blobKey(db), blob, sha256);
}

/** The file's bytes, with its type, from a stored row (SealedRowError when they do not verify). */
export async function readAttachmentBytes(db: JianhuDb, row: AttachmentRow): Promise<Blob> {
  if (row.sealed !== 1) return row.blob;
  return decryptBlob(await blobKey(db), row.blob, row.sha256, row.mime);
}
