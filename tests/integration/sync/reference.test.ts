/**
 * Reference data from the real server over loopback: an operator sets holiday tables and wage
 * bases, a device's sync run stores them (the calendar then counts 2027 as official), a unit
 * override reaches only its subtree, an unchanged set is not fetched again, and a new version is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  defaultCalendar,
  setReferenceHolidayTables,
} from '../../../src-renderer/src/db/workflowDue';
import { pullReference } from '../../../src-renderer/src/sync/pullReference';
import {
  listStoredReference,
  readReferenceWageBases,
} from '../../../src-renderer/src/sync/referenceStore';
import { readSyncSettings } from '../../../src-renderer/src/sync';
import { createSyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { TEST_TABLE_2027, TEST_WAGE_BASES } from '../../fixtures/referenceData';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

describe.each(BACKENDS)('reference data from the server on %s', (backend) => {
  let env: TestEnv;
  let dir: string;
  let yaohai: TestDevice;
  let jinghu: TestDevice;

  beforeAll(async () => {
    env = await createTestEnv(backend);
    dir = mkdtempSync(join(tmpdir(), 'jianhu-reference-sync-'));
    yaohai = await addDevice(env, UNITS.yaohai);
    jinghu = await addDevice(env, UNITS.jinghu);
  }, 60_000);
  afterAll(async () => {
    await closeDevices([yaohai, jinghu]);
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    setReferenceHolidayTables([]);
  });

  let fileNo = 0;
  async function set(kind: string, data: unknown, unit?: string): Promise<void> {
    fileNo += 1;
    const path = join(dir, `${kind}-${fileNo}.json`);
    writeFileSync(path, JSON.stringify(data));
    const lines: string[] = [];
    const args = ['reference:set', '--kind', kind, '--file', path];
    const code = await runAdminCommand(unit === undefined ? args : [...args, '--unit', unit], {
      db: env.db,
      now: new Date(),
      write: (line) => lines.push(line),
    });
    if (code !== 0) throw new Error(lines.join('\n'));
  }

  /** pullReference over real HTTP with the device's own enrollment. */
  async function pull(device: TestDevice, requests: string[] = []) {
    const { enrollment } = await readSyncSettings(device.db);
    const http = createSyncHttp({
      serverUrl: env.url,
      token: enrollment?.token,
      timeoutMs: 5_000,
      isOnline: () => true,
      fetch: (input, init) => {
        requests.push(new URL(input).pathname);
        return fetch(input, init);
      },
    });
    return pullReference({ db: device.db, http, now: () => new Date() });
  }

  it('stores nothing and fails nothing while the server has no reference data', async () => {
    expect(await pull(yaohai)).toEqual([]);
    expect(await yaohai.db.reference.count()).toBe(0);
  });

  it('takes the holiday tables and wage bases in a sync run; 2027 becomes official', async () => {
    await set('holidays', [TEST_TABLE_2027]);
    await set('wageBases', TEST_WAGE_BASES);
    expect(defaultCalendar().coverage('2027-06-01' as never)).toBe('assumed');

    const status = await yaohai.engine.syncNow();
    expect(status).toMatchObject({ kind: 'idle' });

    const stored = await listStoredReference(yaohai.db);
    expect(stored.map((s) => [s.kind, s.version, s.scope])).toEqual([
      ['holidays', 1, 'province'],
      ['wageBases', 1, 'province'],
    ]);
    expect(await readReferenceWageBases(yaohai.db)).toEqual(TEST_WAGE_BASES);
    expect(defaultCalendar().coverage('2027-06-01' as never)).toBe('official');
    expect(await verifyAuditChain(yaohai.db)).toMatchObject({ ok: true });
  });

  it('fetches only the index when nothing changed, and the one kind an operator updated', async () => {
    await pull(yaohai);
    const quiet: string[] = [];
    expect(await pull(yaohai, quiet)).toEqual([]);
    expect(quiet).toEqual(['/api/v1/reference']);

    await set('wageBases', { ...TEST_WAGE_BASES, version: 'hefei-2024' }, UNITS.hefei);
    const busy: string[] = [];
    expect(await pull(yaohai, busy)).toEqual(['wageBases']);
    expect(busy).toEqual(['/api/v1/reference', '/api/v1/reference/wageBases']);
    expect(await readReferenceWageBases(yaohai.db)).toMatchObject({ version: 'hefei-2024' });

    // Another city's county keeps the province-wide table.
    await pull(jinghu);
    expect(await readReferenceWageBases(jinghu.db)).toMatchObject({
      version: TEST_WAGE_BASES.version,
    });
    expect((await listStoredReference(jinghu.db)).map((s) => [s.kind, s.scope])).toEqual([
      ['holidays', 'province'],
      ['wageBases', 'province'],
    ]);
  });
});
