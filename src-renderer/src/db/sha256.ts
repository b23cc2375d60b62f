/**
 * SHA-256 on the device. The synchronous one (for audit entries hashed inside a transaction)
 * lives in src-shared/audit, so the server checks synced entries with the very same code; the
 * WebCrypto one, for files and documents, stays here.
 */
import { toHex } from '../../../src-shared/audit/sha256';

export { sha256, sha256HexSync, toHex } from '../../../src-shared/audit/sha256';

/**
 * SHA-256 by WebCrypto, as lower-case hex: for files and documents, hashed before any
 * transaction (never inside one: the await would let it commit half-way).
 */
export async function digestHex(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}
