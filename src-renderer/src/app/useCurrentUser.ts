import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/database';
import { getUser, listUsers } from '../db/setup';
import { useSession } from './sessionStore';

export type CurrentUser = { id: string; name: string; role: string };

/**
 * The signed-in user: the stored session's user if it still exists, else the first active user
 * (a single-user workstation right after the first run). undefined while loading, null if none.
 */
export function useCurrentUser(): CurrentUser | null | undefined {
  const userId = useSession((s) => s.userId);
  return useLiveQuery(
    async () => {
      const db = getDb();
      const stored = userId ? await getUser(db, userId) : undefined;
      const user = stored ?? (await listUsers(db)).find((u) => u.active);
      return user ? { id: user.id, name: user.name, role: user.role } : null;
    },
    [userId],
    undefined,
  );
}
