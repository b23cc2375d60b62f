/** What the search index reads from a case: the searchable text and the list's filter and sort keys. */
import type { CaseRecord } from '../domain/caseCard';

export type SearchDoc = {
  id: string;
  title: string;
  /** Provisional number, official number, court case numbers. */
  numbers: readonly string[];
  /** Party names. */
  parties: readonly string[];
  facts: string;
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

export function toSearchDoc(record: CaseRecord): SearchDoc {
  const numbers = [record.provisionalNo];
  if (record.officialNo) numbers.push(record.officialNo);
  for (const court of record.courtCases) numbers.push(court.number);
  return {
    id: record.id,
    title: record.title,
    numbers,
    parties: record.parties.map((p) => p.name),
    facts: record.facts,
    caseType: record.caseType,
    focalPoint: record.focalPoint,
    status: record.status,
    handlerId: record.handlerId,
    deleted: record.deleted,
    updatedAt: record.updatedAt,
    receivedAt: record.receivedAt,
  };
}
