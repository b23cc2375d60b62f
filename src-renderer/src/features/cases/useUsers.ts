import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listUsers } from '../../db/setup';

export function useUsers() {
  return useLiveQuery(() => listUsers(getDb()), []);
}
