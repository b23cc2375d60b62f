/**
 * The unit's data key in memory (DESIGN.md §5): put there by signing in (unwrapped with the
 * user's password), dropped by the idle lock and by signing out. Everything sealed at rest is
 * sealed under keys derived from it by HKDF, one per purpose, so no key serves two uses.
 * One keyring per database; the database's encryption middleware reads it on every sealed row.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { VaultLockedError } from './errors';
import { createLookupHasher, type LookupHasher } from './lookupHasher';
import type { PreSealed } from './preSealing';
import { createSealedMemo, type SealedMemo } from './sealedMemo';

export type UnlockedKeys = {
  /** The data key itself: wrapped again for a new user or a changed password, never stored clear. */
  dataKey: Uint8Array;
  /** AES-GCM key of sealed row values (cipher.ts). */
  seal: Uint8Array;
  /** The same key for WebCrypto, to seal rows ahead of a transaction (preSealing.ts). */
  sealKey: () => Promise<CryptoKey>;
  /** Envelopes sealed ahead, by associated data, each taken once by sealRow (preSealing.ts). */
  preSealed: Map<string, PreSealed>;
  /** HMAC key of the lookup hashes (ID numbers, phones) the search index holds. */
  lookup: Uint8Array;
  /** Those hashes made under `lookup`, with its keyed states kept ready (lookupHasher.ts). */
  lookupHasher: LookupHasher;
  /** Envelopes of rows lately opened or sealed, with their plaintext (sealedMemo.ts). */
  sealedMemo: SealedMemo;
  /** AES-GCM key of attachment bytes, for WebCrypto (blobCipher.ts); imported on first use. */
  blobKey: () => Promise<CryptoKey>;
  /** Key material of backup archives (each archive adds its own salt). */
  backup: Uint8Array;
  /** Short public fingerprint of the data key: tells a wrong key before anything is written. */
  keyId: string;
};

export type Keyring = {
  isUnlocked(): boolean;
  /** The keys, or VaultLockedError when nobody is signed in. */
  keys(): UnlockedKeys;
  /** Synchronous, so a test or a restore can open a database with a key in hand at once. */
  unlock(dataKey: Uint8Array): void;
  lock(): void;
  /** Called after every unlock and lock. */
  subscribe(listener: () => void): () => void;
};

function derive(dataKey: Uint8Array, purpose: string): Uint8Array {
  return hkdf(sha256, dataKey, undefined, utf8ToBytes(`jianhu/${purpose}/v1`), 32);
}

/** The public fingerprint of a data key (stored in meta, shown nowhere). */
export function keyIdOf(dataKey: Uint8Array): string {
  return bytesToHex(hmac(sha256, dataKey, utf8ToBytes('jianhu/key-id/v1'))).slice(0, 32);
}

/** A non-extractable WebCrypto AES-GCM key of `bytes`, imported on first use. */
function importedOnce(bytes: Uint8Array): () => Promise<CryptoKey> {
  let key: Promise<CryptoKey> | null = null;
  return () => {
    key ??= crypto.subtle.importKey('raw', Uint8Array.from(bytes), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    return key;
  };
}

export function deriveKeys(dataKey: Uint8Array): UnlockedKeys {
  const lookup = derive(dataKey, 'lookup');
  const seal = derive(dataKey, 'seal');
  return {
    dataKey: Uint8Array.from(dataKey),
    seal,
    sealKey: importedOnce(seal),
    preSealed: new Map(),
    lookup,
    lookupHasher: createLookupHasher(lookup),
    sealedMemo: createSealedMemo(),
    blobKey: importedOnce(derive(dataKey, 'blob')),
    backup: derive(dataKey, 'backup'),
    keyId: keyIdOf(dataKey),
  };
}

export function createKeyring(): Keyring {
  let current: UnlockedKeys | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    isUnlocked: () => current !== null,
    keys: () => {
      if (!current) throw new VaultLockedError();
      return current;
    },
    unlock: (dataKey) => {
      current = deriveKeys(dataKey);
      notify();
    },
    lock: () => {
      if (!current) return;
      // Overwrite what can be overwritten; the CryptoKey is not extractable and goes with GC.
      for (const bytes of [current.dataKey, current.seal, current.lookup, current.backup]) {
        bytes.fill(0);
      }
      current.lookupHasher.forget();
      current.sealedMemo.forget();
      current.preSealed.clear();
      current = null;
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
