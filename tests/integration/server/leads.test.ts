/**
 * Leads on the server: a model's list imported by the operator becomes 'lead' records of one unit;
 * re-importing it changes nothing; `GET /leads` pages them by server sequence to that unit's
 * devices only; a status change pushed by a device is what the list then shows; a bad list or a
 * bad query is refused with a 4xx code and stores nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrollResponse } from '../../../src-shared/sync/enroll';
import { leadsResponseSchema, type LeadsResponse } from '../../../src-shared/sync/leads';
import { AdminError } from '../../../src-server/admin/adminCommands';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import { importLeads, leadIdFor } from '../../../src-server/leads/importLeads';
import { create, update } from './helpers/changes';
import { MODEL_NAME, leadItem, leadList } from './helpers/leadList';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('leads on %s', (backend) => {
  let env: TestEnv;
  let yaohai: EnrollResponse;
  let luyang: EnrollResponse;
  const dir = mkdtempSync(join(tmpdir(), 'jianhu-leads-'));

  beforeAll(async () => {
    env = await createTestEnv(backend);
    yaohai = await env.enroll(UNITS.yaohai);
    luyang = await env.enroll(UNITS.luyang);
  }, 60_000);
  afterAll(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const countLeads = (unit: string) =>
    env.count("select count(*) as n from records where unit_code = $1 and entity = 'lead'", [unit]);
  const countVersions = (unit: string) =>
    env.count(
      "select count(*) as n from record_versions where unit_code = $1 and entity = 'lead'",
      [unit],
    );

  async function leadsPage(token: string, query = ''): Promise<LeadsResponse> {
    const reply = await env.request(`/leads${query}`, { token });
    expect(reply.status).toBe(200);
    return leadsResponseSchema.parse(reply.body);
  }

  async function allLeads(token: string, limit: number): Promise<LeadsResponse['leads']> {
    const out: LeadsResponse['leads'] = [];
    let cursor = '0';
    for (;;) {
      const page = await leadsPage(token, `?cursor=${cursor}&limit=${String(limit)}`);
      out.push(...page.leads);
      cursor = page.nextCursor;
      if (!page.hasMore) return out;
    }
  }

  it('imports a list through the admin command and re-importing it is a no-op', async () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, JSON.stringify(leadList(5)));
    const lines: string[] = [];
    const run = () =>
      runAdminCommand(['leads:import', '--unit', UNITS.yaohai, '--file', file], {
        db: env.db,
        now: new Date('2025-03-02T09:00:00+08:00'),
        write: (line) => lines.push(line),
      });
    expect(await run()).toBe(0);
    expect(lines.join('\n')).toContain('imported 5 new lead(s)');
    expect([await countLeads(UNITS.yaohai), await countVersions(UNITS.yaohai)]).toEqual([5, 5]);

    lines.length = 0;
    expect(await run()).toBe(0);
    expect(lines.join('\n')).toContain('imported 0 new lead(s) for 340102; 5 already there');
    expect([await countLeads(UNITS.yaohai), await countVersions(UNITS.yaohai)]).toEqual([5, 5]);

    const leads = await allLeads(yaohai.token, 100);
    expect(leads).toHaveLength(5);
    expect(leads[0]).toMatchObject({
      entity: 'lead',
      entityId: leadIdFor(UNITS.yaohai, MODEL_NAME, 'AH-2025-0001'),
      rev: 1,
      deleted: false,
      data: {
        origin: 'model',
        modelName: MODEL_NAME,
        modelCode: 'AH-M03',
        batch: '2025-第1批',
        externalId: 'AH-2025-0001',
        status: 'new',
        amount: 12001,
        dismissReason: null,
        caseId: null,
      },
    });
    const audit = await env.count(
      "select count(*) as n from server_audit where action = 'leads.import' and unit_code = $1",
      [UNITS.yaohai],
    );
    expect(audit).toBe(2);
  });

  it('pages the unit’s leads in server order, without its cases, and keeps paging stable', async () => {
    await env.push(yaohai.token, [create(1, 'case-between', { title: '一个案件' })]);
    await importLeads(
      env.db,
      {
        unitCode: UNITS.yaohai,
        list: leadList(3, { batch: 'B2', items: [7, 8, 9].map((i) => leadItem(i)) }),
      },
      new Date(),
    );
    const pages: number[] = [];
    let cursor = '0';
    const ids: string[] = [];
    for (;;) {
      const page = await leadsPage(yaohai.token, `?cursor=${cursor}&limit=3`);
      pages.push(page.leads.length);
      ids.push(...page.leads.map((l) => l.entityId));
      const seqs = page.leads.map((l) => l.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      if (page.leads.length > 0) expect(Number(page.nextCursor)).toBeGreaterThan(Number(cursor));
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(pages).toEqual([3, 3, 2]);
    expect(new Set(ids).size).toBe(8);
    expect(ids).not.toContain('case-between');
    const after = await leadsPage(yaohai.token, `?cursor=${cursor}`);
    expect(after).toEqual({ leads: [], nextCursor: cursor, hasMore: false });
  });

  it('shows a county only its own unit’s leads, by cursor and by id', async () => {
    expect(await allLeads(luyang.token, 50)).toEqual([]);
    await importLeads(env.db, { unitCode: UNITS.luyang, list: leadList(1) }, new Date());
    const own = await allLeads(luyang.token, 50);
    expect(own).toHaveLength(1);
    // The same external id in another unit is another lead.
    expect(own[0]?.entityId).toBe(leadIdFor(UNITS.luyang, MODEL_NAME, 'AH-2025-0001'));
    expect(own[0]?.entityId).not.toBe(leadIdFor(UNITS.yaohai, MODEL_NAME, 'AH-2025-0001'));
    const yaohaiId = leadIdFor(UNITS.yaohai, MODEL_NAME, 'AH-2025-0002');
    expect(await env.request(`/records/lead/${yaohaiId}`, { token: luyang.token })).toMatchObject({
      status: 404,
      body: { code: 'not-found' },
    });
  });

  it('merges a status change pushed by a device, and a re-import keeps it', async () => {
    const id = leadIdFor(UNITS.yaohai, MODEL_NAME, 'AH-2025-0003');
    const [answer] = (
      await env.push(yaohai.token, [
        {
          ...update(2, id, 1, { status: 'dismissed', dismissReason: '已核实为真实劳动关系' }),
          entity: 'lead',
        },
      ])
    ).results;
    expect(answer).toMatchObject({ status: 'applied', rev: 2 });
    await importLeads(env.db, { unitCode: UNITS.yaohai, list: leadList(5) }, new Date());
    const lead = (await allLeads(yaohai.token, 100)).find((l) => l.entityId === id);
    expect(lead).toMatchObject({
      rev: 2,
      data: {
        status: 'dismissed',
        dismissReason: '已核实为真实劳动关系',
      },
    });
    // The merge kept what the device did not touch.
    expect(lead?.data.title).toBe('疑似虚假仲裁补缴社保线索 3');
  });

  it('masks ID, phone and bank card numbers found in free text before storing them', async () => {
    const list = leadList(1, {
      batch: 'mask',
      items: [
        leadItem(50, {
          content:
            '李某身份证号340102199003071234，电话13812345678，账户6222021234567890123。工号20240601。',
          parties: [{ name: '李某 340102199003071234' }],
        }),
      ],
    });
    const result = await importLeads(env.db, { unitCode: UNITS.jinghu, list }, new Date());
    expect(result).toMatchObject({ created: 1, masked: 4 });
    const [lead] = await allLeads((await env.enroll(UNITS.jinghu)).token, 10);
    const stored = JSON.stringify(lead?.data);
    for (const clear of ['340102199003071234', '13812345678', '6222021234567890123'])
      expect(stored).not.toContain(clear);
    expect(lead?.data.content).toBe(
      '李某身份证号340102********1234，电话138****5678，账户***************0123。工号20240601。',
    );
  });

  it.each([
    [
      'an ID number column',
      leadList(2, { items: [leadItem(1), leadItem(2, { idNumber: '340102199003071234' })] }),
    ],
    [
      'a phone in a party',
      leadList(1, { items: [leadItem(1, { parties: [{ name: '李某', phone: '13812345678' }] })] }),
    ],
    ['a repeated external id', leadList(1, { items: [leadItem(1), leadItem(1)] })],
    ['no items', leadList(0)],
    ['no model', { batch: 'x', items: [leadItem(1)] }],
    ['a negative amount', leadList(1, { items: [leadItem(1, { amount: -5 })] })],
    ['a NUL in the content', leadList(1, { items: [leadItem(1, { content: 'a\u0000b' })] })],
  ])('refuses a list with %s and stores nothing', async (_what, list) => {
    const before = await countLeads(UNITS.hefei);
    const audits = await env.count(
      "select count(*) as n from server_audit where action = 'leads.import'",
    );
    const error = await importLeads(env.db, { unitCode: UNITS.hefei, list }, new Date()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AdminError);
    // The message says where, never the value it refused.
    expect(String(error)).not.toContain('340102199003071234');
    expect(String(error)).not.toContain('13812345678');
    expect(await countLeads(UNITS.hefei)).toBe(before);
    expect(
      await env.count("select count(*) as n from server_audit where action = 'leads.import'"),
    ).toBe(audits);
  });

  it('refuses an unknown unit, a missing file and a file that is not JSON, with exit code 2', async () => {
    await expect(
      importLeads(env.db, { unitCode: '349999', list: leadList(1) }, new Date()),
    ).rejects.toThrow('no unit 349999');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"model": 340102199003071234');
    for (const argv of [
      ['leads:import', '--unit', UNITS.yaohai, '--file', join(dir, 'missing.json')],
      ['leads:import', '--unit', UNITS.yaohai, '--file', bad],
      ['leads:import', '--file', bad],
    ]) {
      const lines: string[] = [];
      const code = await runAdminCommand(argv, {
        db: env.db,
        now: new Date(),
        write: (l) => lines.push(l),
      });
      expect(code).toBe(2);
      expect(lines.join('\n')).toMatch(/^error: /);
      expect(lines.join('\n')).not.toContain('340102199003071234');
    }
  });

  it.each([
    ['?cursor=abc', 400, 'bad-request'],
    ['?limit=0', 400, 'bad-request'],
    ['?limit=100000', 400, 'bad-request'],
    ['?unit=340103', 400, 'bad-request'],
  ])('answers GET /leads%s with %i %s', async (query, status, code) => {
    expect(await env.request(`/leads${query}`, { token: yaohai.token })).toMatchObject({
      status,
      body: { code },
    });
  });

  it('answers GET /leads without a token with 401', async () => {
    expect(await env.request('/leads')).toMatchObject({
      status: 401,
      body: { code: 'unauthorized' },
    });
  });
});
