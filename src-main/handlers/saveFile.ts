import { join } from 'node:path';
import type { IpcChannel } from '../../src-shared/ipc';
import type { IpcHandler } from '../ipc';
import { chosenPath, copyFilters, type FileAccess, type ShowSaveDialog } from './dialogs';

export type SaveFileDeps<Sender> = {
  readonly showSaveDialog: ShowSaveDialog<Sender>;
  readonly files: Pick<FileAccess, 'writeFile' | 'defaultDirectory'>;
};

/**
 * `dialog:saveFile`: the user picks where bytes made in the renderer go. The renderer only
 * suggests a bare name (validated by the contract); the directory is always the user's choice.
 */
export function createSaveFileHandler<Sender>(
  deps: SaveFileDeps<Sender>,
): IpcHandler<typeof IpcChannel.dialogSaveFile, Sender> {
  return async (request, sender) => {
    const path = chosenPath(
      await deps.showSaveDialog(sender, {
        defaultPath: join(deps.files.defaultDirectory(), request.suggestedName),
        filters: copyFilters(request.filters),
      }),
    );
    if (path === null) return null;
    await deps.files.writeFile(path, request.data);
    return path;
  };
}
