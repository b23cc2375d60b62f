/**
 * Making a backup archive from a database handle WITHOUT the encryption middleware (a raw
 * JianhuDb, or the schema-less handle of the recovery path): sealed rows stay sealed and the
 * attachments' bytes stay encrypted, so nothing is decrypted to make a backup. The header facts
 * and the export are read in ONE read transaction, so they describe the same moment (writes in
 * other transactions wait for it). The export is dexie-export-import's; its JSON and the files
 * (archiveBody.ts) are then encrypted chunk by chunk outside the transaction.
 */
import type { Dexie } from 'dexie';
import type { exportDB } from 'dexie-export-import';
import {
  ARCHIVE_CHUNK_BYTES,
  deriveArchiveKey,
  encryptArchiveBody,
} from '../../security/archiveCipher';
import type { UnlockedKeys } from '../../security/keyring';
import { assembleArchive, headerBytesOf } from './archiveFile';
import { collectFrames, composeBody, type FrameCollector } from './archiveBody';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveHeader,
  type BackupKind,
} from './archiveHeader';
import { readSnapshot, type Snapshot } from './readSnapshot';

/** Rows per export page: big enough to be quick, small enough for a long search segment. */
const ROWS_PER_CHUNK = 200;

export type BackupPhase = 'export' | 'encrypt';
/** `done`/`total`: rows while exporting, plaintext bytes while encrypting. */
export type BackupProgress = { phase: BackupPhase; done: number; total: number };

export type CreateArchiveOptions = {
  kind: BackupKind;
  now: Date;
  onProgress?: (progress: BackupProgress) => void;
  /**
   * The recovery path: a table that cannot be read is left out and named in the header instead
   * of failing the whole export.
   */
  isTolerant?: boolean;
};

export type MadeArchive = { archive: Blob; header: ArchiveHeader };

type Exported = { snapshot: Snapshot; dbExport: Blob; frames: FrameCollector['frames'] };
type ExportDb = typeof exportDB;

function exportTables(
  source: Dexie,
  exportDatabase: ExportDb,
  skip: readonly string[],
  onProgress: CreateArchiveOptions['onProgress'],
): Promise<Exported> {
  const tables = source.tables.filter((table) => !skip.includes(table.name));
  const collector = collectFrames();
  return source.transaction('r', tables, async () => {
    const snapshot = await readSnapshot(source, tables);
    const dbExport = await exportDatabase(source, {
      noTransaction: true,
      skipTables: [...skip],
      numRowsPerChunk: ROWS_PER_CHUNK,
      transform: collector.transform,
      progressCallback: (p) => {
        onProgress?.({ phase: 'export', done: p.completedRows, total: p.totalRows ?? 0 });
        return true;
      },
    });
    return { snapshot, dbExport, frames: collector.frames };
  });
}

/** Tables whose rows cannot all be read (each probed in its own transaction). */
async function findUnreadableTables(source: Dexie): Promise<string[]> {
  const unreadable: string[] = [];
  for (const table of source.tables) {
    try {
      await table.each(() => undefined);
    } catch {
      unreadable.push(table.name);
    }
  }
  return unreadable;
}

async function exportWithFallback(
  source: Dexie,
  exportDatabase: ExportDb,
  options: CreateArchiveOptions,
): Promise<{ exported: Exported; unreadable: string[] }> {
  try {
    return {
      exported: await exportTables(source, exportDatabase, [], options.onProgress),
      unreadable: [],
    };
  } catch (error) {
    if (options.isTolerant !== true) throw error;
    const unreadable = await findUnreadableTables(source);
    if (unreadable.length === 0) throw error;
    const exported = await exportTables(source, exportDatabase, unreadable, options.onProgress);
    return { exported, unreadable };
  }
}

/**
 * The archive of `source`, encrypted under `keys` (the unit's keys, whose fingerprint must be the
 * database's). Throws when the database is not set up or the keys are another database's.
 */
export async function createArchive(
  source: Dexie,
  keys: Pick<UnlockedKeys, 'backup' | 'keyId'>,
  options: CreateArchiveOptions,
): Promise<MadeArchive> {
  // Loaded on first use: the library is only needed here and in the restore.
  const library = await import('dexie-export-import');
  const { exported, unreadable } = await exportWithFallback(source, library.exportDB, options);
  const { snapshot, dbExport, frames } = exported;
  if (snapshot.keyId !== keys.keyId) throw new Error('The keys are not this database’s');
  const body = composeBody(dbExport, frames);
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: options.now.toISOString(),
    kind: options.kind,
    ...snapshot,
    unreadableTables: unreadable,
    salt: crypto.getRandomValues(new Uint8Array(32)),
    ivPrefix: crypto.getRandomValues(new Uint8Array(8)),
    chunkBytes: ARCHIVE_CHUNK_BYTES,
    bodyBytes: body.size,
  };
  const { bytes, hash } = headerBytesOf(header);
  const key = await deriveArchiveKey(keys.backup, header.salt);
  const sealed = await encryptArchiveBody(
    { key, ivPrefix: header.ivPrefix, headerHash: hash, chunkBytes: header.chunkBytes },
    body,
    (done, total) => options.onProgress?.({ phase: 'encrypt', done, total }),
  );
  return { archive: assembleArchive(bytes, sealed), header };
}
