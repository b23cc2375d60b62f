import { IpcChannel } from '../../src-shared/ipc';
import type { CaTrust } from '../caTrust';
import type { IpcHandlers } from '../ipc';
import type { SecretVault } from '../secrets';
import type { SyncOrigin } from '../syncOrigin';
import type { BackupStore } from '../backupStore';
import { createAppInfoHandler, type AppInfoDeps } from './appInfo';
import { createBackupHandlers } from './backups';
import { createCaHandlers } from './caTrust';
import type { FileAccess, ShowOpenDialog, ShowSaveDialog } from './dialogs';
import { createOpenFileHandler } from './openFile';
import { createPrintToPdfHandler, type PrintToPdfDeps } from './printToPdf';
import { createSaveFileHandler } from './saveFile';
import { createSecretHandlers } from './secrets';
import { createSyncServerHandlers } from './syncServer';

/** Everything the handlers reach outside themselves; src-main/electronDeps.ts gives the real ones. */
export type IpcHandlerDeps<Sender> = AppInfoDeps & {
  readonly showSaveDialog: ShowSaveDialog<Sender>;
  readonly showOpenDialog: ShowOpenDialog<Sender>;
  readonly printToPdf: PrintToPdfDeps<Sender>['printToPdf'];
  readonly files: FileAccess;
  readonly secrets: SecretVault;
  readonly caTrust: CaTrust;
  readonly syncOrigin: SyncOrigin;
  readonly backups: BackupStore;
};

export function createIpcHandlers<Sender>(deps: IpcHandlerDeps<Sender>): IpcHandlers<Sender> {
  return {
    [IpcChannel.appInfo]: createAppInfoHandler(deps),
    [IpcChannel.dialogSaveFile]: createSaveFileHandler(deps),
    [IpcChannel.dialogOpenFile]: createOpenFileHandler(deps),
    [IpcChannel.documentPrintToPdf]: createPrintToPdfHandler(deps),
    ...createSecretHandlers<Sender>(deps.secrets),
    ...createCaHandlers(deps),
    ...createSyncServerHandlers<Sender>(deps.syncOrigin),
    ...createBackupHandlers(deps),
  };
}
