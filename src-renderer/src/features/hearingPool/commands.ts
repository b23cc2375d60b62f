import { currentActor } from '../../app/actor';
import { getDb } from '../../db/database';
import { saveOfficerPoolEntry, type OfficerPoolInput } from '../../db/officerPool';

export async function saveOfficer(input: OfficerPoolInput) {
  return saveOfficerPoolEntry(getDb(), await currentActor(), input, new Date());
}
