/**
 * Backup archives in a plain browser: "save" is a download of the archive Blob, "open" a file
 * input (the File is read lazily, slice by slice), and the kept automatic backups live in the
 * origin-private file system (navigator.storage.getDirectory()/backups), named from the clock and
 * rotated like the desktop app's (src-shared/backup/backupFiles.ts).
 */
import {
  BACKUP_EXTENSION,
  backupsToRemove,
  sortStoredBackups,
  storedBackupName,
  storedBackupNameSchema,
  storedBackupTime,
} from '../../../src-shared/backup/backupFiles';
import { IpcErrorCode } from '../../../src-shared/ipc';
import { checkFileName } from '../../../src-shared/security/fileName';
import { downloadBlob, pickFile } from './browserFiles';
import { PlatformError, type BackupFiles, type StoredBackup } from './platform';

/** The part of a FileSystemDirectoryHandle the kept backups need (a fake in tests). */
export type BackupFolder = {
  keys(): AsyncIterable<string>;
  getFileHandle(
    name: string,
    options?: { create?: boolean },
  ): Promise<{
    getFile(): Promise<Blob>;
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
  removeEntry(name: string): Promise<void>;
};

/** The OPFS root (or a fake): the kept backups go into its `backups` folder. */
export type BackupRoot = {
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<BackupFolder>;
};

const FILTERS = [{ name: 'Jianhu backup', extensions: [BACKUP_EXTENSION] }];

async function keptNames(folder: BackupFolder): Promise<string[]> {
  const names: string[] = [];
  for await (const name of folder.keys()) names.push(name);
  return sortStoredBackups(names);
}

/** Kept backups on `root()`, stored at `now()`. */
export function createFolderBackups(
  root: () => Promise<BackupRoot>,
  now: () => Date = () => new Date(),
): Pick<BackupFiles, 'list' | 'keep' | 'read'> {
  const folder = async () => (await root()).getDirectoryHandle('backups', { create: true });
  const describe = async (dir: BackupFolder, name: string): Promise<StoredBackup> => ({
    name,
    size: (await (await dir.getFileHandle(name)).getFile()).size,
    createdAt: storedBackupTime(name)?.at.toISOString() ?? new Date(0).toISOString(),
  });
  return {
    list: async () => {
      const dir = await folder();
      const listed = await Promise.all((await keptNames(dir)).map((name) => describe(dir, name)));
      // A write cut off before its close() committed leaves an empty file: not a backup.
      return listed.filter((backup) => backup.size > 0);
    },
    keep: async (archive, keep) => {
      const dir = await folder();
      const taken = new Set(await keptNames(dir));
      const at = now();
      let counter = 1;
      while (taken.has(storedBackupName(at, counter))) counter += 1;
      const name = storedBackupName(at, counter);
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      // The stream writes to a swap file that replaces the file only at close().
      await writable.write(archive);
      await writable.close();
      for (const old of backupsToRemove([...taken, name], keep)) await dir.removeEntry(old);
      return describe(dir, name);
    },
    read: async (name) => {
      if (!storedBackupNameSchema.safeParse(name).success) {
        throw new PlatformError(IpcErrorCode.invalidRequest, 'not a kept backup');
      }
      return (await (await folder()).getFileHandle(name)).getFile();
    },
  };
}

export function createWebBackups(
  win: Window & typeof globalThis,
  root: () => Promise<BackupRoot>,
): BackupFiles {
  return {
    saveAs: (name, archive) => {
      if (checkFileName(name) !== null || !name.endsWith(`.${BACKUP_EXTENSION}`)) {
        return Promise.reject(new PlatformError(IpcErrorCode.invalidRequest, 'unsafe file name'));
      }
      downloadBlob(win, name, archive);
      return Promise.resolve(name);
    },
    pick: () => pickFile(win.document, FILTERS),
    ...createFolderBackups(root),
  };
}
