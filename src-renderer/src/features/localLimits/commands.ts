import { currentActor } from '../../app/actor';
import { getDb } from '../../db/database';
import { saveLocalLimits } from '../../db/localLimits';

export async function saveLimits(input: Record<string, unknown>) {
  return saveLocalLimits(getDb(), await currentActor(), input, new Date());
}
