/**
 * The data key wrapped for this workstation by the desktop app's OS key store (DESIGN.md §5:
 * "in Electron, once under safeStorage"). Written at each sign-in; read only to make the
 * scheduled backup while the session is locked, with a keyring that lives for that backup alone
 * and is locked right after. The web build has no OS key store and keeps no such wrap (its
 * scheduled backups wait for a signed-in user).
 *
 * The wrap is bound to the data key's fingerprint: a wrap left by another database does not open.
 */
import type { Platform, StoredSecret } from '../platform/platform';
import { keyIdOf } from './keyring';

/** What meta holds (`security.workstationWrap`). */
export type WorkstationWrap = { keyId: string; stored: StoredSecret };

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The wrap to store, or null where the platform cannot protect it (web build, no key store). */
export async function wrapForWorkstation(
  platform: Platform,
  dataKey: Uint8Array,
): Promise<WorkstationWrap | null> {
  if (platform.kind !== 'electron') return null;
  const status = await platform.secretStatus();
  if (!('canWrap' in status) || !status.canWrap) return null;
  const stored = await platform.wrapSecret(toBase64(dataKey));
  return 'wrapped' in stored ? { keyId: keyIdOf(dataKey), stored } : null;
}

/** The data key from a stored wrap, or null when it does not open or is another key's. */
export async function openWorkstationWrap(
  platform: Platform,
  value: unknown,
  keyId: string,
): Promise<Uint8Array | null> {
  if (platform.kind !== 'electron' || typeof value !== 'object' || value === null) return null;
  const wrap = value as Partial<WorkstationWrap>;
  const stored = wrap.stored;
  if (wrap.keyId !== keyId || !stored || !('wrapped' in stored)) return null;
  try {
    const opened = await platform.unwrapSecret(stored);
    const dataKey = fromBase64(opened.plain);
    return dataKey && keyIdOf(dataKey) === keyId ? dataKey : null;
  } catch {
    return null;
  }
}
