/**
 * Reference data over HTTP: operators set versioned sets with `reference:set` (checked, nothing
 * stored when bad), devices read the index and the payloads (ETag → 304), unit overrides win on
 * their subtree, and the OpenAPI document lists the routes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { referenceIndexSchema, referenceSetSchema } from '../../../src-shared/sync/reference';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import { TEST_TABLE_2027, TEST_WAGE_BASES } from '../../fixtures/referenceData';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('reference data on %s', (backend) => {
  let env: TestEnv;
  let dir: string;
  let yaohai: string;
  let jinghu: string;

  beforeAll(async () => {
    env = await createTestEnv(backend);
    dir = mkdtempSync(join(tmpdir(), 'jianhu-reference-'));
    yaohai = (await env.enroll(UNITS.yaohai)).token;
    jinghu = (await env.enroll(UNITS.jinghu)).token;
  }, 60_000);
  afterAll(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let fileNo = 0;
  function file(content: unknown): string {
    fileNo += 1;
    const path = join(dir, `set-${fileNo}.json`);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  async function admin(...argv: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, {
      db: env.db,
      now: new Date('2026-11-30T08:00:00Z'),
      write: (line) => lines.push(line),
    });
    return { code, out: lines.join('\n') };
  }

  const countSets = () => env.count('select count(*)::int as n from reference_sets');
  const index = async (token: string) => {
    const reply = await env.request('/reference', { token });
    expect(reply.status).toBe(200);
    return referenceIndexSchema.parse(reply.body).kinds;
  };

  it('asks for a device token on both routes', async () => {
    for (const path of ['/reference', '/reference/holidays']) {
      expect(await env.request(path)).toMatchObject({
        status: 401,
        body: { code: 'unauthorized' },
      });
      expect(await env.request(path, { token: 'x'.repeat(43) })).toMatchObject({
        status: 401,
        body: { code: 'unauthorized' },
      });
    }
  });

  it('answers 404 not-found for an unknown kind and for a kind with no data yet', async () => {
    expect(await index(yaohai)).toEqual([]);
    expect(await env.request('/reference/bogus', { token: yaohai })).toMatchObject({
      status: 404,
      body: { code: 'not-found' },
    });
    expect(await env.request('/reference/holidays', { token: yaohai })).toMatchObject({
      status: 404,
      body: { code: 'not-found' },
    });
  });

  it('refuses a bad file with a clear message and stores nothing', async () => {
    const badTable = {
      ...TEST_TABLE_2027,
      makeUpWorkdays: [{ date: '2027-02-17', holiday: 'springFestival' }],
    };
    const cases: [string[], RegExp][] = [
      [['--kind', 'holidays', '--file', file('{ not json')], /is not valid JSON/],
      [['--kind', 'holidays', '--file', join(dir, 'missing.json')], /cannot read .*ENOENT/],
      [
        ['--kind', 'holidays', '--file', file([badTable])],
        /holidays data is invalid\n {2}0\.makeUpWorkdays\.0\.date: validation\.calendar\.makeUpNotWeekend\nnothing was stored/,
      ],
      [
        ['--kind', 'holidays', '--file', file([TEST_TABLE_2027, TEST_TABLE_2027])],
        /1\.year: validation\.calendar\.year/,
      ],
      [['--kind', 'wageBases', '--file', file({ version: 'x', entries: [] })], /invalid/],
      [['--kind', 'recipes', '--file', file([])], /unknown kind "recipes"/],
      [['--kind', 'holidays'], /--file is required/],
      [['--kind', 'holidays', '--file', file([TEST_TABLE_2027]), '--unit', '999999'], /no unit/],
      [['--kind', 'holidays', '--file', file([TEST_TABLE_2027]), '--bogus'], /error:/],
    ];
    for (const [args, message] of cases) {
      const result = await admin('reference:set', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.out).toMatch(message);
    }
    expect(await countSets()).toBe(0);
    expect(await index(yaohai)).toEqual([]);
  });

  it('stores a set, serves it with an ETag, answers 304 while it is unchanged and bumps the version', async () => {
    const set = await admin(
      'reference:set',
      '--kind',
      'holidays',
      '--file',
      file([TEST_TABLE_2027]),
    );
    expect(set).toMatchObject({ code: 0 });
    expect(set.out).toMatch(/^stored holidays version 1 province-wide \(sha256 [0-9a-f]{64}\)$/);

    const [entry] = await index(yaohai);
    expect(entry).toMatchObject({
      kind: 'holidays',
      version: 1,
      scope: 'province',
      updatedAt: '2026-11-30T08:00:00.000Z',
    });
    const first = await env.request('/reference/holidays', { token: yaohai });
    expect(first.status).toBe(200);
    const payload = referenceSetSchema.parse(first.body);
    expect(payload).toMatchObject({ kind: 'holidays', version: 1, hash: entry?.hash });
    expect(payload.data).toEqual([TEST_TABLE_2027]);
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${entry?.hash ?? ''}"`);

    const unchanged = await env.request('/reference/holidays', {
      token: yaohai,
      headers: { 'if-none-match': `W/"other", ${etag ?? ''}` },
    });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe('');
    expect(
      (
        await env.request('/reference/holidays', {
          token: yaohai,
          headers: { 'if-none-match': '"0000"' },
        })
      ).status,
    ).toBe(200);

    const corrected = {
      ...TEST_TABLE_2027,
      makeUpWorkdays: TEST_TABLE_2027.makeUpWorkdays.slice(1),
    };
    expect(
      (await admin('reference:set', '--kind', 'holidays', '--file', file([corrected]))).out,
    ).toMatch(/version 2/);
    const [second] = await index(yaohai);
    expect(second).toMatchObject({ kind: 'holidays', version: 2 });
    expect(second?.hash).not.toBe(entry?.hash);
    const changed = await env.request('/reference/holidays', {
      token: yaohai,
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(referenceSetSchema.parse(changed.body)).toMatchObject({
      version: 2,
      data: [{ makeUpWorkdays: corrected.makeUpWorkdays }],
    });
    expect(
      await env.count(
        "select count(*)::int as n from server_audit where action = 'reference.set' and detail->>'kind' = 'holidays'",
      ),
    ).toBe(2);
  });

  it('lets a unit override a kind for its subtree only, and lists every scope', async () => {
    expect(
      (await admin('reference:set', '--kind', 'wageBases', '--file', file(TEST_WAGE_BASES))).code,
    ).toBe(0);
    const cityTable = { ...TEST_WAGE_BASES, version: 'hefei-override' };
    const override = await admin(
      'reference:set',
      '--kind',
      'wageBases',
      '--file',
      file(cityTable),
      '--unit',
      UNITS.hefei,
    );
    expect(override.code).toBe(0);
    expect(override.out).toMatch(/version 2 for unit 340100/);
    expect(await admin('reference:list', '--bogus')).toMatchObject({ code: 2 });

    const fromCounty = await env.request('/reference/wageBases', { token: yaohai });
    expect(referenceSetSchema.parse(fromCounty.body)).toMatchObject({
      scope: 'unit',
      version: 2,
      data: { version: 'hefei-override' },
    });
    const elsewhere = await env.request('/reference/wageBases', { token: jinghu });
    expect(referenceSetSchema.parse(elsewhere.body)).toMatchObject({
      scope: 'province',
      version: 1,
      data: { version: TEST_WAGE_BASES.version },
    });
    expect((await index(jinghu)).map((k) => [k.kind, k.version])).toEqual([
      ['holidays', 2],
      ['wageBases', 1],
    ]);

    const listed = await admin('reference:list');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/holidays\s+province\s+2\s/);
    expect(listed.out).toMatch(/wageBases\s+province\s+1\s/);
    expect(listed.out).toMatch(/wageBases\s+340100\s+2\s/);
    expect(listed.out).toMatch(/3 set\(s\)$/);
  });

  it('documents both routes in the OpenAPI document', async () => {
    const doc = await env.request('/docs/json');
    const { paths } = z.object({ paths: z.record(z.string(), z.unknown()) }).parse(doc.body);
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/api/v1/reference', '/api/v1/reference/{kind}']),
    );
    expect(JSON.stringify(paths['/api/v1/reference/{kind}'])).toContain('makeUpWorkdays');
  });
});
