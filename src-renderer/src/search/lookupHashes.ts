/**
 * The main thread's side of finding a case by an ID number or a phone (DESIGN.md §5). The keyed
 * hashes are made here, where the keyring is, so the search worker (which holds no key) only ever
 * receives hashes: of a typed query, and of the records a command hands over after a write.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { toSearchDoc } from '../../../src-shared/search/caseDocument';
import type { CaseQuery } from '../../../src-shared/search/caseIndex';
import { isLookupHash } from '../../../src-shared/search/lookupMatch';
import { lookupTermsOfSearch } from '../../../src-shared/search/lookupQuery';
import { lookupTermsOf } from '../../../src-shared/security/lookupTerms';
import type { Keyring } from '../security/keyring';
import { LOOKUP_FIELD, SEALED_FIELD } from '../security/rowSealing';
import type { IngestEntry } from './searchProtocol';

/** The lookup hashes a row read as stored (a raw handle) carries beside its sealed values. */
export function storedLookups(row: object): string[] {
  const value = LOOKUP_FIELD in row ? row[LOOKUP_FIELD] : undefined;
  return Array.isArray(value) ? value.filter(isLookupHash) : [];
}

/**
 * The hashes of a case record, the same ones sealing stored beside its row: made from its clear
 * values for a record as the app holds it (opened, without `_lookup`), or taken from a row as
 * stored. null when the record has values to hash and the keyring is locked.
 */
function lookupsOf(record: CaseRecord, keyring: Keyring | null): string[] | null {
  if (SEALED_FIELD in record) return storedLookups(record);
  const terms = lookupTermsOf('cases', record);
  if (terms.length === 0) return [];
  if (!keyring?.isUnlocked()) return null;
  const { lookupHasher } = keyring.keys();
  return terms.map((term) => lookupHasher.hash(term));
}

/**
 * Records a command just wrote, as the worker indexes them; null when any of them cannot be
 * hashed (locked meanwhile): the worker must then read them back, `_lookup` and all, since a
 * record indexed without its hashes would erase the ones the index holds.
 */
export function ingestEntriesOf(
  written: readonly CaseRecord[],
  keyring: Keyring | null,
): IngestEntry[] | null {
  const entries: IngestEntry[] = [];
  for (const record of written) {
    const lookups = lookupsOf(record, keyring);
    if (!lookups) return null;
    entries.push({ seq: record.seq, doc: toSearchDoc(record, lookups) });
  }
  return entries;
}

/**
 * The query as it leaves the main thread. A text that may be an ID number or a phone goes as
 * its keyed hashes only, never as text; locked, it has no hashes and finds nothing. Any other
 * text goes as it is.
 */
export function toIndexQuery(query: CaseQuery, keyring: Keyring | null): CaseQuery {
  const terms = lookupTermsOfSearch(query.text ?? '');
  if (terms.length === 0) return query;
  const { text: _typed, ...rest } = query;
  const hasher = keyring?.isUnlocked() ? keyring.keys().lookupHasher : null;
  return { ...rest, lookups: hasher ? terms.map((term) => hasher.hash(term)) : [] };
}
