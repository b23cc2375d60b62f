/**
 * The layout of a backup file (`.jhbak`):
 *
 *   "JHBK" | header length (uint32 BE) | header (JSON, UTF-8) | encrypted body
 *
 * The header is archiveHeader.ts; the body is security/archiveCipher.ts's chunks over the plain
 * body of archiveBody.ts. Reading the header is cheap (a few KiB) and needs no key, so the restore
 * can show who may open the archive before anything is decrypted.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sealedBodyBytes } from '../../security/archiveCipher';
import { currentSchemaVersion } from '../migrations';
import {
  ARCHIVE_VERSION,
  archiveHeaderSchema,
  archiveVersionSchema,
  encodeArchiveHeader,
  type ArchiveHeader,
} from './archiveHeader';
import { BackupRefusal, type Refused } from './backupRefusal';

const MAGIC = new Uint8Array([0x4a, 0x48, 0x42, 0x4b]); // "JHBK"
const PREFIX_BYTES = 8;
/** Room for a couple of thousand users' wraps; anything longer is not ours. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

/** The suffix of backup files, without the dot. */
export const ARCHIVE_EXTENSION = 'jhbak';

export type OpenedArchive = {
  header: ArchiveHeader;
  /** SHA-256 (hex) of the header bytes as stored: part of every chunk's associated data. */
  headerHash: string;
  /** The encrypted body. */
  body: Blob;
};

export type HeaderRead = ({ ok: true } & OpenedArchive) | Refused;

/** The header's bytes and their hash, as `assembleArchive` will store them. */
export function headerBytesOf(header: ArchiveHeader): { bytes: Uint8Array; hash: string } {
  const bytes = encodeArchiveHeader(header);
  return { bytes, hash: bytesToHex(sha256(bytes)) };
}

/** The whole file: prefix, header, body (as Blob parts, nothing copied). */
export function assembleArchive(headerBytes: Uint8Array, sealedBody: Blob): Blob {
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(MAGIC, 0);
  new DataView(prefix.buffer).setUint32(4, headerBytes.byteLength);
  return new Blob([prefix, Uint8Array.from(headerBytes), sealedBody], {
    type: 'application/octet-stream',
  });
}

function refuse(reason: BackupRefusal): Refused {
  return { ok: false, reason };
}

/**
 * Reads and checks the header of `archive`: our magic, a header that parses, a known version, and
 * a body exactly as long as the header says. Decrypts nothing.
 */
export async function readArchiveHeader(archive: Blob): Promise<HeaderRead> {
  if (archive.size < PREFIX_BYTES) return refuse(BackupRefusal.notAnArchive);
  const prefix = new Uint8Array(await archive.slice(0, PREFIX_BYTES).arrayBuffer());
  if (!MAGIC.every((b, i) => prefix[i] === b)) return refuse(BackupRefusal.notAnArchive);
  const headerLength = new DataView(prefix.buffer).getUint32(4);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) return refuse(BackupRefusal.damaged);
  if (archive.size < PREFIX_BYTES + headerLength) return refuse(BackupRefusal.truncated);
  const bytes = new Uint8Array(
    await archive.slice(PREFIX_BYTES, PREFIX_BYTES + headerLength).arrayBuffer(),
  );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse(BackupRefusal.damaged);
  }
  const version = archiveVersionSchema.safeParse(json);
  if (version.success && version.data.version > ARCHIVE_VERSION) {
    return refuse(BackupRefusal.tooNew);
  }
  const parsed = archiveHeaderSchema.safeParse(json);
  if (!parsed.success) return refuse(BackupRefusal.damaged);
  const header: ArchiveHeader = parsed.data;
  if (header.schemaVersion > currentSchemaVersion) return refuse(BackupRefusal.tooNew);
  const body = archive.slice(PREFIX_BYTES + headerLength);
  const expected = sealedBodyBytes(header.bodyBytes, header.chunkBytes);
  if (body.size < expected) return refuse(BackupRefusal.truncated);
  if (body.size > expected) return refuse(BackupRefusal.damaged);
  return { ok: true, header, headerHash: bytesToHex(sha256(bytes)), body };
}
