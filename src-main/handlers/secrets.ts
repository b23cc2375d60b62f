import { IpcChannel } from '../../src-shared/ipc';
import type { IpcHandler } from '../ipc';
import type { SecretVault } from '../secrets';

type SecretHandlers<Sender> = {
  readonly [IpcChannel.secretStatus]: IpcHandler<typeof IpcChannel.secretStatus, Sender>;
  readonly [IpcChannel.secretAcceptWeak]: IpcHandler<typeof IpcChannel.secretAcceptWeak, Sender>;
  readonly [IpcChannel.secretWrap]: IpcHandler<typeof IpcChannel.secretWrap, Sender>;
  readonly [IpcChannel.secretUnwrap]: IpcHandler<typeof IpcChannel.secretUnwrap, Sender>;
};

/** `secret:*`: thin over the vault (src-main/secrets.ts), which holds the rules. */
export function createSecretHandlers<Sender>(vault: SecretVault): SecretHandlers<Sender> {
  return {
    [IpcChannel.secretStatus]: () => vault.status(),
    [IpcChannel.secretAcceptWeak]: () => vault.acceptWeak(),
    [IpcChannel.secretWrap]: async (request) => ({ wrapped: await vault.wrap(request.plain) }),
    [IpcChannel.secretUnwrap]: (request) => vault.unwrap(request.wrapped),
  };
}
