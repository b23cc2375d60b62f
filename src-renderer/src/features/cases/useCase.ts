import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { getCase } from '../../db/cases';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';

/** One case, live. undefined while loading; null when there is no such case. */
export function useCase(id: string | undefined): CaseRecord | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await getCase(getDb(), id)) ?? null) : null),
    [id],
    undefined,
  );
}
