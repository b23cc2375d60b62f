/**
 * The secret vault over a fake safeStorage that behaves like Electron 45's async API: wrap and
 * unwrap round-trip; without an OS key store wrapping is refused until the user accepts the
 * weaker protection, a choice that is remembered.
 */
import { describe, expect, it } from 'vitest';
import {
  createSecretVault,
  type ChoiceStore,
  type SafeStorageLike,
} from '../../../src-main/secrets';

type Backend = 'gnome_libsecret' | 'basic_text' | 'none';

/** Linux safeStorage: 'none' is a machine with no key ring, where only the plain-text fallback encrypts. */
function fakeSafeStorage(backend: Backend, options: { rotate?: boolean } = {}) {
  let isPlainText = false;
  const available = () => backend !== 'none' || isPlainText;
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(available()),
    encryptStringAsync: (plain) => {
      if (!available()) return Promise.reject(new Error('Encryption is not available.'));
      return Promise.resolve(Buffer.from(`v10:${Buffer.from(plain).toString('hex')}`));
    },
    decryptStringAsync: (encrypted) => {
      const text = encrypted.toString();
      if (!text.startsWith('v10:')) return Promise.reject(new Error('Error while decrypting'));
      return Promise.resolve({
        result: Buffer.from(text.slice(4), 'hex').toString(),
        shouldReEncrypt: options.rotate === true,
      });
    },
    getSelectedStorageBackend: () => (backend === 'none' || isPlainText ? 'basic_text' : backend),
    setUsePlainTextEncryption: (value) => {
      isPlainText = value;
    },
  };
  return storage;
}

function memoryChoice(initial = false): ChoiceStore & { saved: boolean[] } {
  const saved: boolean[] = [];
  let value = initial;
  return {
    saved,
    load: () => Promise.resolve(value),
    save: (next) => {
      saved.push(next);
      value = next;
      return Promise.resolve();
    },
  };
}

const TOKEN = 'tok_令牌_0123456789abcdef';

describe('the secret vault', () => {
  it('wraps and unwraps with the OS key store, never answering the clear text as wrapped', async () => {
    const vault = createSecretVault({
      safeStorage: fakeSafeStorage('gnome_libsecret'),
      platform: 'linux',
      choice: memoryChoice(),
    });
    await expect(vault.status()).resolves.toEqual({
      protection: 'os',
      backend: 'gnome_libsecret',
      isWeakAccepted: false,
      canWrap: true,
    });
    const wrapped = await vault.wrap(TOKEN);
    expect(wrapped).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(wrapped, 'base64').toString()).not.toContain(TOKEN);
    await expect(vault.unwrap(wrapped)).resolves.toEqual({ plain: TOKEN, rewrapped: null });
  });

  it('treats Windows and macOS as OS-protected without asking for a backend', async () => {
    const vault = createSecretVault({
      safeStorage: {
        ...fakeSafeStorage('gnome_libsecret'),
        getSelectedStorageBackend: () => 'unknown',
      },
      platform: 'win32',
      choice: memoryChoice(),
    });
    await expect(vault.status()).resolves.toMatchObject({
      protection: 'os',
      backend: '',
      canWrap: true,
    });
  });

  it.each(['basic_text', 'none'] as const)(
    'with backend %s refuses to wrap until the user accepts weaker protection',
    async (backend) => {
      const choice = memoryChoice();
      const vault = createSecretVault({
        safeStorage: fakeSafeStorage(backend),
        platform: 'linux',
        choice,
      });
      const before = await vault.status();
      expect(before).toMatchObject({ isWeakAccepted: false, canWrap: false });
      expect(before.protection).toBe(backend === 'none' ? 'unavailable' : 'weak');
      await expect(vault.wrap(TOKEN)).rejects.toMatchObject({ code: 'secret-unprotected' });

      await expect(vault.acceptWeak()).resolves.toMatchObject({
        protection: 'weak',
        backend: 'basic_text',
        isWeakAccepted: true,
        canWrap: true,
      });
      expect(choice.saved).toEqual([true]);
      const wrapped = await vault.wrap(TOKEN);
      await expect(vault.unwrap(wrapped)).resolves.toMatchObject({ plain: TOKEN });
    },
  );

  it('remembers the choice: a new vault (next start) wraps at once', async () => {
    const vault = createSecretVault({
      safeStorage: fakeSafeStorage('none'),
      platform: 'linux',
      choice: memoryChoice(true),
    });
    await expect(vault.status()).resolves.toMatchObject({ protection: 'weak', canWrap: true });
    await expect(vault.wrap(TOKEN)).resolves.toEqual(expect.any(String));
  });

  it('stays refused where accepting cannot help (no key store on Windows)', async () => {
    const vault = createSecretVault({
      safeStorage: fakeSafeStorage('none'),
      platform: 'win32',
      choice: memoryChoice(),
    });
    await expect(vault.acceptWeak()).resolves.toMatchObject({
      protection: 'unavailable',
      isWeakAccepted: true,
      canWrap: false,
    });
    await expect(vault.wrap(TOKEN)).rejects.toMatchObject({ code: 'secret-unprotected' });
  });

  it('answers secret-unreadable for bytes it did not wrap', async () => {
    const vault = createSecretVault({
      safeStorage: fakeSafeStorage('gnome_libsecret'),
      platform: 'linux',
      choice: memoryChoice(),
    });
    await expect(vault.unwrap(Buffer.from('garbage').toString('base64'))).rejects.toMatchObject({
      code: 'secret-unreadable',
    });
  });

  it('re-wraps when the key store rotated its key', async () => {
    const vault = createSecretVault({
      safeStorage: fakeSafeStorage('gnome_libsecret', { rotate: true }),
      platform: 'linux',
      choice: memoryChoice(),
    });
    const opened = await vault.unwrap(await vault.wrap(TOKEN));
    expect(opened.plain).toBe(TOKEN);
    expect(opened.rewrapped).toEqual(expect.any(String));
  });
});
