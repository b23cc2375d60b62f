/** The console's lead sheet: read from .xlsx or JSON, every row checked before anything is stored. */
import { describe, expect, it } from 'vitest';
import { checkLeadSheet, type LeadTargets } from '../../../src-shared/console/leadSheet';
import {
  ALL_FOCAL_POINTS,
  LEAD_SHEET_TEMPLATE_HEADERS,
  FOCAL_POINTS_WITH_WORDS,
  focalPointOf,
} from '../../../src-shared/console/leadSheetColumns';
import { MAX_LEAD_FILE_BYTES, readLeadFile } from '../../../src-shared/console/readLeadFile';
import type { UnitLevel } from '../../../src-shared/sync/enroll';
import { xlsxOf } from '../ledger/ledgerFixture';

const HEADER = [...LEAD_SHEET_TEMPLATE_HEADERS];
const MODEL = '欠薪支付令监督模型';
const row = (n: number, over: Partial<Record<number, unknown>> = {}): unknown[] =>
  [
    MODEL,
    `Q-${String(n)}`,
    `欠薪线索 ${String(n)}`,
    '劳动者权益保护',
    '340102',
    '张某、某建筑公司',
    '摘要',
    '2025-03-0' + String((n % 9) + 1),
  ].map((cell, i) => (i in over ? over[i] : cell));

const UNITS: Record<string, UnitLevel> = {
  '340000': 'province',
  '340100': 'city',
  '340102': 'county',
  '340103': 'county',
  '340202': 'county',
};
/** A Hefei city admin: its own two counties only. */
const HEFEI: LeadTargets = {
  levelOf: (code) => UNITS[code] ?? null,
  mayTarget: (code) => code.startsWith('3401'),
};

async function check(rows: unknown[][], name = 'list.xlsx') {
  const read = await readLeadFile(await xlsxOf(rows), name);
  if (!read.ok) return { problem: read.error.key, issues: [] as string[], result: null };
  const result = checkLeadSheet(read.value, HEFEI, '2025-第1批');
  if (result.ok) return { problem: null, issues: [] as string[], result };
  return {
    problem: result.problem?.key ?? null,
    issues: result.issues.map((i) => `${String(i.rowNumber)}:${i.column ?? '-'}:${i.key}`),
    result: null,
  };
}

describe('lead sheet', () => {
  it('turns a clean sheet into one list per county and model', async () => {
    const { result } = await check([HEADER, row(1), row(2), row(3, { 4: '340103' })]);
    expect(result?.rows).toBe(3);
    expect(result?.lists.map((l) => [l.unitCode, l.list.items.length, l.rowNumbers])).toEqual([
      ['340102', 2, [2, 3]],
      ['340103', 1, [4]],
    ]);
    const item = result?.lists[0]?.list.items[0];
    expect(item).toMatchObject({
      externalId: 'Q-1',
      focalPoint: 'workers',
      parties: [{ name: '张某' }, { name: '某建筑公司' }],
      occurredAt: '2025-03-02',
    });
    expect(result?.lists[0]?.list.model.name).toBe(MODEL);
  });

  it('reports a bad or impossible date with its row and column', async () => {
    const { issues } = await check([
      HEADER,
      row(1, { 7: '2025-02-30' }),
      row(2, { 7: '去年春天' }),
    ]);
    expect(issues).toEqual([
      '2:发生日期:leadSheet.row.badDate',
      '3:发生日期:leadSheet.row.badDate',
    ]);
  });

  it('refuses a sheet without a required column, naming it', async () => {
    const read = await readLeadFile(
      await xlsxOf([HEADER.filter((h) => h !== '县区院代码'), [MODEL, 'Q', 't', '司法救助']]),
      'x.xlsx',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = checkLeadSheet(read.value, HEFEI, 'b');
    expect(result).toMatchObject({
      ok: false,
      problem: { key: 'leadSheet.file.missingColumns', params: { columns: 'unitCode' } },
    });
  });

  it('tells an unknown unit, a city, and another city’s county apart', async () => {
    const { issues } = await check([
      HEADER,
      row(1, { 4: '349999' }),
      row(2, { 4: '340100' }),
      row(3, { 4: '340202' }),
      row(4, { 4: '34010' }),
    ]);
    expect(issues).toEqual([
      '2:县区院代码:leadSheet.row.unknownUnit',
      '3:县区院代码:leadSheet.row.notCounty',
      '4:县区院代码:leadSheet.row.outsideUnits',
      '5:县区院代码:leadSheet.row.unitCodeFormat',
    ]);
  });

  it('reads a focal point by name, number or code and refuses an unknown one', async () => {
    expect(focalPointOf('6')).toBe('socialInsurance');
    expect(focalPointOf('socialInsurance')).toBe('socialInsurance');
    expect(focalPointOf('服务 三农')).toBe('ruralAffairs');
    expect([...FOCAL_POINTS_WITH_WORDS].sort()).toEqual([...ALL_FOCAL_POINTS].sort());
    const { issues } = await check([HEADER, row(1, { 3: '交通违章' }), row(2, { 2: '' })]);
    expect(issues).toEqual([
      '2:监督重点:leadSheet.row.unknownFocalPoint',
      '3:线索标题:leadSheet.row.required',
    ]);
  });

  it('reports a row that repeats an earlier one, with or without 线索编号', async () => {
    const { issues } = await check([HEADER, row(1), row(2), row(1, { 6: '另一摘要' })]);
    expect(issues).toEqual(['4:-:leadSheet.row.duplicate']);
    const noIds = await check([HEADER, row(1, { 1: '' }), row(1, { 1: '' })]);
    expect(noIds.issues).toEqual(['3:-:leadSheet.row.duplicate']);
  });

  it('refuses merged header cells, an empty file, a header alone, and a file not a sheet', async () => {
    const merged = await readLeadFile(
      await xlsxOf([HEADER, row(1)], (sheet) => sheet.mergeCells('A1:B1')),
      'm.xlsx',
    );
    expect(merged.ok ? null : merged.error.key).toBe('ledgerImport.file.mergedHeader');
    const empty = await readLeadFile(new Uint8Array(), 'e.xlsx');
    expect(empty.ok ? null : empty.error.key).toBe('ledgerImport.file.empty');
    expect((await check([HEADER])).problem).toBe('ledgerImport.file.noRows');
    const picture = await readLeadFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'p.xlsx');
    expect(picture.ok ? null : picture.error.key).toBe('ledgerImport.file.notSpreadsheet');
    const huge = await readLeadFile(new Uint8Array(MAX_LEAD_FILE_BYTES + 1), 'h.xlsx');
    expect(huge.ok ? null : huge.error.key).toBe('leadSheet.file.tooLarge');
  });

  it('reads JSON rows keyed by the English headers, and refuses what is not JSON rows', async () => {
    const json = JSON.stringify([
      {
        model: MODEL,
        title: '线索甲',
        'focal point': 'workers',
        county: '340103',
        persons: ['李某'],
      },
    ]);
    const read = await readLeadFile(new TextEncoder().encode(json), 'list.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = checkLeadSheet(read.value, HEFEI, 'b');
    expect(result.ok && result.lists[0]?.list.items[0]).toMatchObject({
      title: '线索甲',
      parties: [{ name: '李某' }],
    });
    const bad = await readLeadFile(new TextEncoder().encode('{"rows": 3}'), 'x.json');
    expect(bad.ok ? null : bad.error.key).toBe('leadSheet.file.notJson');
    const none = await readLeadFile(new TextEncoder().encode('[]'), 'x.json');
    expect(none.ok ? null : none.error.key).toBe('ledgerImport.file.noRows');
  });
});
