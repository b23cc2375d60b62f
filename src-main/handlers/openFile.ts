import { basename } from 'node:path';
import { IpcErrorCode, type IpcChannel } from '../../src-shared/ipc';
import { IpcHandlerError, type IpcHandler } from '../ipc';
import { copyFilters, type FileAccess, type ShowOpenDialog } from './dialogs';

export type OpenFileDeps<Sender> = {
  readonly showOpenDialog: ShowOpenDialog<Sender>;
  readonly files: Pick<FileAccess, 'readFile' | 'fileSize'>;
};

/**
 * `dialog:openFile`: reads one file the user picks. The size is checked before reading, and again
 * on the bytes read in case the file grew in between.
 */
export function createOpenFileHandler<Sender>(
  deps: OpenFileDeps<Sender>,
): IpcHandler<typeof IpcChannel.dialogOpenFile, Sender> {
  const tooLarge = () => new IpcHandlerError(IpcErrorCode.tooLarge, 'file too large');
  return async (request, sender) => {
    const outcome = await deps.showOpenDialog(sender, {
      filters: copyFilters(request.filters),
      properties: ['openFile'],
    });
    const path = outcome.filePaths[0];
    if (outcome.canceled || path === undefined) return null;
    if ((await deps.files.fileSize(path)) > request.maxBytes) throw tooLarge();
    const data = await deps.files.readFile(path);
    if (data.byteLength > request.maxBytes) throw tooLarge();
    return { name: basename(path), data };
  };
}
