import { join } from 'node:path';
import { BACKUP_EXTENSION } from '../../src-shared/backup/backupFiles';
import { IpcChannel, IpcErrorCode } from '../../src-shared/ipc';
import type { BackupStore } from '../backupStore';
import { UnknownBackupHandleError } from '../backupStore';
import { IpcHandlerError, type IpcHandler } from '../ipc';
import { chosenPath, type FileAccess, type ShowOpenDialog, type ShowSaveDialog } from './dialogs';

export type BackupHandlerDeps<Sender> = {
  readonly showSaveDialog: ShowSaveDialog<Sender>;
  readonly showOpenDialog: ShowOpenDialog<Sender>;
  readonly files: Pick<FileAccess, 'defaultDirectory'>;
  readonly backups: BackupStore;
};

type BackupChannel =
  | typeof IpcChannel.backupBegin
  | typeof IpcChannel.backupAppend
  | typeof IpcChannel.backupFinish
  | typeof IpcChannel.backupAbort
  | typeof IpcChannel.backupList
  | typeof IpcChannel.backupOpen
  | typeof IpcChannel.backupRead;

type BackupHandlers<Sender> = { readonly [C in BackupChannel]: IpcHandler<C, Sender> };

/** The only file type the backup dialogs offer. */
const BACKUP_FILTERS = [{ name: '检护备份 Jianhu backup', extensions: [BACKUP_EXTENSION] }];

/** A stale or made-up handle is the caller's mistake, not a disk failure. */
async function knownHandle<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UnknownBackupHandleError) {
      throw new IpcHandlerError(IpcErrorCode.invalidRequest, 'unknown backup handle');
    }
    throw error;
  }
}

/**
 * `backup:*`: the store (src-main/backupStore.ts) holds the rules; paths come only from main's own
 * dialogs or the store's folder, never from the request.
 */
export function createBackupHandlers<Sender>(
  deps: BackupHandlerDeps<Sender>,
): BackupHandlers<Sender> {
  return {
    [IpcChannel.backupBegin]: async (request, sender) => {
      if (request.target === 'auto') return { writeId: await deps.backups.beginKept() };
      const path = chosenPath(
        await deps.showSaveDialog(sender, {
          defaultPath: join(deps.files.defaultDirectory(), request.suggestedName),
          filters: BACKUP_FILTERS,
        }),
      );
      return path === null ? null : { writeId: await deps.backups.beginFile(path) };
    },
    [IpcChannel.backupAppend]: (request) =>
      knownHandle(async () => {
        await deps.backups.append(request.writeId, request.data);
        return null;
      }),
    [IpcChannel.backupFinish]: (request) =>
      knownHandle(() => deps.backups.finish(request.writeId, request.keep)),
    [IpcChannel.backupAbort]: async (request) => {
      await deps.backups.abort(request.writeId);
      return null;
    },
    [IpcChannel.backupList]: () => deps.backups.list(),
    [IpcChannel.backupOpen]: async (request, sender) => {
      if (request.from === 'auto') return knownHandle(() => deps.backups.openKept(request.name));
      const outcome = await deps.showOpenDialog(sender, {
        filters: BACKUP_FILTERS,
        properties: ['openFile'],
      });
      const path = outcome.canceled ? undefined : outcome.filePaths[0];
      return path === undefined ? null : deps.backups.openFile(path);
    },
    [IpcChannel.backupRead]: (request) =>
      knownHandle(() => deps.backups.read(request.readId, request.offset, request.length)),
  };
}
