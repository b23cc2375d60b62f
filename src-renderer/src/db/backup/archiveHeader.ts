/**
 * The clear header of a backup archive: what a restore must know before it can decrypt anything
 * (who may open it, with which wraps) and what it checks afterwards (row counts, the audit head).
 * It holds no data key and no sensitive value: the wraps are the ones already stored on the
 * device. It is untrusted input — parsed with zod here — until the body authenticates, because
 * every body chunk's associated data names the SHA-256 of these exact bytes.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { Role, codeValues } from '../../../../src-shared/domain/codes';
import type { UserId } from '../../../../src-shared/domain/ids';
import { unitSchema } from '../../../../src-shared/domain/unit';
import type { Envelope } from '../../security/cipher';
import type { KdfParams } from '../../security/passwordKeys';

export const ARCHIVE_FORMAT = 'jianhu-backup';
/** Version of this layout; a reader refuses a higher one as made by a newer build. */
export const ARCHIVE_VERSION = 1;
/** What made the archive. */
export const BackupKind = {
  /** "Back up now" in the settings. */
  manual: 'manual',
  /** The schedule, kept by the app (last N). */
  auto: 'auto',
  /** The recovery path when the database will not open normally. */
  recovery: 'recovery',
} as const;
export type BackupKind = (typeof BackupKind)[keyof typeof BackupKind];

function hexBytes(min: number, max: number) {
  return z
    .string()
    .regex(/^(?:[0-9a-f]{2})*$/)
    .min(min * 2)
    .max(max * 2)
    .transform((hex) => hexToBytes(hex));
}

const envelopeSchema = z.strictObject({
  v: z.literal(1),
  iv: hexBytes(12, 12),
  ct: hexBytes(16, 1024),
});

const archiveUserSchema = z.strictObject({
  // Branded once it parses: the id is then checked against the restored users table.
  userId: z
    .string()
    .min(1)
    .max(64)
    .transform((id) => id as UserId),
  name: z.string().min(1).max(100),
  role: z.enum(codeValues(Role)),
  isAdmin: z.boolean(),
  active: z.boolean(),
  kdf: z.strictObject({
    alg: z.literal('PBKDF2-SHA256'),
    iterations: z.int().min(1_000).max(10_000_000),
    salt: hexBytes(16, 64),
  }),
  verifier: hexBytes(32, 32),
  wrappedKey: envelopeSchema,
});
export type ArchiveUser = {
  userId: UserId;
  name: string;
  role: Role;
  isAdmin: boolean;
  active: boolean;
  kdf: KdfParams;
  verifier: Uint8Array;
  wrappedKey: Envelope;
};

const tableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);

export const archiveHeaderSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  kind: z.enum(BackupKind),
  unit: unitSchema,
  deviceId: z.string().min(1).max(64),
  schemaVersion: z.int().min(1).max(10_000),
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  users: z.array(archiveUserSchema).max(2_000),
  recoveryWrap: envelopeSchema.nullable(),
  rowCounts: z.record(tableNameSchema, z.int().nonnegative()),
  /** Tables a recovery export could not read (empty for every other backup). */
  unreadableTables: z.array(tableNameSchema).max(100),
  auditHead: z.strictObject({
    seq: z.int().nonnegative(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  salt: hexBytes(32, 32),
  ivPrefix: hexBytes(8, 8),
  chunkBytes: z
    .int()
    .min(1024)
    .max(64 * 1024 * 1024),
  /** Plaintext bytes of the body. */
  bodyBytes: z.int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type ArchiveHeader = Omit<z.output<typeof archiveHeaderSchema>, 'users' | 'recoveryWrap'> & {
  users: ArchiveUser[];
  recoveryWrap: Envelope | null;
};

/** Only the format and version, to tell "made by a newer build" from "not an archive". */
export const archiveVersionSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.int().min(1),
});

/** A stored byte array as this realm's Uint8Array (see cipher.ts bytesOf). */
function hexOf(bytes: ArrayBufferView): string {
  return bytesToHex(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function envelopeJson(envelope: Envelope) {
  return { v: envelope.v, iv: hexOf(envelope.iv), ct: hexOf(envelope.ct) };
}

/** The header as JSON text bytes (the inverse of the schema's parse). */
export function encodeArchiveHeader(header: ArchiveHeader): Uint8Array {
  const json = {
    ...header,
    users: header.users.map((user) => ({
      ...user,
      kdf: { ...user.kdf, salt: hexOf(user.kdf.salt) },
      verifier: hexOf(user.verifier),
      wrappedKey: envelopeJson(user.wrappedKey),
    })),
    recoveryWrap: header.recoveryWrap ? envelopeJson(header.recoveryWrap) : null,
    salt: hexOf(header.salt),
    ivPrefix: hexOf(header.ivPrefix),
  };
  return new TextEncoder().encode(JSON.stringify(json));
}
