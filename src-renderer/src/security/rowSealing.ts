/**
 * Sealing and opening one stored row (DESIGN.md §5). The sensitive values of a row
 * (src-shared/security/sealedFields.ts) are taken out, sealed together as one AES-GCM envelope in
 * `_sealed`, with the table and primary key as associated data (a ciphertext moved to another row
 * does not open), and the row's lookup hashes (ID numbers, phones) stored clear in `_lookup`.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  putSealedValues,
  sealedPathsOf,
  takeSealedValues,
  type SealedValues,
} from '../../../src-shared/security/sealedFields';
import { lookupTermsOf } from '../../../src-shared/security/lookupTerms';
import { isEnvelope, openBytes, sealBytes, type Envelope } from './cipher';
import { SealedRowError } from './errors';
import type { UnlockedKeys } from './keyring';
import { rowAad, takePreSealed } from './preSealing';

/** Row fields the sealing adds; never part of a record's content. */
export const SEALED_FIELD = '_sealed';
export const LOOKUP_FIELD = '_lookup';

type Row = Record<string, unknown>;

/**
 * The lookup hash of a normalised term (lookupTerms.ts): what the search index stores. The app
 * makes it through the keyring's LookupHasher (same value, faster); this is its reference.
 */
export function lookupHash(lookupKey: Uint8Array, term: string): string {
  return bytesToHex(hmac(sha256, lookupKey, utf8ToBytes(term))).slice(0, 32);
}

/** True when the row holds a sealed value that is still in clear (it must be sealed to store). */
export function hasClearSensitive(table: string, row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const paths = sealedPathsOf(table, row);
  return paths.length > 0 && takeSealedValues(row as Row, paths).count > 0;
}

/**
 * The row as stored. `keys` is needed only when the row holds sensitive values (the caller checks
 * hasClearSensitive first and refuses when locked). A row that already carries an envelope and no
 * clear value is stored as it is.
 */
export function sealRow(
  keys: UnlockedKeys | null,
  table: string,
  row: Row,
  primaryKey: unknown,
): Row {
  const paths = sealedPathsOf(table, row);
  if (paths.length === 0) return row;
  const { clear, values, count } = takeSealedValues(row, paths);
  if (count === 0) return row;
  if (!keys) throw new Error('sealRow needs the keys for a row with sensitive values');
  if (SEALED_FIELD in row) throw new Error(`A ${table} row holds both clear and sealed values`);
  const plain = JSON.stringify(values);
  const aad = rowAad(table, primaryKey);
  const { [LOOKUP_FIELD]: _stale, ...rest } = clear;
  const stored: Row = {
    ...rest,
    // Sealed ahead with WebCrypto when the caller knew this row (preSealing.ts); else here.
    [SEALED_FIELD]:
      takePreSealed(keys, aad, plain) ?? sealBytes(keys.seal, utf8ToBytes(plain), aad),
  };
  const terms = lookupTermsOf(table, row);
  if (terms.length > 0) stored[LOOKUP_FIELD] = terms.map((t) => keys.lookupHasher.hash(t));
  return stored;
}

/** True when a stored row carries an envelope to open. */
export function isSealedRow(row: unknown): row is Row & { _sealed: Envelope } {
  return typeof row === 'object' && row !== null && SEALED_FIELD in row;
}

/**
 * The row as the app sees it: sealed values back in place, no `_sealed` or `_lookup` (they are
 * storage, not content: a record read and sent to the server must not carry them). A row without an
 * envelope is returned as it is. Throws SealedRowError when the envelope does not authenticate.
 */
export function openRow(keys: UnlockedKeys, table: string, row: Row, primaryKey: unknown): Row {
  const envelope = row[SEALED_FIELD];
  if (envelope === undefined) return row;
  if (!isEnvelope(envelope)) throw new SealedRowError(table);
  const plain = openBytes(keys.seal, envelope, rowAad(table, primaryKey));
  if (!plain) throw new SealedRowError(table);
  let values: SealedValues;
  try {
    values = JSON.parse(new TextDecoder().decode(plain)) as SealedValues;
  } catch {
    throw new SealedRowError(table);
  }
  const { [SEALED_FIELD]: _sealed, [LOOKUP_FIELD]: _lookup, ...clear } = row;
  return putSealedValues(clear, values);
}
