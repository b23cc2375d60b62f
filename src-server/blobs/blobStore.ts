/**
 * Attachments by SHA-256, per unit (a unit never learns whether another unit holds a hash).
 * Each received chunk is one row of blob_chunks, so resuming appends instead of rewriting a
 * growing bytea, the bytes share the database's transactions and backups, and PGlite and
 * PostgreSQL store them the same way. The hash is checked when the last byte arrives.
 */
import { createHash } from 'node:crypto';
import type { BlobStatus } from '../../src-shared/sync/blobs';
import { UPLOAD_OFFSET_HEADER } from '../../src-shared/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import type { Db, Queryable } from '../db/db';
import { readBoolean, readBytes, readNumber } from '../db/row';
import { HttpError } from '../http/httpError';

/** Chunks read per query while hashing or sending: bounded memory for large blobs. */
const CHUNKS_PER_READ = 4;

export async function readBlobStatus(
  q: Queryable,
  unitCode: string,
  sha256: string,
): Promise<BlobStatus | null> {
  const row = (
    await q.query(
      'select size, received, complete from blobs where unit_code = $1 and sha256 = $2',
      [unitCode, sha256],
    )
  )[0];
  if (row === undefined) return null;
  return {
    sha256,
    size: readNumber(row, 'size'),
    received: readNumber(row, 'received'),
    complete: readBoolean(row, 'complete'),
  };
}

/** The blob's chunks in order, a few rows at a time. */
export async function* readBlobChunks(
  q: Queryable,
  unitCode: string,
  sha256: string,
): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (;;) {
    const rows = await q.query(
      `select start_offset, data from blob_chunks where unit_code = $1 and sha256 = $2 and start_offset >= $3::int8
        order by start_offset limit ${CHUNKS_PER_READ}`,
      [unitCode, sha256, from],
    );
    for (const row of rows) yield readBytes(row, 'data');
    const last = rows.at(-1);
    if (last === undefined || rows.length < CHUNKS_PER_READ) return;
    from = readNumber(last, 'start_offset') + 1;
  }
}

export type BlobChunk = {
  unitCode: string;
  deviceId: string;
  sha256: string;
  /** Where the chunk starts; must equal the bytes received so far. */
  offset: number;
  /** The whole blob's size; required with the first chunk, checked against later ones. */
  size: number | undefined;
  bytes: Uint8Array;
  maxBlobBytes: number;
  now: Date;
};

function offsetConflict(received: number, message: string): HttpError {
  return new HttpError(409, 'conflict', message, { [UPLOAD_OFFSET_HEADER]: String(received) });
}

export async function appendBlobChunk(db: Db, chunk: BlobChunk): Promise<BlobStatus> {
  const { unitCode, sha256 } = chunk;
  const outcome = await db.transaction(async (tx): Promise<BlobStatus | 'hash-mismatch'> => {
    const at = chunk.now.toISOString();
    const lockRow = () =>
      tx.query(
        'select size, received, complete from blobs where unit_code = $1 and sha256 = $2 for update',
        [unitCode, sha256],
      );
    let status = (await lockRow())[0];
    if (status === undefined) {
      if (chunk.size === undefined)
        throw new HttpError(400, 'bad-request', 'the first chunk must give the blob size');
      if (chunk.size > chunk.maxBlobBytes)
        throw new HttpError(
          413,
          'payload-too-large',
          `blobs are limited to ${chunk.maxBlobBytes} bytes`,
        );
      if (chunk.offset !== 0) throw offsetConflict(0, 'nothing received yet: start at offset 0');
      // Two devices may send the first chunk of one new blob at once. `on conflict do nothing`
      // waits for the other insert to commit instead of failing on the primary key; the row is
      // then locked and read as the winner left it, so the loser gets the offset checks below
      // (409 with the offset to resume from, or the complete blob) — never a 5xx.
      await tx.query(
        `insert into blobs (unit_code, sha256, size, received, complete, created_at) values ($1, $2, $3::int8, 0, false, $4::timestamptz)
         on conflict (unit_code, sha256) do nothing`,
        [unitCode, sha256, chunk.size, at],
      );
      status = (await lockRow())[0];
    }
    // Gone again only if the winner's bytes failed the hash check and were discarded meanwhile.
    if (status === undefined)
      throw offsetConflict(0, 'the upload was discarded meanwhile: start again at offset 0');
    const size = readNumber(status, 'size');
    const received = readNumber(status, 'received');
    if (readBoolean(status, 'complete')) return { sha256, size, received, complete: true };
    if (chunk.size !== undefined && chunk.size !== size)
      throw offsetConflict(received, `this upload declared ${size} bytes`);
    if (chunk.offset !== received)
      throw offsetConflict(received, `the server holds ${received} bytes: resume there`);
    if (received + chunk.bytes.length > size)
      throw new HttpError(400, 'bad-request', 'the chunk runs past the declared size');
    const total = received + chunk.bytes.length;
    if (chunk.bytes.length > 0) {
      await tx.query(
        'insert into blob_chunks (unit_code, sha256, start_offset, data) values ($1, $2, $3::int8, $4)',
        [unitCode, sha256, received, chunk.bytes],
      );
      await tx.query('update blobs set received = $3::int8 where unit_code = $1 and sha256 = $2', [
        unitCode,
        sha256,
        total,
      ]);
    }
    const audit = { at: chunk.now, actor: 'device', deviceId: chunk.deviceId, unitCode } as const;
    if (total < size) {
      await writeAudit(tx, { ...audit, action: 'blob.chunk', detail: { sha256, received: total } });
      return { sha256, size, received: total, complete: false };
    }
    const hash = createHash('sha256');
    for await (const bytes of readBlobChunks(tx, unitCode, sha256)) hash.update(bytes);
    if (hash.digest('hex') !== sha256) {
      // Committed, then reported: the bad bytes are gone and the next attempt starts from 0.
      await tx.query('delete from blobs where unit_code = $1 and sha256 = $2', [unitCode, sha256]);
      await writeAudit(tx, { ...audit, action: 'blob.discard', detail: { sha256, size } });
      return 'hash-mismatch';
    }
    await tx.query(
      'update blobs set complete = true, completed_at = $3::timestamptz where unit_code = $1 and sha256 = $2',
      [unitCode, sha256, at],
    );
    await writeAudit(tx, { ...audit, action: 'blob.complete', detail: { sha256, size } });
    return { sha256, size, received: total, complete: true };
  });
  if (outcome === 'hash-mismatch') {
    throw new HttpError(
      400,
      'hash-mismatch',
      'the bytes do not hash to this sha256; the upload was discarded',
      {
        [UPLOAD_OFFSET_HEADER]: '0',
      },
    );
  }
  return outcome;
}
