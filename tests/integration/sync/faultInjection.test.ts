/**
 * Fault injection through a loopback proxy in front of the real server: requests dropped, answers
 * lost, delayed past the client's timeout, cut off mid-body, sent twice, answered 5xx by a
 * gateway, and the server restarted while a batch is in flight. Fixed scenarios, then seeded
 * random mixes. In every one: 0 changes lost and 0 stored twice, and the devices agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createUnit } from '../../../src-server/admin/adminCommands';
import { createCase, deleteCase, updateCase } from '../../../src-renderer/src/db/cases';
import {
  BACKENDS,
  UNITS,
  openTestDb,
  seedUnits,
  startServer,
  type TestDb,
} from '../server/helpers/testEnv';
import { validInput } from '../../unit/db/fixtures';
import { expectConverged } from './helpers/converge';
import { addDevice, closeDevices, seededRandom, type TestDevice } from './helpers/syncEnv';
import { startFaultProxy, type FaultProxy, type ProxyFault } from './faultProxy';

// Long enough that an answer delayed by a loaded machine (the unit and e2e lanes of `npm test` run
// side by side on two cores) is not mistaken for the injected fault; the delay faults exceed it.
const TIMEOUT_MS = 1000;

/** Ten changes over three cases: creates, edits, a clear and a delete (four batches or more). */
async function makeChanges(device: TestDevice): Promise<void> {
  const now = new Date();
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const created = await createCase(device.db, device.actor, validInput(i), now);
    if (created.ok) ids.push(created.value.id);
  }
  const [a = '', b = '', c = ''] = ids;
  await updateCase(device.db, device.actor, a, { claims: '请求一' }, now);
  await updateCase(device.db, device.actor, a, { facts: '事实一' }, now);
  await updateCase(device.db, device.actor, b, { adminOrgan: '某人社局' }, now);
  await updateCase(device.db, device.actor, b, { adminOrgan: undefined }, now);
  await updateCase(device.db, device.actor, c, { title: '改名的案件' }, now);
  await updateCase(device.db, device.actor, a, { claims: '请求二' }, now);
  await deleteCase(device.db, device.actor, c, now);
}

function randomFaults(seed: number, count: number): ProxyFault[] {
  const random = seededRandom(seed);
  const faults: ProxyFault[] = [];
  for (let i = 0; i < count; i++) {
    const pick = Math.floor(random() * 8);
    const options: ProxyFault[] = [
      { kind: 'drop-request' },
      { kind: 'drop-response' },
      { kind: 'delay', ms: TIMEOUT_MS + 50 + Math.floor(random() * 200) },
      { kind: 'reset-mid-body' },
      { kind: 'duplicate' },
      { kind: 'status', status: random() < 0.5 ? 502 : 503 },
      { kind: 'restart', afterMs: Math.floor(random() * 20) },
      { kind: 'delay', ms: Math.floor(random() * 100) },
    ];
    faults.push(options[pick] ?? { kind: 'duplicate' });
  }
  return faults;
}

const FIXED: { name: string; faults: ProxyFault[]; firstError: string | null }[] = [
  {
    name: 'a dropped request',
    faults: [{ kind: 'drop-request' }],
    firstError: 'server-unreachable',
  },
  { name: 'a lost answer', faults: [{ kind: 'drop-response' }], firstError: 'server-unreachable' },
  {
    name: 'an answer later than the timeout',
    faults: [{ kind: 'delay', ms: TIMEOUT_MS + 200 }],
    firstError: 'server-unreachable',
  },
  {
    name: 'a reset mid-body',
    faults: [{ kind: 'reset-mid-body' }],
    firstError: 'server-unreachable',
  },
  {
    name: 'a duplicated request',
    faults: [{ kind: 'duplicate' }, { kind: 'duplicate' }],
    firstError: null,
  },
  {
    name: 'a 503 from the gateway',
    faults: [{ kind: 'status', status: 503 }],
    firstError: 'unavailable',
  },
  { name: 'a 500', faults: [{ kind: 'status', status: 500 }], firstError: 'internal' },
  {
    name: 'a server restart mid-batch',
    faults: [
      { kind: 'restart', afterMs: 0 },
      { kind: 'restart', afterMs: 15 },
    ],
    firstError: 'server-unreachable',
  },
];

describe.each(BACKENDS)('fault injection through a proxy on %s', (backend) => {
  let testDb: TestDb;
  let app: FastifyInstance;
  let serverUrl: string;
  let proxy: FaultProxy;
  let unitNo = 0;

  beforeAll(async () => {
    testDb = await openTestDb(backend);
    await seedUnits(testDb.db);
    ({ app, url: serverUrl } = await startServer(testDb.db));
    proxy = await startFaultProxy(serverUrl, async () => {
      // A crash as far as clients can tell: connections cut, then a new process on the same data.
      app.server.closeAllConnections();
      await app.close();
      ({ app, url: serverUrl } = await startServer(testDb.db));
      return serverUrl;
    });
  }, 60_000);
  afterAll(async () => {
    await proxy.close();
    await app.close();
    await testDb.close();
  });

  async function runScenario(faults: ProxyFault[]): Promise<string[]> {
    unitNo += 1;
    const unitCode = String(360000 + unitNo);
    await createUnit(
      testDb.db,
      { code: unitCode, name: `故障院${String(unitNo)}`, level: 'county', parentCode: UNITS.hefei },
      new Date(),
    );
    const server = { db: testDb.db, url: serverUrl };
    const writer = await addDevice(server, unitCode, {
      serverUrl: proxy.url,
      engine: { batchSize: 3, pullLimit: 2, requestTimeoutMs: TIMEOUT_MS },
    });
    const reader = await addDevice(server, unitCode, { serverUrl: proxy.url });
    const errors: string[] = [];
    try {
      await makeChanges(writer);
      proxy.plan = [...faults];
      for (let round = 0; round < 30; round++) {
        const status = await writer.engine.syncNow();
        if (status.kind === 'error') errors.push(status.code);
        if (status.kind === 'idle' && proxy.plan.length === 0) break;
      }
      expect(proxy.plan).toEqual([]);
      await proxy.idle();
      // A late duplicate may have landed after the writer's last pull: one more quiet round.
      for (const device of [writer, reader, writer]) {
        expect(await device.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
      }
      await expectConverged(testDb.db, unitCode, [writer, reader]);
      expect(await reader.db.cases.count()).toBe(3);
      return errors;
    } finally {
      await closeDevices([writer, reader]);
    }
  }

  it.each(FIXED)('loses and doubles nothing after $name', async ({ faults, firstError }) => {
    const errors = await runScenario(faults);
    expect(errors[0] ?? null).toBe(firstError);
  });

  it.each([11, 12, 13, 14, 15, 16])(
    'loses and doubles nothing under seeded random faults (seed %i)',
    async (seed) => {
      await runScenario(randomFaults(seed, 10));
    },
  );
});
