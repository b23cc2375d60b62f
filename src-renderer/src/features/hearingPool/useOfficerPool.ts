import { useLiveQuery } from 'dexie-react-hooks';
import type { OfficerPoolEntry } from '../../../../src-shared/workflows';
import { getDb } from '../../db/database';
import { readOfficerPool } from '../../db/officerPool';

/** The unit's hearing-officer pool, live; undefined while loading. */
export function useOfficerPool(): OfficerPoolEntry[] | undefined {
  return useLiveQuery(() => readOfficerPool(getDb()), []);
}
