/**
 * Property: whatever the interleaving of pushes from two devices — responses lost (the server
 * applied, the client never heard), batches resent, old requests arriving late — every change the
 * server acknowledged is stored exactly once, none is stored twice, and each record's revisions
 * are exactly its stored versions. Fixed seed, 200 runs, one server, fresh record ids per run.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushChange } from '../../../src-shared/sync/push';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

/** What the network did to one push. */
type Delivery = 'ok' | 'lost-response' | 'late-duplicate';
type Step = { device: 0 | 1; batch: number; delivery: Delivery };
type Edit = { device: 0 | 1; record: number; field: 'title' | 'claims' | 'facts' };

const stepArb: fc.Arbitrary<Step> = fc.record({
  device: fc.constantFrom<0 | 1>(0, 1),
  batch: fc.integer({ min: 1, max: 3 }),
  delivery: fc.constantFrom<Delivery>('ok', 'ok', 'lost-response', 'late-duplicate'),
});
const editArb: fc.Arbitrary<Edit> = fc.record({
  device: fc.constantFrom<0 | 1>(0, 1),
  record: fc.integer({ min: 0, max: 2 }),
  field: fc.constantFrom<'title' | 'claims' | 'facts'>('title', 'claims', 'facts'),
});

describe.each(BACKENDS)('push property on %s', (backend) => {
  let env: TestEnv;
  const devices: { token: string; deviceId: string; seq: number }[] = [];
  let ids = 0;
  const uuid = () => `0190b000-0000-7000-8000-${(++ids).toString(16).padStart(12, '0')}`;

  beforeAll(async () => {
    env = await createTestEnv(backend);
    for (let i = 0; i < 2; i++) devices.push({ ...(await env.enroll(UNITS.yaohai)), seq: 0 });
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  it('stores every acknowledged change exactly once and never twice', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        fc.array(stepArb, { maxLength: 4 }),
        async (edits, steps) => {
          run += 1;
          const prefix = `p${run}-`;
          // Each device's outbox, in its own sequence order. A device creates a record the first time it touches it.
          const outbox: PushChange[][] = [[], []];
          const known = [new Set<number>(), new Set<number>()];
          for (const edit of edits) {
            const device = devices[edit.device]!;
            device.seq += 1;
            const isNew = !known[edit.device]!.has(edit.record);
            known[edit.device]!.add(edit.record);
            const changeId = uuid();
            outbox[edit.device]!.push({
              changeId,
              deviceSeq: device.seq,
              entity: 'case',
              entityId: `${prefix}${edit.record}`,
              op: isNew ? 'create' : 'update',
              baseRev: 0,
              patch: { [edit.field]: changeId },
              deviceTime: '2026-11-29T10:00:00Z',
            });
          }
          const pending = [outbox[0]!.slice(), outbox[1]!.slice()];
          const sent: PushChange[][] = [];
          const acknowledged = new Map<string, string>();

          const deliver = async (device: 0 | 1, batch: PushChange[], isHeard: boolean) => {
            const reply = await env.push(devices[device]!.token, batch);
            expect(reply.results.map((r) => r.changeId)).toEqual(batch.map((c) => c.changeId));
            if (!isHeard) return;
            for (const result of reply.results) {
              const first = result.status === 'duplicate' ? result.original.status : result.status;
              const earlier = acknowledged.get(result.changeId);
              if (earlier !== undefined) expect(first).toBe(earlier);
              acknowledged.set(result.changeId, first);
            }
            pending[device] = pending[device]!.filter(
              (c) => !reply.results.some((r) => r.changeId === c.changeId),
            );
          };

          for (const step of steps) {
            if (step.delivery === 'late-duplicate' && sent.length > 0) {
              const old = sent[(run + sent.length) % sent.length]!;
              const owner = outbox[0]!.includes(old[0]!) ? 0 : 1;
              await deliver(owner, old, false);
              continue;
            }
            const batch = pending[step.device]!.slice(0, step.batch);
            if (batch.length === 0) continue;
            sent.push(batch);
            await deliver(step.device, batch, step.delivery === 'ok');
          }
          // Back online for good: each device drains its outbox, resending whatever it never heard about.
          for (const device of [0, 1] as const) {
            while (pending[device]!.length > 0)
              await deliver(device, pending[device]!.slice(0, 3), true);
          }

          const all = [...outbox[0]!, ...outbox[1]!];
          const changeIds = all.map((c) => c.changeId);
          expect([...acknowledged.keys()].sort()).toEqual([...changeIds].sort());
          // Per change: how many stored answers and how many record versions carry its id.
          const stored = await env.db.query(
            `select c.id::text as change_id,
                    (select count(*)::int from applied_changes a where a.change_id = c.id) as answers,
                    (select count(*)::int from record_versions v where v.change_id = c.id) as versions
               from unnest($1::uuid[]) as c(id)`,
            [changeIds],
          );
          for (const row of stored) {
            expect(row.answers).toBe(1);
            // An applied change (every patch here sets a new value) wrote exactly one version;
            // a conflicting one at most one.
            expect(Number(row.versions)).toBeLessThanOrEqual(1);
            if (acknowledged.get(String(row.change_id)) === 'applied') expect(row.versions).toBe(1);
          }
          const records = await env.db.query(
            `select r.rev, count(v.rev)::int as versions, max(v.rev)::int as top
               from records r join record_versions v using (unit_code, entity, entity_id)
              where r.entity_id like $1 group by r.entity_id, r.rev`,
            [`${prefix}%`],
          );
          for (const row of records) expect([row.versions, row.top]).toEqual([row.rev, row.rev]);
          const seqs = await env.db.query(
            'select last_seq::int as n from devices where id = any($1::uuid[]) order by id',
            [devices.map((d) => d.deviceId).sort()],
          );
          expect(seqs.map((row) => row.n)).toEqual(
            [...devices].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1)).map((d) => d.seq),
          );
        },
      ),
      { seed: 20261129, numRuns: 200, endOnFailure: true },
    );
  }, 240_000);
});
