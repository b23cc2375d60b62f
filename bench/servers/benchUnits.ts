/**
 * The unit chain a bench server needs before a device of the county can enrol: province → city →
 * county, made with the operator's own command (so the audit rows are the real ones too).
 */
import { createUnit } from '../../src-server/admin/adminCommands';
import type { Db } from '../../src-server/db/db';
import { UNIT_CODE } from '../shared/demoData';

export async function createBenchUnits(db: Db, now: Date): Promise<void> {
  await createUnit(db, { code: '340000', name: '安徽省人民检察院', level: 'province' }, now);
  await createUnit(
    db,
    { code: '340100', name: '合肥市人民检察院', level: 'city', parentCode: '340000' },
    now,
  );
  await createUnit(
    db,
    { code: UNIT_CODE, name: '瑶海区人民检察院', level: 'county', parentCode: '340100' },
    now,
  );
}
