/**
 * Finding a case by an ID number or a phone without storing either in clear (DESIGN.md §5): the
 * device stores a keyed hash (HMAC under a key derived from the data key) of the normalised value
 * beside the sealed row, the search index holds only those hashes, and a query that looks like an
 * ID number or a phone is hashed the same way. These functions give the normalised terms; the
 * keyed hashing happens where the key is.
 */

/** The term kinds: an identity document number, a phone number. */
const ID = 'id:';
const TEL = 'tel:';

/** Full-width forms to ASCII, no spaces or dashes, upper case (a resident ID's check X). */
export function normaliseIdNumber(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\-–—]/g, '')
    .toUpperCase();
}

/** Digits only; a mobile written with +86 / 86 is the same phone as without. */
export function normalisePhone(value: string): string {
  const digits = value.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('861') ? digits.slice(2) : digits;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function termsOfParty(party: unknown): string[] {
  if (!isRecord(party)) return [];
  const terms: string[] = [];
  if (typeof party.idNumber === 'string' && party.idNumber.trim() !== '') {
    terms.push(ID + normaliseIdNumber(party.idNumber));
  }
  if (typeof party.phone === 'string') {
    const phone = normalisePhone(party.phone);
    if (phone.length >= 5) terms.push(TEL + phone);
  }
  return terms;
}

/** The lookup terms of a row of `table` (only cases have any), de-duplicated. */
export function lookupTermsOf(table: string, row: unknown): string[] {
  if (table !== 'cases' || !isRecord(row)) return [];
  const terms = Array.isArray(row.parties) ? row.parties.flatMap(termsOfParty) : [];
  if (isRecord(row.agent) && typeof row.agent.phone === 'string') {
    const phone = normalisePhone(row.agent.phone);
    if (phone.length >= 5) terms.push(TEL + phone);
  }
  return [...new Set(terms)];
}

const ID_LIKE = /^[0-9A-Z]{15,20}$/;
const PHONE_LIKE = /^\d{7,13}$/;

/**
 * What a typed query may be looking for: an ID number (15–20 letters and digits with at least
 * 10 digits) and/or a phone (7–13 digits). Empty for ordinary text.
 */
export function lookupTermsOfQuery(query: string): string[] {
  const terms: string[] = [];
  const id = normaliseIdNumber(query.trim());
  if (ID_LIKE.test(id) && (id.match(/\d/g) ?? []).length >= 10) terms.push(ID + id);
  const phone = normalisePhone(query.trim());
  if (PHONE_LIKE.test(phone) && /^[\d\s+\-()]+$/.test(query.trim())) terms.push(TEL + phone);
  return terms;
}
