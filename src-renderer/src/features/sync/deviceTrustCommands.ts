/**
 * The device page's trust commands: the token's protection at rest and the province's CA. Errors
 * come back as codes for the page to translate (`syncUi.trust.error.<code>`).
 */
import type { IpcErrorCode } from '../../../../src-shared/ipc';
import { getDb } from '../../db/database';
import { PlatformError, getPlatform, type CaInfo } from '../../platform';
import { protectStoredToken } from '../../sync';

export type TrustResult<T> = { ok: true; value: T } | { ok: false; code: IpcErrorCode };

async function attempt<T>(run: () => Promise<T>): Promise<TrustResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, code: error instanceof PlatformError ? error.code : 'failed' };
  }
}

/** The user's explicit choice: continue with weaker protection, then wrap a token left in clear. */
export function acceptWeakProtection(): Promise<TrustResult<void>> {
  return attempt(async () => {
    await getPlatform().acceptWeakSecretProtection();
    await protectStoredToken(getDb());
  });
}

/** Wraps a token stored in clear (an enrollment from before wrapping, or while it was refused). */
export function protectToken(): Promise<TrustResult<void>> {
  return attempt(async () => {
    await protectStoredToken(getDb());
  });
}

/** Opens main's file dialog; `null` when the user cancelled. */
export function importProvinceCa(serverUrl: string): Promise<TrustResult<CaInfo | null>> {
  return attempt(() => getPlatform().importCa(serverUrl.trim()));
}

export function removeProvinceCa(): Promise<TrustResult<void>> {
  return attempt(() => getPlatform().removeCa());
}
