import { getDb } from '../../db/database';
import { importCases, countCases } from '../../db/cases';
import { listUsers } from '../../db/setup';
import { currentActor } from '../../app/actor';
import { generateDemoCases, DEMO_SEED } from '../../../../src-shared/demo/generateCases';
import { notifyCasesChanged } from '../cases';

/**
 * Adds `count` fictional cases through the app's import path. The seed moves with the number of
 * cases already stored so that loading twice adds different cases.
 */
export async function loadDemoData(
  count: number,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const db = getDb();
  const actor = await currentActor();
  const users = await listUsers(db);
  const existing = await countCases(db, { deleted: 0 });
  const inputs = generateDemoCases({
    seed: DEMO_SEED + existing,
    count,
    unitCode: actor.unitCode,
    handlerIds: users.map((u) => u.id),
  });
  const result = await importCases(db, actor, inputs, new Date(), {
    onProgress: (done: number) => onProgress(done, count),
    onChunk: (records) => notifyCasesChanged(records),
    demo: true,
  });
  return result.imported;
}
