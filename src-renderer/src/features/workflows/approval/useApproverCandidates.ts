import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '../../../../../src-shared/domain/codes';
import { getDb } from '../../../db/database';
import { listUserEntries, type UserEntry } from '../../../db/userDirectory';

/** Users of this desk who could confirm now: active, with a password here, holding a role asked. */
export function useApproverCandidates(roles: readonly Role[], operatorId: string): UserEntry[] {
  const key = roles.join(',');
  return (
    useLiveQuery(
      async () =>
        (await listUserEntries(getDb(), new Date())).filter(
          (u) => u.active && u.hasPassword && u.id !== operatorId && roles.includes(u.role),
        ),
      [key, operatorId],
    ) ?? []
  );
}
