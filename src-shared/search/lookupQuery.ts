/**
 * Which typed queries are looked up by keyed hash only (an ID number, a phone) and which are
 * searched as text. A query that may be an ID number or a phone never travels as text: the main
 * thread hashes its normalised terms (security/lookupTerms.ts) and sends only the hashes.
 */
import { parseProvisionalNo } from '../domain/provisionalNumber';
import { lookupTermsOfQuery } from '../security/lookupTerms';

/** The lookup terms of a typed query (`id:…`, `tel:…`, clear: hash them at once), or none. */
export function lookupTermsOfSearch(text: string): string[] {
  const trimmed = text.normalize('NFKC').trim();
  // Our own provisional number (340102-2026-00017) is 15 digits once its dashes go, the shape of
  // an old ID number; it is not personal data and the list finds it as text.
  if (parseProvisionalNo(trimmed)) return [];
  return lookupTermsOfQuery(trimmed);
}
