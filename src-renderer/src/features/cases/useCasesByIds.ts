import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { getCasesByIds } from '../../db/cases';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';

const EMPTY = new Map<string, CaseRecord>();

/** The records of the rows on screen, live, keyed by id. */
export function useCasesByIds(ids: readonly string[]): Map<string, CaseRecord> {
  const key = ids.join(',');
  return (
    useLiveQuery(async () => {
      const records = await getCasesByIds(getDb(), ids.filter(Boolean));
      return new Map(records.filter((r) => r !== undefined).map((r) => [r.id, r]));
    }, [key]) ?? EMPTY
  );
}
