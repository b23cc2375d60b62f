/**
 * Backup archives on disk (features/backup in the renderer makes them; main only stores bytes).
 * Kept automatic backups live in userData/backups under names made here from the clock; the
 * renderer never sends a path. An archive arrives in pieces (≤ 8 MiB each) into a partial file,
 * renamed into place when finished, so a crash or a failure leaves no half archive under a real
 * name; partial files a crash left are removed the first time the folder is used. Files are
 * owner-only (0600, folder 0700). Reading goes by pieces too, through a handle made at open.
 */
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  BACKUP_EXTENSION,
  backupsToRemove,
  sortStoredBackups,
  storedBackupName,
  storedBackupTime,
  type StoredBackup,
} from '../src-shared/backup/backupFiles';
import type { BackupOpened, BackupWritten } from '../src-shared/ipc';

export type BackupStoreDeps = {
  /** userData/backups */
  readonly directory: string;
  readonly now: () => Date;
  /** A random id for a handle (crypto.randomUUID). */
  readonly newId: () => string;
};

export type BackupStore = {
  beginKept(): Promise<string>;
  /** `path` comes from main's own save dialog. */
  beginFile(path: string): Promise<string>;
  append(writeId: string, data: Uint8Array): Promise<void>;
  /** Renames the archive into place; a kept one is then rotated to the newest `keep`. */
  finish(writeId: string, keep?: number): Promise<BackupWritten>;
  abort(writeId: string): Promise<void>;
  list(): Promise<StoredBackup[]>;
  openKept(name: string): Promise<BackupOpened>;
  /** `path` comes from main's own open dialog. */
  openFile(path: string): Promise<BackupOpened>;
  read(readId: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
};

/** Thrown for a handle main does not know (finished, aborted, or never made). */
export class UnknownBackupHandleError extends Error {
  override readonly name = 'UnknownBackupHandleError';
}

type Write = {
  readonly target: { kind: 'kept' } | { kind: 'file'; path: string };
  readonly partial: string;
  readonly handle: FileHandle;
  size: number;
};
type Read = { readonly path: string };

const PARTIAL_PREFIX = 'partial-';
/** Writes at once: a backup, perhaps a save; more means a renderer that forgets to finish. */
const MAX_WRITES = 4;
const MAX_READS = 8;

function isMissing(error: unknown): boolean {
  return error instanceof Error && Reflect.get(error, 'code') === 'ENOENT';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const writes = new Map<string, Write>();
  const reads = new Map<string, Read>();
  let ready: Promise<void> | null = null;

  const ensureFolder = () => {
    ready ??= (async () => {
      await mkdir(deps.directory, { recursive: true, mode: 0o700 });
      for (const name of await readdir(deps.directory)) {
        if (name.startsWith(PARTIAL_PREFIX)) await rm(join(deps.directory, name), { force: true });
      }
    })();
    return ready;
  };

  const writeOf = (writeId: string): Write => {
    const write = writes.get(writeId);
    if (!write) throw new UnknownBackupHandleError('unknown write');
    return write;
  };

  const begin = async (target: Write['target'], partial: string): Promise<string> => {
    if (writes.size >= MAX_WRITES) throw new Error('too many backups being written');
    const handle = await open(partial, 'wx', 0o600);
    const writeId = deps.newId();
    writes.set(writeId, { target, partial, handle, size: 0 });
    return writeId;
  };

  /** A free name for a kept backup stored now. */
  const keptPath = async (at: Date): Promise<{ name: string; path: string }> => {
    for (let counter = 1; ; counter++) {
      const name = storedBackupName(at, counter);
      const path = join(deps.directory, name);
      if (!(await exists(path))) return { name, path };
    }
  };

  const keptNames = async (): Promise<string[]> =>
    sortStoredBackups(await readdir(deps.directory).catch(() => []));

  const opened = (path: string, size: number): BackupOpened => {
    if (reads.size >= MAX_READS) {
      const oldest = reads.keys().next().value;
      if (oldest !== undefined) reads.delete(oldest);
    }
    const readId = deps.newId();
    reads.set(readId, { path });
    return { readId, name: basename(path), size };
  };

  return {
    beginKept: async () => {
      await ensureFolder();
      const partial = join(deps.directory, `${PARTIAL_PREFIX}${deps.newId()}.${BACKUP_EXTENSION}`);
      return begin({ kind: 'kept' }, partial);
    },
    beginFile: (path) => begin({ kind: 'file', path }, `${path}.partial`),
    append: async (writeId, data) => {
      const write = writeOf(writeId);
      await write.handle.write(data);
      write.size += data.byteLength;
    },
    finish: async (writeId, keep) => {
      const write = writeOf(writeId);
      writes.delete(writeId);
      await write.handle.sync();
      await write.handle.close();
      const at = deps.now();
      if (write.target.kind === 'file') {
        await rename(write.partial, write.target.path);
        return { name: basename(write.target.path), size: write.size, createdAt: at.toISOString() };
      }
      const { name, path } = await keptPath(at);
      await rename(write.partial, path);
      if (keep !== undefined) {
        for (const old of backupsToRemove(await keptNames(), keep)) {
          await rm(join(deps.directory, old), { force: true });
        }
      }
      return { name, size: write.size, createdAt: at.toISOString() };
    },
    abort: async (writeId) => {
      const write = writes.get(writeId);
      if (!write) return;
      writes.delete(writeId);
      await write.handle.close().catch(() => undefined);
      await rm(write.partial, { force: true });
    },
    list: async () => {
      await ensureFolder();
      const names = await keptNames();
      return Promise.all(
        names.map(async (name) => ({
          name,
          size: (await stat(join(deps.directory, name))).size,
          createdAt: storedBackupTime(name)?.at.toISOString() ?? new Date(0).toISOString(),
        })),
      );
    },
    openKept: async (name) => {
      await ensureFolder();
      // The contract's pattern already keeps separators out; this also refuses a partial file.
      if (!(await keptNames()).includes(name)) throw new UnknownBackupHandleError('no such backup');
      const path = join(deps.directory, name);
      return opened(path, (await stat(path)).size);
    },
    openFile: async (path) => opened(path, (await stat(path)).size),
    read: async (readId, offset, length) => {
      const entry = reads.get(readId);
      if (!entry) throw new UnknownBackupHandleError('unknown read');
      const handle = await open(entry.path, 'r');
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.slice(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
