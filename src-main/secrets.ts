/**
 * Secrets at rest (the device's sync token): main wraps them with Electron's safeStorage and the
 * renderer stores only the wrapped bytes. Where the OS gives no key store (Linux without a key
 * ring: safeStorage unavailable, or its `basic_text` backend, a key every copy shares), wrapping
 * is refused until the user explicitly accepts the weaker protection; the choice is remembered.
 *
 * Electron 45 deprecates the synchronous safeStorage calls (removed in 46), so only the async
 * ones are used. Data the sync API wrapped still unwraps with `decryptStringAsync`.
 */
import { IpcErrorCode, SecretProtection, type SecretStatus } from '../src-shared/ipc';
import { IpcHandlerError } from './ipc';

/** The part of Electron's safeStorage used here. */
export type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(
    encrypted: Buffer,
  ): Promise<{ readonly result: string; readonly shouldReEncrypt: boolean }>;
  /** Linux only; Electron answers 'unknown' before `ready`. */
  getSelectedStorageBackend(): string;
  /** Linux: use a fixed in-memory password when no key store is found. No-op elsewhere. */
  setUsePlainTextEncryption(usePlainText: boolean): void;
};

/** Where the user's "continue with weaker protection" is remembered (a file under userData). */
export type ChoiceStore = {
  readonly load: () => Promise<boolean>;
  readonly save: (isAccepted: boolean) => Promise<void>;
};

export type SecretVaultDeps = {
  readonly safeStorage: SafeStorageLike;
  /** Node's `process.platform`: the storage backend means something only on 'linux'. */
  readonly platform: string;
  readonly choice: ChoiceStore;
};

export type SecretVault = {
  readonly status: () => Promise<SecretStatus>;
  /** Records the user's choice and, on Linux without a key store, enables the fixed-key fallback. */
  readonly acceptWeak: () => Promise<SecretStatus>;
  /** Base64 of the wrapped bytes; refuses with `secret-unprotected` while that is not allowed. */
  readonly wrap: (plain: string) => Promise<string>;
  readonly unwrap: (wrapped: string) => Promise<{ plain: string; rewrapped: string | null }>;
};

/** Linux backends that are no real key store: `unknown` is what Electron answers before ready. */
const WEAK_BACKENDS = new Set(['basic_text', 'unknown']);

export function createSecretVault(deps: SecretVaultDeps): SecretVault {
  const isLinux = deps.platform === 'linux';
  let isWeakAccepted: boolean | null = null;
  let isFallbackOn = false;

  const loadChoice = async (): Promise<boolean> => {
    isWeakAccepted ??= await deps.choice.load().catch(() => false);
    return isWeakAccepted;
  };

  /** Turns the fixed-key fallback on once the user accepted it, so a keyless Linux can wrap. */
  const applyChoice = async (): Promise<void> => {
    if (!isLinux || isFallbackOn || !(await loadChoice())) return;
    if (await deps.safeStorage.isAsyncEncryptionAvailable()) return;
    deps.safeStorage.setUsePlainTextEncryption(true);
    isFallbackOn = true;
  };

  const status = async (): Promise<SecretStatus> => {
    await applyChoice();
    const isAvailable = await deps.safeStorage.isAsyncEncryptionAvailable();
    const backend = isLinux ? deps.safeStorage.getSelectedStorageBackend() : '';
    const protection: SecretProtection = !isAvailable
      ? SecretProtection.unavailable
      : isLinux && (WEAK_BACKENDS.has(backend) || isFallbackOn)
        ? SecretProtection.weak
        : SecretProtection.os;
    const accepted = await loadChoice();
    return {
      protection,
      backend,
      isWeakAccepted: accepted,
      canWrap:
        protection === SecretProtection.os || (protection === SecretProtection.weak && accepted),
    };
  };

  return {
    status,
    acceptWeak: async () => {
      await deps.choice.save(true);
      isWeakAccepted = true;
      return status();
    },
    wrap: async (plain) => {
      const current = await status();
      if (!current.canWrap) {
        throw new IpcHandlerError(
          IpcErrorCode.secretUnprotected,
          `secrets are not protected here (${current.protection})`,
        );
      }
      return Buffer.from(await deps.safeStorage.encryptStringAsync(plain)).toString('base64');
    },
    unwrap: async (wrapped) => {
      await applyChoice();
      let opened: { result: string; shouldReEncrypt: boolean };
      try {
        opened = await deps.safeStorage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
      } catch {
        throw new IpcHandlerError(IpcErrorCode.secretUnreadable, 'cannot unwrap the secret');
      }
      // A rotated key: hand back fresh bytes so the old ones stop being needed.
      const rewrapped = opened.shouldReEncrypt
        ? Buffer.from(await deps.safeStorage.encryptStringAsync(opened.result)).toString('base64')
        : null;
      return { plain: opened.result, rewrapped };
    },
  };
}
