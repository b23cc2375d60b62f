/**
 * Property: three devices of a fresh unit make random edits (same and different fields, clears,
 * deletes and restores) with random sync interleavings while requests are dropped, answers lost
 * and batches resent. After everyone has synced to rest (conflicts resolved by a fixed rule),
 * every change the devices made is stored on the server exactly once, no version is stored twice,
 * and all devices hold exactly the server's records. Fixed seed; one server, fresh unit per run.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../../src-server/admin/adminCommands';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  createCase,
  deleteCase,
  restoreCase,
  updateCase,
} from '../../../src-renderer/src/db/cases';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { validInput } from '../../unit/db/fixtures';
import { expectConverged, settle } from './helpers/converge';
import { createFaultyFetch, type FaultyFetch, type FetchFault } from './helpers/faultyFetch';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 200);
const SEED = Number(process.env.SYNC_PROPERTY_SEED ?? 20261129);

type Field = 'title' | 'claims' | 'facts' | 'adminOrgan';
type Step =
  | { kind: 'create'; device: number }
  | { kind: 'edit'; device: number; record: number; field: Field; value: number }
  | { kind: 'delete' | 'restore'; device: number; record: number }
  | { kind: 'sync'; device: number; faults: (FetchFault | null)[] };

const device = fc.integer({ min: 0, max: 2 });
const record = fc.integer({ min: 0, max: 3 });
const fault = fc.constantFrom<FetchFault | null>(
  null,
  null,
  'drop-request',
  'drop-response',
  'duplicate',
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), device }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      record,
      field: fc.constantFrom<Field>('title', 'claims', 'facts', 'adminOrgan'),
      // 0 clears an optional field; small values make equal edits on two devices likely.
      value: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete' as const, 'restore' as const),
      device,
      record,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      faults: fc.array(fault, { maxLength: 3 }),
    }),
  },
);

function editValue(field: Field, value: number): Partial<CaseCardInput> {
  if (field === 'adminOrgan')
    return { adminOrgan: value === 0 ? undefined : `机关${String(value)}` };
  return { [field]: `${field}-${String(value)}` };
}

describe.each(BACKENDS)('convergence property on %s', (backend) => {
  let env: TestEnv;
  let run = 0;
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  it(`converges with nothing lost or doubled (${String(RUNS)} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 16 }), async (steps) => {
        run += 1;
        const unitCode = String(350000 + run);
        await createUnit(
          env.db,
          {
            code: unitCode,
            name: `测试院${String(run)}`,
            level: 'county',
            parentCode: UNITS.hefei,
          },
          new Date(),
        );
        const fetches: FaultyFetch[] = [];
        const devices: TestDevice[] = [];
        for (let i = 0; i < 3; i++) {
          const faulty = createFaultyFetch();
          fetches.push(faulty);
          devices.push(
            await addDevice(env, unitCode, {
              engine: { fetch: faulty.fetch, batchSize: 3, pullLimit: 2 },
            }),
          );
        }
        try {
          const now = new Date();
          // Two cases every device holds before the random part, so edits meet on them.
          for (let i = 0; i < 2; i++)
            await createCase(devices[0]!.db, devices[0]!.actor, validInput(i), now);
          for (const d of devices) await d.engine.syncNow();
          const shared = (await devices[2]!.db.cases.toCollection().primaryKeys()).sort();
          const known: string[][] = [[...shared], [...shared], [...shared]];
          for (const step of steps) {
            const d = devices[step.device]!;
            const ids = known[step.device]!;
            if (step.kind === 'create') {
              const created = await createCase(d.db, d.actor, validInput(ids.length), now);
              if (created.ok) ids.push(created.value.id);
            } else if (step.kind === 'sync') {
              fetches[step.device]!.plan = [...step.faults];
              await d.engine.syncNow();
              fetches[step.device]!.plan = [];
              // What the device pulled becomes editable there too.
              known[step.device] = (await d.db.cases.toCollection().primaryKeys()).sort();
            } else {
              const id = ids[step.record % Math.max(ids.length, 1)];
              if (id === undefined) continue;
              if (step.kind === 'edit') {
                await updateCase(d.db, d.actor, id, editValue(step.field, step.value), now);
              } else if (step.kind === 'delete') {
                await deleteCase(d.db, d.actor, id, now);
              } else {
                await restoreCase(d.db, d.actor, id, now);
              }
            }
          }
          await settle(devices);
          const sent = new Set(fetches.flatMap((f) => [...f.sentChangeIds]));
          await expectConverged(env.db, unitCode, devices, sent);
          for (const d of devices) expect(await verifyAuditChain(d.db)).toMatchObject({ ok: true });
        } finally {
          await closeDevices(devices);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.SYNC_PROPERTY_SHRINK !== '1' },
    );
  }, 600_000);
});
