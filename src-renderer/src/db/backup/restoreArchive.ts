/**
 * Restoring an archive into a NEW IndexedDB database (db/README.md "Backup and restore"):
 * decrypt and verify every chunk, import at the backup's schema version, let this build's
 * upgrades run, verify the copy (verifyRestored.ts), then append a 'backup.restore' entry that
 * continues the restored audit chain. The current database is never touched here; switching to
 * the new one is activeDatabase.ts's, once this answers ok. Any failure deletes the new database.
 */
import { Dexie } from 'dexie';
import type { UserId } from '../../../../src-shared/domain/ids';
import { decryptArchiveBody, deriveArchiveKey } from '../../security/archiveCipher';
import { SealedRowError } from '../../security/errors';
import { deriveKeys } from '../../security/keyring';
import { AuditAction } from '../auditActions';
import { auditedWrite } from '../auditedWrite';
import { recountLiveCases } from '../caseCount';
import { openJianhuDb } from '../database';
import { applyMigrations, migrations } from '../migrations';
import type { OpenedArchive } from './archiveFile';
import { parseBody, type ParsedBody } from './archiveBody';
import { BackupRefusal, BackupRefusedError, type Refused } from './backupRefusal';
import { countsMatch, verifyRestored } from './verifyRestored';

export type RestorePhase = 'decrypt' | 'import' | 'verify';
/** Bytes while decrypting, rows while importing, attachments while verifying. */
export type RestoreProgress = { phase: RestorePhase; done: number; total: number };

export type RestoreOptions = {
  /** The new database's name (activeDatabase.ts newDatabaseName). */
  targetName: string;
  /** The unit of the device restoring; null on a fresh profile. */
  currentUnitCode: string | null;
  /** A signed-in administrator confirmed restoring another unit's backup. */
  isOtherUnitConfirmed: boolean;
  /** Who restores: the user whose password (or the administrator whose recovery key) opened it. */
  userId: string;
  now: Date;
  onProgress?: (progress: RestoreProgress) => void;
};

export type RestoreResult = { ok: true; dbName: string } | Refused;

const IMPORT_CHUNK_BYTES = 1024 * 1024;

async function importIntoNew(
  name: string,
  schemaVersion: number,
  body: ParsedBody,
  onProgress: RestoreOptions['onProgress'],
): Promise<Record<string, number>> {
  const { importInto } = await import('dexie-export-import');
  // The backup's own schema version: its rows are imported as they were, and this build's later
  // upgrades run when the database is next opened with the whole schema.
  const target = new Dexie(name);
  applyMigrations(
    target,
    migrations.filter((m) => m.version <= schemaVersion),
  );
  try {
    await target.open();
    await importInto(target, body.dbExport, {
      acceptNameDiff: true,
      // The export names the source's exact version (4.1 after a Dexie patch); the target is the
      // whole version of the header, and importInto still checks every table's primary key.
      acceptVersionDiff: true,
      chunkSizeBytes: IMPORT_CHUNK_BYTES,
      transform: body.transform,
      progressCallback: (p) => {
        onProgress?.({ phase: 'import', done: p.completedRows, total: p.totalRows ?? 0 });
        return true;
      },
    });
    if (body.unclaimedFrames() !== 0) throw new BackupRefusedError(BackupRefusal.damaged);
    const counts = await Promise.all(target.tables.map((table) => table.count()));
    return Object.fromEntries(target.tables.map((table, i) => [table.name, counts[i] ?? 0]));
  } finally {
    target.close();
  }
}

async function restoreInto(
  opened: OpenedArchive,
  dataKey: Uint8Array,
  options: RestoreOptions,
): Promise<void> {
  const { header } = opened;
  const keys = deriveKeys(dataKey);
  const key = await deriveArchiveKey(keys.backup, header.salt);
  const chunking = {
    key,
    ivPrefix: header.ivPrefix,
    headerHash: opened.headerHash,
    chunkBytes: header.chunkBytes,
  };
  const plain = await decryptArchiveBody(chunking, opened.body, header.bodyBytes, (done, total) =>
    options.onProgress?.({ phase: 'decrypt', done, total }),
  );
  const body = await parseBody(plain);
  const counts = await importIntoNew(
    options.targetName,
    header.schemaVersion,
    body,
    options.onProgress,
  );
  if (!countsMatch(header, counts)) throw new BackupRefusedError(BackupRefusal.verifyFailed);
  const restored = openJianhuDb(options.targetName, { keyring: null });
  try {
    let verified = 0;
    const total = header.rowCounts['attachments'] ?? 0;
    const isSound = await verifyRestored(restored, header, await keys.blobKey(), () => {
      verified += 1;
      options.onProgress?.({ phase: 'verify', done: verified, total });
    });
    const user = await restored.users.get(options.userId);
    if (!isSound || !user) throw new BackupRefusedError(BackupRefusal.verifyFailed);
    await recordRestore(restored, user.id, options, header.createdAt, header.auditHead.seq);
  } finally {
    restored.close();
  }
}

/**
 * The restored chain's next entry: who restored which backup, and where its chain ended. The
 * restored device must be enrolled again: its outbox counter and audit position are the backup's,
 * behind what the server already holds from this device, so a push under the old enrollment would
 * reuse sequence numbers. A new enrollment (a new server device) starts them afresh; the server
 * address stays to prefill the form. (The administrator revokes the old registration on the
 * server, which also lets the restored audit chain be accepted; see src-server/SYNC-RULES.md.)
 * The count of live cases is made again from the restored rows, whatever the archive held.
 */
function recordRestore(
  db: ReturnType<typeof openJianhuDb>,
  userId: UserId,
  options: RestoreOptions,
  backupCreatedAt: string,
  backupAuditSeq: number,
): Promise<void> {
  return auditedWrite(db, [db.cases], options.now, ({ deviceId }) =>
    Promise.resolve({
      audit: [
        {
          userId,
          action: AuditAction.backupRestore,
          entity: 'device',
          entityId: deviceId,
          success: true,
          diff: { backupCreatedAt, backupAuditSeq, enrollmentCleared: true },
        },
      ],
      commit: async () => {
        const stale = await db.meta.where('key').startsWith('sync.').primaryKeys();
        await db.meta.bulkDelete(stale.filter((key) => key !== 'sync.serverUrl'));
        await recountLiveCases(db.cases, db.meta);
      },
    }),
  );
}

/**
 * Restores `opened` (its key from unlockArchive) into `options.targetName`. Refuses another
 * unit's backup unless confirmed, before anything is made; any later failure deletes what was.
 */
export async function restoreArchive(
  opened: OpenedArchive,
  dataKey: Uint8Array,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const unit = opened.header.unit.code;
  if (options.currentUnitCode !== null && unit !== options.currentUnitCode) {
    if (!options.isOtherUnitConfirmed) return { ok: false, reason: BackupRefusal.otherUnit };
  }
  try {
    await restoreInto(opened, dataKey, options);
    return { ok: true, dbName: options.targetName };
  } catch (error) {
    await Dexie.delete(options.targetName);
    if (error instanceof BackupRefusedError) return { ok: false, reason: error.reason };
    if (error instanceof SealedRowError) return { ok: false, reason: BackupRefusal.damaged };
    // The import itself failed on authenticated data: a body this build cannot take.
    return { ok: false, reason: BackupRefusal.verifyFailed };
  }
}
