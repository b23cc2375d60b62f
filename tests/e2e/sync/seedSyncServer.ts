/**
 * Run before an e2e server starts (see serverProcess.ts): a fresh data folder with a province, a
 * city, two counties and the one-time codes the test enrols its browsers with; with `--leads`, a
 * model's lead list imported into 瑶海 by the admin function, as `leads:import` does (the server
 * is not running, so the single-process database is ours).
 *
 *   node node_modules/tsx/dist/cli.mjs tests/e2e/sync/seedSyncServer.ts \
 *     [--data-dir /tmp/jianhu-e2e-sync-server] [--leads list.json] [--console-account]
 *
 * With `--console-account`, the province's first console account is made by the admin function
 * (as `console:add-account` makes it) and its secrets written to `console-account.json`; and a
 * second city (芜湖, with 镜湖) whose city admin's secrets go to `console-other-city.json`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createUnit, issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { createConsoleAccount } from '../../../src-server/console/consoleAccounts';
import { openDatabase } from '../../../src-server/db/openDatabase';
import { importLeads } from '../../../src-server/leads/importLeads';
import { E2E_UNITS, SYNC_DATA_DIR, type E2eCodes } from './syncServer';

async function seed(
  dataDir: string,
  leadsFile: string | undefined,
  hasConsoleAccount: boolean,
): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  const db = await openDatabase({ dataDir });
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
    if (leadsFile !== undefined) {
      const list: unknown = JSON.parse(readFileSync(leadsFile, 'utf8'));
      await importLeads(db, { unitCode: E2E_UNITS.yaohai.code, list }, now);
    }
    const code = async (unitCode: string) =>
      (await issueEnrollmentCode(db, { unitCode, hours: 24 }, now)).code;
    const codes: E2eCodes = {
      firstDevice: await code(E2E_UNITS.yaohai.code),
      secondDevice: await code(E2E_UNITS.yaohai.code),
      otherUnitDevice: await code(E2E_UNITS.luyang.code),
      probe: await code(E2E_UNITS.yaohai.code),
    };
    writeFileSync(join(dataDir, 'e2e-codes.json'), JSON.stringify(codes));
    if (hasConsoleAccount) {
      const account = await createConsoleAccount(
        db,
        { username: 'e2e.admin', role: 'province-admin', unitCode: '340000' },
        { now, key: null, actor: { kind: 'admin' } },
      );
      writeFileSync(join(dataDir, 'console-account.json'), JSON.stringify(account));
      // Another city with a county of its own, and its admin: it must see nothing of 合肥.
      await createUnit(
        db,
        { code: '340200', name: '芜湖市人民检察院', level: 'city', parentCode: '340000' },
        now,
      );
      await createUnit(
        db,
        { code: '340202', name: '镜湖区人民检察院', level: 'county', parentCode: '340200' },
        now,
      );
      const otherCity = await createConsoleAccount(
        db,
        { username: 'e2e.wuhu', role: 'city-admin', unitCode: '340200' },
        { now, key: null, actor: { kind: 'admin' } },
      );
      writeFileSync(join(dataDir, 'console-other-city.json'), JSON.stringify(otherCity));
    }
  } finally {
    await db.close();
  }
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    leads: { type: 'string' },
    'console-account': { type: 'boolean' },
  },
});
seed(values['data-dir'] ?? SYNC_DATA_DIR, values.leads, values['console-account'] === true).catch(
  (error: unknown) => {
    process.stderr.write(`seeding the e2e server failed: ${String(error)}\n`);
    process.exit(1);
  },
);
