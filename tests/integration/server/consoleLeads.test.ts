/**
 * The console's 线索 routes: a sheet with any bad row is shown row by row and stores nothing; a
 * clean one is stored per county in one transaction with its audit and reaches the county's
 * devices; the list shows what devices reported back; a county admin, a viewer, another city's
 * county and a request without the CSRF token are refused.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ConsoleRole } from '../../../src-shared/console/consoleApi';
import {
  leadImportResponseSchema,
  leadListResponseSchema,
  leadPreviewResponseSchema,
} from '../../../src-shared/console/leadsApi';
import { leadsResponseSchema } from '../../../src-shared/sync/leads';
import { update } from './helpers/changes';
import { signedInClient } from './helpers/consoleClient';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';
import { LEAD_SHEET_TEMPLATE_HEADERS } from '../../../src-shared/console/leadSheetColumns';

const MODEL = '欠薪支付令监督模型';
const HEADER = [...LEAD_SHEET_TEMPLATE_HEADERS];
const row = (id: string, unit: string, date = '2025-03-01') => [
  MODEL,
  id,
  `欠薪线索 ${id}`,
  '劳动者权益保护',
  unit,
  '张某、某建筑公司',
  '工资拖欠三个月',
  date,
];

async function upload(rows: unknown[][], fileName = 'model-list.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索');
  for (const r of rows) sheet.addRow(r);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, content: bytes.toString('base64') };
}

describe.each(BACKENDS)('console leads on %s', (backend) => {
  const env = useTestEnv(backend);
  const signedIn = (role: ConsoleRole, unit: string) => signedInClient(env(), role, unit);
  const countLeads = () => env().count("select count(*) as n from records where entity = 'lead'");
  const countImports = () =>
    env().count("select count(*) as n from server_audit where action = 'leads.import'");

  it('shows every bad row before storing, stores nothing, then imports the fixed sheet', async () => {
    const device = await env().enroll(UNITS.yaohai);
    const city = await signedIn('city-admin', UNITS.hefei);
    const bad = await upload([
      HEADER,
      row('Q-1', UNITS.yaohai),
      row('Q-2', UNITS.luyang, '2025-02-30'),
      row('Q-3', '349999'),
    ]);
    const preview = await city.request('/leads/preview', { method: 'POST', body: bad });
    expect(preview.status).toBe(200);
    expect(leadPreviewResponseSchema.parse(preview.body)).toMatchObject({
      ok: false,
      issues: [
        { rowNumber: 3, column: '发生日期', key: 'leadSheet.row.badDate' },
        { rowNumber: 4, column: '县区院代码', key: 'leadSheet.row.unknownUnit' },
      ],
    });
    const refused = await city.request('/leads/import', { method: 'POST', body: bad });
    expect(refused).toMatchObject({ status: 400, body: { code: 'bad-request' } });
    expect(await countLeads()).toBe(0);
    expect(await countImports()).toBe(0);

    const good = await upload([HEADER, row('Q-1', UNITS.yaohai), row('Q-2', UNITS.luyang)]);
    const ok = await city.request('/leads/preview', { method: 'POST', body: good });
    expect(leadPreviewResponseSchema.parse(ok.body).lists).toEqual([
      { unitCode: UNITS.yaohai, modelName: MODEL, count: 1 },
      { unitCode: UNITS.luyang, modelName: MODEL, count: 1 },
    ]);
    expect(await countLeads()).toBe(0);
    const imported = await city.request('/leads/import', { method: 'POST', body: good });
    expect(imported.status).toBe(200);
    expect(leadImportResponseSchema.parse(imported.body)).toEqual({
      created: 2,
      unchanged: 0,
      masked: 0,
    });
    expect(await countImports()).toBe(2);
    const again = await city.request('/leads/import', { method: 'POST', body: good });
    expect(leadImportResponseSchema.parse(again.body)).toMatchObject({ created: 0, unchanged: 2 });

    // The county's device pulls its one lead, converts it, and the console shows the outcome.
    const pulled = leadsResponseSchema.parse(
      (await env().request('/leads?cursor=0', { token: device.token })).body,
    );
    expect(pulled.leads.map((l) => l.data.title)).toEqual(['欠薪线索 Q-1']);
    const lead = pulled.leads[0];
    if (lead === undefined) throw new Error('no lead pulled');
    const outcome = {
      caseStatus: 'concluded',
      isClosed: true,
      result: '支付令已发出',
      reportedAt: '2026-12-01T10:00:00+08:00',
    };
    const [answer] = (
      await env().push(device.token, [
        {
          ...update(1, lead.entityId, lead.rev, {
            status: 'becameCase',
            caseId: '0190a000-0000-7000-8000-00000000abcd',
            caseOutcome: outcome,
          }),
          entity: 'lead',
        },
      ])
    ).results;
    expect(answer).toMatchObject({ status: 'applied' });
    const listed = leadListResponseSchema.parse((await city.request('/leads')).body).leads;
    expect(listed.find((l) => l.id === lead.entityId)).toMatchObject({
      unitCode: UNITS.yaohai,
      modelName: MODEL,
      status: 'becameCase',
      caseOutcome: { caseStatus: 'concluded', result: '支付令已发出' },
    });
    expect(listed.find((l) => l.unitCode === UNITS.luyang)).toMatchObject({ status: 'new' });

    // Another city sees none of them; a county admin sees only its own.
    const wuhu = await signedIn('city-admin', UNITS.wuhu);
    expect(leadListResponseSchema.parse((await wuhu.request('/leads')).body).leads).toEqual([]);
    const county = await signedIn('county-admin', UNITS.luyang);
    expect(
      leadListResponseSchema
        .parse((await county.request('/leads')).body)
        .leads.map((l) => l.unitCode),
    ).toEqual([UNITS.luyang]);
  });

  it('refuses a county admin, a viewer, another city’s county, and a missing CSRF token', async () => {
    const good = await upload([HEADER, row('R-1', UNITS.yaohai)]);
    const before = await countLeads();
    for (const [role, unit] of [
      ['county-admin', UNITS.yaohai],
      ['viewer', UNITS.province],
    ] as const) {
      const client = await signedIn(role, unit);
      for (const path of ['/leads/preview', '/leads/import'])
        expect(await client.request(path, { method: 'POST', body: good })).toMatchObject({
          status: 403,
          body: { code: 'forbidden' },
        });
    }
    const wuhu = await signedIn('city-admin', UNITS.wuhu);
    expect(await wuhu.request('/leads/import', { method: 'POST', body: good })).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
    const province = await signedIn('province-admin', UNITS.province);
    expect(
      await province.request('/leads/import', {
        method: 'POST',
        body: good,
        headers: { 'x-csrf-token': 'not-the-token' },
      }),
    ).toMatchObject({ status: 403, body: { code: 'csrf-invalid' } });
    const notSheet = {
      fileName: 'photo.xlsx',
      content: Buffer.from('GIF89a....').toString('base64'),
    };
    expect(
      leadPreviewResponseSchema.parse(
        (await province.request('/leads/preview', { method: 'POST', body: notSheet })).body,
      ),
    ).toMatchObject({ ok: false, problem: { key: 'ledgerImport.file.notSpreadsheet' } });
    expect(await countLeads()).toBe(before);
  });

  it('hands out a template that previews clean for the account', async () => {
    const city = await signedIn('city-admin', UNITS.wuhu);
    const reply = await fetch(`${new URL(env().url).origin}/console/api/leads/template`, {
      headers: { cookie: city.cookie() ?? '' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('spreadsheetml');
    const content = Buffer.from(await reply.arrayBuffer()).toString('base64');
    const preview = await city.request('/leads/preview', {
      method: 'POST',
      body: { fileName: 'lead-template.xlsx', content },
    });
    expect(leadPreviewResponseSchema.parse(preview.body)).toMatchObject({
      ok: true,
      lists: [{ unitCode: UNITS.jinghu, count: 1 }],
    });
  });

  it('moves an untouched lead to another county of the account, and no further', async () => {
    const province = await signedIn('province-admin', UNITS.province);
    await province.request('/leads/import', {
      method: 'POST',
      body: await upload([HEADER, row('M-1', UNITS.yaohai)]),
    });
    const titled = <T extends { title: string }>(leads: readonly T[]) =>
      leads.filter((l) => l.title === '欠薪线索 M-1');
    const [lead] = titled(
      leadListResponseSchema.parse((await province.request('/leads')).body).leads,
    );
    if (lead === undefined) throw new Error('no lead imported');
    const city = await signedIn('city-admin', UNITS.hefei);
    const path = `/leads/${lead.unitCode}/${lead.id}/reassign`;
    const storedText = `select data::text as text from records where unit_code = $1 and entity_id = $2`;
    const [imported] = await env().db.query(storedText, [lead.unitCode, lead.id]);
    expect(
      await city.request(path, { method: 'POST', body: { unitCode: UNITS.jinghu } }),
    ).toMatchObject({ status: 403 });
    const moved = await city.request(path, { method: 'POST', body: { unitCode: UNITS.luyang } });
    expect(moved.status).toBe(200);
    // The lead moved away keeps its history: its first version reads as it was imported.
    const [first] = await env().db.query(
      `select data::text as text from record_version_data
        where unit_code = $1 and entity = 'lead' and entity_id = $2 and rev = 1`,
      [lead.unitCode, lead.id],
    );
    expect(first?.text).toBe(imported?.text);
    const after = leadListResponseSchema.parse((await city.request('/leads')).body).leads;
    expect(titled(after).map((l) => [l.unitCode, l.title])).toEqual([
      [UNITS.luyang, '欠薪线索 M-1'],
    ]);
    const yaohai = await env().enroll(UNITS.yaohai);
    const pulled = leadsResponseSchema.parse(
      (await env().request('/leads?cursor=0', { token: yaohai.token })).body,
    );
    // The old county's devices pull the lead as deleted.
    expect(pulled.leads.filter((l) => l.entityId === lead.id).map((l) => l.deleted)).toEqual([
      true,
    ]);
    expect(
      await city.request(path, { method: 'POST', body: { unitCode: UNITS.luyang } }),
    ).toMatchObject({
      status: 404,
    });
  });
});
