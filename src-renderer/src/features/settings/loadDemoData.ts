import { getDb } from '../../db/database';
import { importCases, countCases } from '../../db/cases';
import { listUsers } from '../../db/setup';
import { currentActor } from '../../app/actor';
import { generateDemoCases, DEMO_SEED } from '../../../../src-shared/demo/generateCases';
import { notifyCasesChanged } from '../cases';
import { todayIso } from '../../ui/formatDate';
import type { IsoDate } from '../../../../src-shared/calendar';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { loadDemoWorkflows } from './loadDemoWorkflows';

/**
 * Adds `count` fictional cases through the app's import path, marked as demo data, then the
 * demo workflows on some of them. The seed moves with the number of cases already stored so that
 * loading twice adds different cases.
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
  const imported: Pick<CaseRecord, 'id' | 'caseType'>[] = [];
  const now = new Date();
  const result = await importCases(db, actor, inputs, now, {
    demo: true,
    onProgress: (done: number) => onProgress(done, count),
    onChunk: (records) => {
      for (const r of records) imported.push({ id: r.id, caseType: r.caseType });
      notifyCasesChanged(records);
    },
  });
  await loadDemoWorkflows(db, actor, imported, todayIso(now) as IsoDate, now);
  return result.imported;
}
