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
 * The keys, or how to get them: a function is called only when the row holds a sensitive value in
 * clear, so a locked keyring's `keys()` throws for such a row alone, and the row's sealed values
 * are taken out once (not once to ask whether there are any, and again to seal them).
 */
export type KeysSource = UnlockedKeys | null | (() => UnlockedKeys);

/**
 * The row as stored. `keys` is needed only when the row holds sensitive values. A row that already
 * carries an envelope and no clear value is stored as it is.
 */
export function sealRow(keys: KeysSource, table: string, row: Row, primaryKey: unknown): Row {
  const paths = sealedPathsOf(table, row);
  if (paths.length === 0) return row;
  const { clear, values, count } = takeSealedValues(row, paths);
  if (count === 0) return row;
  const given = typeof keys === 'function' ? keys() : keys;
  if (!given) throw new Error('sealRow needs the keys for a row with sensitive values');
  if (SEALED_FIELD in row) throw new Error(`A ${table} row holds both clear and sealed values`);
  const plain = JSON.stringify(values);
  const aad = rowAad(table, primaryKey);
  const { [LOOKUP_FIELD]: _stale, ...rest } = clear;
  const stored: Row = { ...rest, [SEALED_FIELD]: sealedEnvelope(given, aad, plain) };
  const terms = lookupTermsOf(table, row);
  if (terms.length > 0) stored[LOOKUP_FIELD] = terms.map((t) => given.lookupHasher.hash(t));
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
  const aad = rowAad(table, primaryKey);
  let values: SealedValues;
  try {
    values = JSON.parse(openedText(keys, table, aad, envelope)) as SealedValues;
  } catch (error) {
    if (error instanceof SealedRowError) throw error;
    throw new SealedRowError(table);
  }
  const { [SEALED_FIELD]: _sealed, [LOOKUP_FIELD]: _lookup, ...clear } = row;
  return putSealedValues(clear, values);
}

/** A fresh envelope of `plain`, or the row's remembered one when it holds exactly `plain`. */
function sealedEnvelope(keys: UnlockedKeys, aad: string, plain: string): Envelope {
  // Sealed ahead with WebCrypto when the caller knew this row (preSealing.ts): taken either way,
  // so an envelope the memo makes unneeded does not linger until the lock.
  const ahead = takePreSealed(keys, aad, plain);
  const known = keys.sealedMemo.sealed(aad, plain);
  if (known) return known;
  const envelope = ahead ?? sealBytes(keys.seal, utf8ToBytes(plain), aad);
  keys.sealedMemo.remember(aad, envelope, plain);
  return envelope;
}

/** The envelope's text: remembered if this very envelope was opened or made lately, else decrypted. */
function openedText(keys: UnlockedKeys, table: string, aad: string, envelope: Envelope): string {
  const known = keys.sealedMemo.opened(aad, envelope);
  if (known !== undefined) return known;
  const bytes = openBytes(keys.seal, envelope, aad);
  if (!bytes) throw new SealedRowError(table);
  const text = new TextDecoder().decode(bytes);
  keys.sealedMemo.remember(aad, envelope, text);
  return text;
}
