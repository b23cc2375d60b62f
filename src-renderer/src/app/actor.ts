import { getDb } from '../db/database';
import { getSetup } from '../db/setup';
import type { Actor } from '../db/cases';
import { useSession } from './sessionStore';

/** Who is acting, for the repository's audit and outbox entries: the signed-in user only. */
export async function currentActor(): Promise<Actor> {
  const db = getDb();
  const setup = await getSetup(db);
  if (!setup) throw new Error('The device is not set up yet');
  const { userId, status } = useSession.getState();
  if (!userId || status !== 'active') throw new Error('Nobody is signed in');
  return { userId, deviceId: setup.deviceId, unitCode: setup.unit.code };
}
