import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listUsers } from '../../db/setup';
import type { UserRow } from '../../db/rowTypes';

/** Everyone who works at this desk (retired users included, for names in the history). */
export function useDeviceUsers(): UserRow[] {
  return useLiveQuery(() => listUsers(getDb()), []) ?? [];
}
