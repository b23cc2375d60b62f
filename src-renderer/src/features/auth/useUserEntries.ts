import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listUserEntries, type UserEntry } from '../../db/userDirectory';

/** Users of this device with their sign-in state; undefined while loading. */
export function useUserEntries(): UserEntry[] | undefined {
  return useLiveQuery(() => listUserEntries(getDb(), new Date()), [], undefined);
}
