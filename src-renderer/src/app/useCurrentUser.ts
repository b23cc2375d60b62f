import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/database';
import { getUser } from '../db/setup';
import { useSession } from './sessionStore';

export type CurrentUser = { id: string; name: string; role: string; isAdmin: boolean };

/** The signed-in user. undefined while loading, null when nobody is signed in. */
export function useCurrentUser(): CurrentUser | null | undefined {
  const userId = useSession((s) => s.userId);
  return useLiveQuery(
    async () => {
      if (!userId) return null;
      const user = await getUser(getDb(), userId);
      return user?.active
        ? { id: user.id, name: user.name, role: user.role, isAdmin: user.isAdmin === true }
        : null;
    },
    [userId],
    undefined,
  );
}
