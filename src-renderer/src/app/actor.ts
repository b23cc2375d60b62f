import { getDb } from '../db/database';
import { getSetup, listUsers } from '../db/setup';
import type { Actor } from '../db/cases';
import { useSession } from './sessionStore';

/** Who is acting, for the repository's audit and outbox entries. */
export async function currentActor(): Promise<Actor> {
  const db = getDb();
  const setup = await getSetup(db);
  if (!setup) throw new Error('The device is not set up yet');
  let userId = useSession.getState().userId;
  if (!userId) {
    const first = (await listUsers(db)).find((u) => u.active);
    if (!first) throw new Error('No user on this device');
    userId = first.id;
  }
  return { userId, deviceId: setup.deviceId, unitCode: setup.unit.code };
}
