/**
 * What the search index reads from a case: the searchable text, the keyed hashes of its ID numbers
 * and phones (never the values themselves), and the list's filter and sort keys.
 */
import type { CaseRecord } from '../domain/caseCard';

export type SearchDoc = {
  id: string;
  title: string;
  /** Provisional number, official number, court case numbers. */
  numbers: readonly string[];
  /** Party names. */
  parties: readonly string[];
  facts: string;
  /**
   * Keyed hashes (32 hex characters) of the case's normalised ID numbers and phones, matched
   * whole and apart from the text. Absent = none.
   */
  lookups?: readonly string[];
  caseType: string;
  focalPoint: string;
  status: string;
  handlerId: string;
  deleted: 0 | 1;
  /** ISO date-time. */
  updatedAt: string;
  /** ISO date (YYYY-MM-DD). */
  receivedAt: string;
};

/**
 * `lookups` is required so that no caller can hand the index a case without saying which hashes
 * it has: a record read through the app's handle carries none (the keyed hashes are storage, not
 * content), and indexing it as it is would erase the ones the index holds.
 */
export function toSearchDoc(record: CaseRecord, lookups: readonly string[]): SearchDoc {
  const numbers = [record.provisionalNo];
  if (record.officialNo) numbers.push(record.officialNo);
  for (const court of record.courtCases) numbers.push(court.number);
  return {
    id: record.id,
    title: record.title,
    numbers,
    parties: record.parties.map((p) => p.name),
    facts: record.facts,
    lookups,
    caseType: record.caseType,
    focalPoint: record.focalPoint,
    status: record.status,
    handlerId: record.handlerId,
    deleted: record.deleted,
    updatedAt: record.updatedAt,
    receivedAt: record.receivedAt,
  };
}
