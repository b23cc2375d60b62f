import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalLimits } from '../../../../src-shared/workflows';
import { getDb } from '../../db/database';
import { readLocalLimits } from '../../db/localLimits';

/** The unit's local limits, live; undefined while loading. */
export function useLocalLimits(): LocalLimits | undefined {
  return useLiveQuery(() => readLocalLimits(getDb()), []);
}
