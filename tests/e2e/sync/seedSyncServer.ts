/**
 * Run before the e2e server starts (see playwright.config.ts): a fresh data folder with a
 * province, a city, two counties and the one-time codes the test enrols its browsers with.
 *
 *   node node_modules/tsx/dist/cli.mjs tests/e2e/sync/seedSyncServer.ts
 */
import { rmSync, writeFileSync } from 'node:fs';
import { createUnit, issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { openDatabase } from '../../../src-server/db/openDatabase';
import { E2E_UNITS, SYNC_CODES_FILE, SYNC_DATA_DIR, type E2eCodes } from './syncServer';

async function seed(): Promise<void> {
  rmSync(SYNC_DATA_DIR, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: SYNC_DATA_DIR });
  const now = new Date();
  try {
    await createUnit(db, { code: '340000', name: '安徽省人民检察院', level: 'province' }, now);
    await createUnit(
      db,
      { code: '340100', name: '合肥市人民检察院', level: 'city', parentCode: '340000' },
      now,
    );
    for (const unit of Object.values(E2E_UNITS)) {
      await createUnit(db, { ...unit, level: 'county', parentCode: '340100' }, now);
    }
    const code = async (unitCode: string) =>
      (await issueEnrollmentCode(db, { unitCode, hours: 24 }, now)).code;
    const codes: E2eCodes = {
      firstDevice: await code(E2E_UNITS.yaohai.code),
      secondDevice: await code(E2E_UNITS.yaohai.code),
      otherUnitDevice: await code(E2E_UNITS.luyang.code),
      probe: await code(E2E_UNITS.yaohai.code),
    };
    writeFileSync(SYNC_CODES_FILE, JSON.stringify(codes));
  } finally {
    await db.close();
  }
}

seed().catch((error: unknown) => {
  process.stderr.write(`seeding the e2e server failed: ${String(error)}\n`);
  process.exit(1);
});
