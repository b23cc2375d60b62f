import { IpcChannel, IpcErrorCode } from '../../src-shared/ipc';
import { MAX_CA_FILE_BYTES } from '../caCertificate';
import type { CaTrust } from '../caTrust';
import { IpcHandlerError, type IpcHandler } from '../ipc';
import type { FileAccess, ShowOpenDialog } from './dialogs';

export type CaHandlerDeps<Sender> = {
  readonly caTrust: CaTrust;
  readonly showOpenDialog: ShowOpenDialog<Sender>;
  readonly files: Pick<FileAccess, 'readFile' | 'fileSize'>;
};

type CaHandlers<Sender> = {
  readonly [IpcChannel.caStatus]: IpcHandler<typeof IpcChannel.caStatus, Sender>;
  readonly [IpcChannel.caImport]: IpcHandler<typeof IpcChannel.caImport, Sender>;
  readonly [IpcChannel.caRemove]: IpcHandler<typeof IpcChannel.caRemove, Sender>;
};

/** Certificate files as CAs hand them out: PEM (.pem, .crt) or DER (.cer, .der, .crt). */
const CERTIFICATE_FILTER = { name: 'CA certificate', extensions: ['pem', 'crt', 'cer', 'der'] };

/**
 * `ca:*`: the file comes from main's own open dialog (the renderer never names a path), is read
 * within a small cap and checked by the trust store before anything is kept.
 */
export function createCaHandlers<Sender>(deps: CaHandlerDeps<Sender>): CaHandlers<Sender> {
  const unreadable = () => new IpcHandlerError(IpcErrorCode.caUnreadable, 'not a certificate file');
  return {
    [IpcChannel.caStatus]: () => Promise.resolve(deps.caTrust.status()),
    [IpcChannel.caImport]: async (request, sender) => {
      const outcome = await deps.showOpenDialog(sender, {
        filters: [{ ...CERTIFICATE_FILTER, extensions: [...CERTIFICATE_FILTER.extensions] }],
        properties: ['openFile'],
      });
      const path = outcome.filePaths[0];
      if (outcome.canceled || path === undefined) return null;
      if ((await deps.files.fileSize(path)) > MAX_CA_FILE_BYTES) throw unreadable();
      return deps.caTrust.importCa(await deps.files.readFile(path), request.serverUrl);
    },
    [IpcChannel.caRemove]: async () => {
      await deps.caTrust.remove();
      return null;
    },
  };
}
