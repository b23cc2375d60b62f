import { useLiveQuery } from 'dexie-react-hooks';
import type { WageBaseTable } from '../../../../src-shared/workflows';
import { getDb } from '../../db/database';
import { readReferenceWageBases } from '../../sync';

/**
 * The wage-base table the provincial server sent, live: null when none arrived (the shipped
 * default applies), undefined while it is still being read.
 */
export function useReferenceWageBases(): WageBaseTable | null | undefined {
  return useLiveQuery(async () => (await readReferenceWageBases(getDb())) ?? null, []);
}
