/**
 * The plain body of a backup archive (encrypted as a whole by security/archiveCipher.ts):
 *
 *   "JHBD" | manifest length (uint32 BE) | manifest (JSON) | database export | file 0 | file 1 | …
 *
 * The database export is dexie-export-import's JSON of every table. A Blob stored in a row (the
 * attachments' encrypted bytes) would be base64 inside that JSON, read whole into memory; instead
 * the export puts a marker `{ "$jianhuFrame": n }` in its place and its bytes follow the JSON as
 * file n, so the body is Blob parts end to end and no file is copied in memory to make it.
 */
import { z } from 'zod';
import { BackupRefusal, BackupRefusedError } from './backupRefusal';

const MAGIC = new Uint8Array([0x4a, 0x48, 0x42, 0x44]); // "JHBD"
const PREFIX_BYTES = 8;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const FRAME_FIELD = '$jianhuFrame';

const manifestSchema = z.strictObject({
  dbBytes: z.int().nonnegative(),
  frames: z.array(
    z.strictObject({
      table: z.string().min(1).max(64),
      field: z.string().min(1).max(64),
      type: z.string().max(255),
      bytes: z.int().nonnegative(),
    }),
  ),
});
type Manifest = z.output<typeof manifestSchema>;

type Row = Record<string, unknown>;
type Transform = (table: string, value: unknown) => { value: unknown };

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the export's transform collected: the Blobs it took out of rows, in marker order. */
export type FrameCollector = {
  transform: Transform;
  frames: { table: string; field: string; blob: Blob }[];
};

/** The export transform: top-level Blob fields become markers, their Blobs are kept aside. */
export function collectFrames(): FrameCollector {
  const frames: FrameCollector['frames'] = [];
  const transform: Transform = (table, value) => {
    if (!isRow(value)) return { value };
    let out: Row | null = null;
    for (const [field, fieldValue] of Object.entries(value)) {
      if (!(fieldValue instanceof Blob)) continue;
      out ??= { ...value };
      out[field] = { [FRAME_FIELD]: frames.length };
      frames.push({ table, field, blob: fieldValue });
    }
    return { value: out ?? value };
  };
  return { transform, frames };
}

/** The plain body: prefix, manifest, the export, then each collected file. */
export function composeBody(dbExport: Blob, frames: FrameCollector['frames']): Blob {
  const manifest: Manifest = {
    dbBytes: dbExport.size,
    frames: frames.map(({ table, field, blob }) => ({
      table,
      field,
      type: blob.type,
      bytes: blob.size,
    })),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(MAGIC, 0);
  new DataView(prefix.buffer).setUint32(4, manifestBytes.byteLength);
  return new Blob([prefix, manifestBytes, dbExport, ...frames.map((frame) => frame.blob)]);
}

export type ParsedBody = {
  dbExport: Blob;
  /** The import transform: markers back to Blobs (slices of the body, with their types). */
  transform: Transform;
  /** Files no row claimed, or claimed twice: 0 for a body this module made. */
  unclaimedFrames: () => number;
};

function damaged(): BackupRefusedError {
  return new BackupRefusedError(BackupRefusal.damaged);
}

/**
 * Splits an authenticated plain body. A malformed one is refused as damaged: it decrypted under
 * the unit's key, so only a build bug or a foreign tool could have made it.
 */
export async function parseBody(plain: Blob): Promise<ParsedBody> {
  if (plain.size < PREFIX_BYTES) throw damaged();
  const prefix = new Uint8Array(await plain.slice(0, PREFIX_BYTES).arrayBuffer());
  if (!MAGIC.every((b, i) => prefix[i] === b)) throw damaged();
  const length = new DataView(prefix.buffer).getUint32(4);
  if (length > MAX_MANIFEST_BYTES || PREFIX_BYTES + length > plain.size) throw damaged();
  let manifest: Manifest;
  try {
    const text = await plain.slice(PREFIX_BYTES, PREFIX_BYTES + length).text();
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch {
    throw damaged();
  }
  let offset = PREFIX_BYTES + length;
  const dbExport = plain.slice(offset, offset + manifest.dbBytes, 'application/json');
  offset += manifest.dbBytes;
  const files = manifest.frames.map((frame) => {
    const blob = plain.slice(offset, offset + frame.bytes, frame.type);
    offset += frame.bytes;
    return { ...frame, blob, claims: 0 };
  });
  if (offset !== plain.size) throw damaged();

  const transform: Transform = (table, value) => {
    if (!isRow(value)) return { value };
    let out: Row | null = null;
    for (const [field, fieldValue] of Object.entries(value)) {
      if (!isRow(fieldValue) || !(FRAME_FIELD in fieldValue)) continue;
      const file = files[Number(fieldValue[FRAME_FIELD])];
      if (file?.table !== table || file.field !== field) throw damaged();
      file.claims += 1;
      out ??= { ...value };
      out[field] = file.blob;
    }
    return { value: out ?? value };
  };
  return {
    dbExport,
    transform,
    unclaimedFrames: () => files.filter((file) => file.claims !== 1).length,
  };
}
