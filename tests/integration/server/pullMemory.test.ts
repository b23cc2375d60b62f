/**
 * Bounded memory of pulls: ~163 MB of valid case records (420 cards of ~390 KB, as large as the
 * app lets a person make them) pulled whole with limit=1000, once and then by three devices at
 * once. A batch of them goes through `POST /sync/push` (so the server accepts such cards); the
 * rest are copies of one of them written straight into `records` before the server starts, which
 * keeps the test within its time budget (pushing 163 MB takes minutes on a busy machine). Pages are cut at 4 MiB of record data (src-server/sync/pageByBytes.ts), so the server
 * holds a page at a time: its RSS, read from /proc while the pulls run, grows by less than
 * MAX_GROWTH_BYTES over what it held before them. Before pages were cut by size, one such pull
 * grew it by ~700 MB and three by ~2.3 GB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EnrollResponse } from '../../../src-shared/sync/enroll';
import { enrollResponseSchema } from '../../../src-shared/sync/enroll';
import type { PushChange } from '../../../src-shared/sync/push';
import { pushResponseSchema } from '../../../src-shared/sync/push';
import { issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { change } from './helpers/changes';
import { largeCase } from './helpers/largeCases';
import type { ServerProcess } from './helpers/serverProcess';
import { startServerProcess } from './helpers/serverProcess';
import { BACKENDS, UNITS, sendRequest, seedUnits } from './helpers/testEnv';

const RECORDS = 420;
/** Pushed through the API, under the server's 5 MiB body limit; the rest are seeded. */
const PUSHED = 12;
const MiB = 1024 * 1024;
/** The bound this test states (src-server/OPERATIONS.md, "Memory"), for one pull and for three. */
const MAX_GROWTH_BYTES = { one: 200 * MiB, three: 300 * MiB };

/** What a change carries besides its data: entity, ids, rev, flags, time, seq. */
const CHANGE_FIELDS_BYTES = 300;

const pageSchema = z.object({
  changes: z.array(z.object({ seq: z.number().int(), data: z.record(z.string(), z.unknown()) })),
  nextCursor: z.string(),
  hasMore: z.boolean(),
});

type Pulled = { seqs: number[]; pages: number; bytes: number };

describe.each(BACKENDS)('pull memory on %s', (backend) => {
  let server: ServerProcess;
  const codes: string[] = [];

  beforeAll(async () => {
    const started = Date.now();
    server = await startServerProcess(backend, async (db) => {
      await seedUnits(db);
      for (let i = 0; i < 4; i++)
        codes.push((await issueEnrollmentCode(db, { unitCode: UNITS.yaohai }, new Date())).code);
      await db.query(
        `insert into records (unit_code, entity, entity_id, rev, data, data_bytes, deleted,
                              created_at, updated_at, server_seq, last_change_id)
         select $1, 'case', '0190c000-0000-7000-8000-' || lpad(n::text, 12, '0'), 1, d,
                octet_length(d::text), false, now(), now(), nextval('server_seq'), gen_random_uuid()
           from generate_series(1, $3::int4) as n,
                jsonb_set($2::jsonb, '{provisionalNo}', to_jsonb('340102-2025-' || lpad(n::text, 5, '0'))) as d`,
        [UNITS.yaohai, JSON.stringify(largeCase(0)), RECORDS - PUSHED],
      );
    });
    console.log(`server on ${backend} seeded and started in ${String(Date.now() - started)} ms`);
  }, 180_000);
  afterAll(async () => {
    await server.stop();
  }, 30_000);

  async function enroll(): Promise<EnrollResponse> {
    const reply = await sendRequest(`${server.url}/devices/enroll`, {
      method: 'POST',
      body: { code: codes.pop() },
    });
    return enrollResponseSchema.parse(reply.body);
  }

  /**
   * Every page from '0' with limit=1000, checked for the byte bound as sent (the JSON text, with
   * each change's own fields besides its data). Read with a light schema: the full one would
   * cost the test more time than the server spends answering.
   */
  async function pullAll(token: string): Promise<Pulled> {
    const pulled: Pulled = { seqs: [], pages: 0, bytes: 0 };
    let cursor = '0';
    for (;;) {
      const response = await fetch(`${server.url}/sync/pull?cursor=${cursor}&limit=1000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      const page = pageSchema.parse(JSON.parse(text));
      const bytes = Buffer.byteLength(text);
      if (page.changes.length > 1)
        expect(bytes).toBeLessThanOrEqual(4 * MiB + CHANGE_FIELDS_BYTES * page.changes.length);
      pulled.seqs.push(...page.changes.map((c) => c.seq));
      pulled.pages += 1;
      pulled.bytes += bytes;
      cursor = page.nextCursor;
      if (!page.hasMore) return pulled;
    }
  }

  function expectEverything(pulled: Pulled): void {
    expect(pulled.seqs).toHaveLength(RECORDS);
    expect(new Set(pulled.seqs).size).toBe(RECORDS);
    expect(pulled.seqs).toEqual([...pulled.seqs].sort((a, b) => a - b));
    expect(pulled.bytes).toBeGreaterThan(160_000_000);
    // limit=1000 used to send all of it in one answer.
    expect(pulled.pages).toBeGreaterThanOrEqual(40);
  }

  it('stores ~163 MB of valid cases, then pulls them with RSS growth under the stated bound', async () => {
    const writer = await enroll();
    const changes: PushChange[] = Array.from({ length: PUSHED }, (_, i) =>
      change({
        deviceSeq: i + 1,
        entityId: `0190b000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        op: 'create',
        patch: largeCase(i + 1),
      }),
    );
    const reply = await sendRequest(`${server.url}/sync/push`, {
      method: 'POST',
      token: writer.token,
      body: { changes },
    });
    expect(reply.status).toBe(200);
    const answers = pushResponseSchema.parse(reply.body).results.map((r) => r.status);
    expect(answers).toEqual(changes.map(() => 'applied'));
    const readers = [await enroll(), await enroll(), await enroll()];

    const started = Date.now();
    const before = server.rss();
    const one = await server.peakRssDuring(() => pullAll(readers[0]?.token ?? ''));
    expectEverything(one.result);
    const three = await server.peakRssDuring(() =>
      Promise.all(readers.map((r) => pullAll(r.token))),
    );
    for (const pulled of three.result) expectEverything(pulled);

    const growth = { one: one.peak - before, three: three.peak - before };
    console.log(
      `pull memory on ${backend}: RSS before ${String(Math.round(before / MiB))} MiB, ` +
        `+${String(Math.round(growth.one / MiB))} MiB for one pull, ` +
        `+${String(Math.round(growth.three / MiB))} MiB for three (${String(one.result.pages)} pages each, ` +
        `${String(Math.round((Date.now() - started) / 1000))} s)`,
    );
    expect(growth.one).toBeLessThan(MAX_GROWTH_BYTES.one);
    expect(growth.three).toBeLessThan(MAX_GROWTH_BYTES.three);
  }, 240_000);
});
