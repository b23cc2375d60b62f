/**
 * Pull and lead pages cut by size as well as count (src-server/sync/pageByBytes.ts): a record
 * larger than the byte budget goes alone, other pages stay within it and are cut only where the
 * next record would not fit, and walking the cursor delivers every record once, in order.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLeadsPage } from '../../../src-server/leads/readLeadsPage';
import { readPullPage } from '../../../src-server/sync/readPull';
import type { TestDb } from './helpers/testEnv';
import { BACKENDS, UNITS, openTestDb, seedUnits } from './helpers/testEnv';

const MAX_BYTES = 1_000;

type Stored = { seq: number; entity: string; bytes: number };

/** Sizes of `text` around the budget: mostly small, some close to it, a few far above it. */
function textLengths(count: number): number[] {
  let x = 7;
  return Array.from({ length: count }, (_, i) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    if (i % 17 === 5) return 3 * MAX_BYTES + (x % 500);
    if (i % 5 === 0) return MAX_BYTES - 100 + (x % 80);
    return 20 + (x % 300);
  });
}

type Page = { seqs: number[]; hasMore: boolean; nextCursor: string };

/** Walks the pages from '0' and checks each one against the bounds as it goes. */
async function walk(
  readPage: (cursor: number) => Promise<Page>,
  stored: readonly Stored[],
  limit: number,
): Promise<number[]> {
  const bytesOf = new Map(stored.map((s) => [s.seq, s.bytes]));
  const order = stored.map((s) => s.seq);
  const seen: number[] = [];
  let cursor = 0;
  for (;;) {
    const page = await readPage(cursor);
    const sizes = page.seqs.map((seq) => bytesOf.get(seq) ?? Number.NaN);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(page.seqs.length).toBeLessThanOrEqual(limit);
    if (page.seqs.length > 1) expect(total).toBeLessThanOrEqual(MAX_BYTES);
    if (page.hasMore) {
      expect(page.seqs.length).toBeGreaterThan(0);
      // Cut by count, or because the next record would not have fitted.
      const next = order[order.indexOf(page.seqs.at(-1) ?? -1) + 1];
      const nextBytes = bytesOf.get(next ?? -1) ?? 0;
      expect(page.seqs.length === limit || total + nextBytes > MAX_BYTES).toBe(true);
    }
    expect(page.nextCursor).toBe(String(page.seqs.at(-1) ?? cursor));
    seen.push(...page.seqs);
    cursor = Number(page.nextCursor);
    if (!page.hasMore) return seen;
  }
}

describe.each(BACKENDS)('pages bounded by bytes on %s', (backend) => {
  let testDb: TestDb;
  const stored: Stored[] = [];

  beforeAll(async () => {
    testDb = await openTestDb(backend);
    await seedUnits(testDb.db);
    const lengths = textLengths(120);
    for (const [i, length] of lengths.entries()) {
      // Another unit's records in between: never counted, never sent.
      const unit = i % 9 === 4 ? UNITS.luyang : UNITS.yaohai;
      const entity = i % 3 === 0 ? 'lead' : i % 7 === 0 ? 'user' : 'case';
      const json = JSON.stringify({ text: '检'.repeat(length), n: i });
      // data_bytes as the push writer measures it: the bytes of the JSON text it sends.
      const rows = await testDb.db.query(
        `insert into records (unit_code, entity, entity_id, rev, data, data_bytes, deleted,
                              created_at, updated_at, server_seq, last_change_id)
         values ($1, $2, $3, 1, $4::jsonb, $5, false, now(), now(), nextval('server_seq'), $6)
         returning server_seq, data_bytes`,
        [unit, entity, `rec-${i}`, json, Buffer.byteLength(json), randomUUID()],
      );
      const row = rows[0];
      if (unit === UNITS.yaohai)
        stored.push({ seq: Number(row?.server_seq), entity, bytes: Number(row?.data_bytes) });
    }
  }, 60_000);
  afterAll(async () => {
    await testDb.close();
  });

  it('counts the bytes a page sends: the JSON text of the data', async () => {
    const rows = await testDb.db.query(
      `select data, data_bytes from records where unit_code = $1 order by server_seq limit 5`,
      [UNITS.yaohai],
    );
    for (const row of rows)
      expect(Number(row.data_bytes)).toBeGreaterThanOrEqual(
        Buffer.byteLength(JSON.stringify(row.data)),
      );
  });

  it.each([1, 3, 1000])(
    'pull with limit %i: a large record alone, others within the budget, each once in order',
    async (limit) => {
      const seen = await walk(
        async (cursor) => {
          const page = await readPullPage(testDb.db, UNITS.yaohai, cursor, limit, 2, MAX_BYTES);
          return { ...page, seqs: page.changes.map((c) => c.seq) };
        },
        stored,
        limit,
      );
      expect(seen).toEqual(stored.map((s) => s.seq));
      expect(stored.some((s) => s.bytes > MAX_BYTES)).toBe(true);
    },
  );

  it('pull for protocol 1 leaves users out and still delivers every other record once', async () => {
    const expected = stored.filter((s) => s.entity !== 'user');
    const seen = await walk(
      async (cursor) => {
        const page = await readPullPage(testDb.db, UNITS.yaohai, cursor, 10, 1, MAX_BYTES);
        return { ...page, seqs: page.changes.map((c) => c.seq) };
      },
      expected,
      10,
    );
    expect(seen).toEqual(expected.map((s) => s.seq));
  });

  it('leads pages follow the same bounds', async () => {
    const leads = stored.filter((s) => s.entity === 'lead');
    const seen = await walk(
      async (cursor) => {
        const page = await readLeadsPage(testDb.db, UNITS.yaohai, cursor, 5, MAX_BYTES);
        return { ...page, seqs: page.leads.map((l) => l.seq) };
      },
      leads,
      5,
    );
    expect(seen).toEqual(leads.map((s) => s.seq));
  });

  it('an empty range answers no changes, the same cursor and no more', async () => {
    const last = stored.at(-1)?.seq ?? 0;
    expect(await readPullPage(testDb.db, UNITS.yaohai, last, 10, 2, MAX_BYTES)).toEqual({
      changes: [],
      nextCursor: String(last),
      hasMore: false,
    });
  });
});
