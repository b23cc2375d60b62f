/**
 * `PUT`/`HEAD`/`GET /blobs/:sha256`: attachments addressed by the SHA-256 of their bytes, uploaded
 * in chunks that can resume after a break. The server verifies the hash when the last byte arrives.
 */
import { z } from 'zod';

/** Largest blob (attachment) the server takes by default; devices refuse bigger files before storing them. */
export const MAX_BLOB_BYTES = 256 * 1024 * 1024;

/** Largest chunk one PUT may carry. */
export const MAX_BLOB_CHUNK_BYTES = 8 * 1024 * 1024;

export const blobParamsSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256 is 64 lower-case hex digits' }),
});

/**
 * Where the chunk goes, when the request has no `Content-Range: bytes a-b/total` header.
 * `size` (the whole blob's length) is needed with the first chunk.
 */
export const blobPutQuerySchema = z.strictObject({
  offset: z.coerce.number().int().nonnegative().optional(),
  size: z.coerce.number().int().nonnegative().optional(),
});
export type BlobPutQuery = z.infer<typeof blobPutQuerySchema>;

export const blobStatusSchema = z.object({
  sha256: z.string(),
  /** Declared total size in bytes. */
  size: z.number().int().nonnegative(),
  /** Bytes received so far: the offset of the next chunk. */
  received: z.number().int().nonnegative(),
  /** All bytes received and the hash verified. */
  complete: z.boolean(),
});
export type BlobStatus = z.infer<typeof blobStatusSchema>;
