/**
 * The statistics of the special action as sheets: one per table, a title line above the headers,
 * codes by their labels in the app's code lists, counts, amounts and months as real cells.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import codesEn from '../../../src-renderer/src/i18n/codes.en.json';
import codesZh from '../../../src-renderer/src/i18n/codes.zh-CN.json';
import exportEn from '../../../src-shared/export/i18n/actionStatistics.en.json';
import exportZh from '../../../src-shared/export/i18n/actionStatistics.zh-CN.json';
import {
  actionStatisticsSheets,
  codeLabel,
} from '../../../src-shared/export/actionStatisticsSheets';
import { treeTranslator } from '../../../src-shared/export/treeTranslator';
import { workbookBytes } from '../../../src-shared/export/xlsxWorkbook';
import { emptyMonthTrend, type ActionStatistics } from '../../../src-shared/stats/actionStatistics';

const zh = treeTranslator(exportZh, codesZh);
const en = treeTranslator(exportEn, codesEn);

const month = (m: string, over: Partial<ActionStatistics['trends'][number]> = {}) => ({
  ...emptyMonthTrend(m),
  ...over,
});

const stats: ActionStatistics = {
  unit: { code: '340100', name: '合肥市人民检察院', level: 'city' },
  today: '2026-12-10',
  generatedAt: '2026-12-10T02:00:00.000Z',
  cases: {
    total: 4,
    byUnit: [
      { key: '340102', count: 3 },
      { key: '340199', count: 1 },
    ],
    byFocalPoint: [
      { key: 'workers', count: 2 },
      { key: 'unknown', count: 1 },
      { key: 'notAFocalPoint', count: 1 },
    ],
    byCaseType: [{ key: 'petition', count: 4 }],
    byStatus: [{ key: 'inReview', count: 4 }],
  },
  assistance: {
    applications: 3,
    decisions: 2,
    refusals: 1,
    amountDecided: 1234.5,
    advances: 1,
    advanceAmount: 100,
    payments: 1,
    amountPaid: 1000,
  },
  reconciliations: 1,
  terminations: 2,
  hearingsHeld: 3,
  recommendationsIssued: 4,
  protestsIssued: 5,
  deadlines: { overdue: 6, dueSoon: 7 },
  trends: [month('2026-11', { casesRegistered: 4, decisions: 2, amountDecided: 1234.5 })],
};

const sheetsOf = (t: typeof zh) =>
  actionStatisticsSheets(stats, {
    t,
    title: 'Title line',
    unitName: (code) => (code === '340102' ? '瑶海区人民检察院' : code),
  });

describe('treeTranslator', () => {
  it('resolves dotted keys and values, and gives a missing key back as itself', () => {
    const t = treeTranslator({ a: { b: '{{unit}} 截至 {{date}}' } }, { a: { c: 'second' } });
    expect(t('a.b', { unit: '合肥', date: '2026-12-10' })).toBe('合肥 截至 2026-12-10');
    expect(t('a.c')).toBe('second');
    expect(t('a.missing')).toBe('a.missing');
    expect(t('a.__proto__')).toBe('a.__proto__');
  });
});

describe('codeLabel', () => {
  it('labels by the code lists, the empty key as not filled in, an unknown code as it came', () => {
    expect(codeLabel(zh, 'focalPoint', 'workers')).toBe('劳动者权益保护');
    expect(codeLabel(zh, 'caseStatus', 'inReview')).toBe('办理中');
    expect(codeLabel(zh, 'focalPoint', 'unknown')).toBe('未填写');
    expect(codeLabel(zh, 'focalPoint', 'notAFocalPoint')).toBe('notAFocalPoint');
    expect(codeLabel(en, 'caseType', 'petition')).not.toBe('codes.caseType.petition');
  });
});

describe('actionStatisticsSheets', () => {
  it('writes one sheet per table under the title, with real number and month cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes(sheetsOf(zh))).buffer as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(8);
    for (const ws of workbook.worksheets) {
      expect(ws.getCell('A1').value).toBe('Title line');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    const byName = (name: string) => workbook.getWorksheet(name)!;
    expect(byName('按单位').getSheetValues().slice(2)).toEqual([
      [undefined, '单位', '案件数'],
      [undefined, '瑶海区人民检察院', 3],
      [undefined, '340199', 1],
    ]);
    expect(byName('按重点领域').getColumn(1).values.slice(3)).toEqual([
      '劳动者权益保护',
      '未填写',
      'notAFocalPoint',
    ]);
    expect(byName('司法救助').getRow(3).values).toEqual([undefined, '救助申请', 3]);
    expect(byName('司法救助').getRow(4).values).toEqual([undefined, '救助决定', 2, 1234.5]);
    expect(byName('和解终结与听证监督').getColumn(2).values.slice(3)).toEqual([1, 2, 3, 4, 5]);
    const november = byName('月度趋势').getRow(3);
    expect(november.getCell(1).value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(november.values).toEqual([undefined, expect.any(Date), 4, 2, 1234.5, 0]);
  });

  it('has English headers and sheet names in English', () => {
    const names = sheetsOf(en).map((s) => s.name);
    expect(names).toContain('Monthly trends');
    expect(sheetsOf(en)[0]?.columns.map((c) => c.header)).toEqual(['Figure', 'Count']);
  });
});
