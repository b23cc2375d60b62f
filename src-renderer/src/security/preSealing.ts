/**
 * Envelopes sealed ahead of a transaction with WebCrypto. Sealing inside a transaction must be
 * synchronous (cipher.ts), and the JavaScript AES-GCM there spent about a sixth of a download's
 * main-thread time. A caller that knows, before its transaction, which rows it is about to write
 * (a pulled page) seals their sensitive values here, off the main thread, with the same key,
 * algorithm and associated data (table + primary key) and a fresh random IV each. (The lookup
 * hashes are not made ahead: a WebCrypto HMAC call per term cost the main thread more than the
 * keyed JavaScript HMAC of lookupHasher.ts.)
 *
 * sealRow (rowSealing.ts) uses a pre-sealed envelope only when the row it stores has exactly the
 * plaintext that was sealed (the same JSON text) under the same associated data, and takes it out
 * so it is used once; anything else is sealed synchronously as before. So a wrong guess costs
 * time, never a wrong or missing seal. The envelopes live in the unlocked keys and go with the
 * lock.
 */
import { sealedPathsOf, takeSealedValues } from '../../../src-shared/security/sealedFields';
import { IV_BYTES, type Envelope } from './cipher';
import type { UnlockedKeys } from './keyring';

/** A pre-sealed envelope and the exact plaintext it holds. */
export type PreSealed = { plain: string; envelope: Envelope };

/**
 * Most envelopes kept: two pulled pages' worth with room. Envelopes never taken (a guess that
 * missed) are dropped wholesale when a new batch would pass it.
 */
const MAX_KEPT = 4_000;

const encoder = new TextEncoder();

/** The associated data of a row's envelope: what binds it to its table and key. */
export function rowAad(table: string, primaryKey: unknown): string {
  return `jianhu/row/v1/${table}/${JSON.stringify(primaryKey)}`;
}

/** The JSON text of a row's sealed values as sealRow seals it; null when there is none. */
export function sealedPlainOf(table: string, row: Record<string, unknown>): string | null {
  const paths = sealedPathsOf(table, row);
  if (paths.length === 0) return null;
  const { values, count } = takeSealedValues(row, paths);
  return count === 0 ? null : JSON.stringify(values);
}

/** Seals the sensitive values of rows about to be written to `table`, for sealRow to take. */
export async function preSealRows(
  keys: UnlockedKeys,
  table: string,
  rows: readonly { row: Record<string, unknown>; primaryKey: unknown }[],
): Promise<void> {
  const todo = rows.flatMap(({ row, primaryKey }) => {
    const plain = sealedPlainOf(table, row);
    return plain === null ? [] : [{ aad: rowAad(table, primaryKey), plain }];
  });
  if (todo.length === 0) return;
  const key = await keys.sealKey();
  const sealed = await Promise.all(
    todo.map(async ({ aad, plain }) => {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const ct = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(aad), tagLength: 128 },
        key,
        encoder.encode(plain),
      );
      // WebCrypto returns ciphertext ‖ tag, the layout cipher.ts stores and opens.
      const envelope: Envelope = { v: 1, iv, ct: new Uint8Array(ct) };
      return { aad, plain, envelope };
    }),
  );
  if (keys.preSealed.size + sealed.length > MAX_KEPT) keys.preSealed.clear();
  for (const { aad, plain, envelope } of sealed) keys.preSealed.set(aad, { plain, envelope });
}

/** The pre-sealed envelope of exactly `plain` under `aad`, taken out (used once); else null. */
export function takePreSealed(keys: UnlockedKeys, aad: string, plain: string): Envelope | null {
  const found = keys.preSealed.get(aad);
  if (!found) return null;
  keys.preSealed.delete(aad);
  return found.plain === plain ? found.envelope : null;
}
