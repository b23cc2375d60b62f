import { IpcChannel } from '../../src-shared/ipc';
import type { IpcHandler } from '../ipc';
import type { SyncOrigin } from '../syncOrigin';

type SyncServerHandlers<Sender> = {
  readonly [IpcChannel.syncSetServer]: IpcHandler<typeof IpcChannel.syncSetServer, Sender>;
};

/**
 * `sync:setServer`: the contract has already refused an address `checkServerUrl` does not accept;
 * the origin store checks it again, since it is also what reads the file back.
 */
export function createSyncServerHandlers<Sender>(
  syncOrigin: SyncOrigin,
): SyncServerHandlers<Sender> {
  return {
    [IpcChannel.syncSetServer]: async (request) => ({
      origin: await syncOrigin.set(request.serverUrl),
    }),
  };
}
