import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import codesZh from '../../../src-renderer/src/i18n/codes.zh-CN.json';
import exportZh from '../../../src-shared/export/i18n/zh-CN.json';
import wageZh from '../../../src-shared/export/i18n/wageArrears.zh-CN.json';
import exportEn from '../../../src-shared/export/i18n/en.json';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import { caseListSheet, type CaseListRow } from '../../../src-shared/export/caseListSheet';
import { statsSheets } from '../../../src-shared/export/statsSheets';
import { treeTranslator } from '../../../src-shared/export/treeTranslator';
import {
  safeSheetName,
  workbookBytes,
  PERCENT_FORMAT,
  YUAN_FORMAT,
  type XlsxSheet,
} from '../../../src-shared/export/xlsxWorkbook';
import { maskPhone } from '../../../src-shared/domain/mask';
import { computeUnitFigures } from '../../../src-shared/stats/unitFigures';

const maskedPhone = maskPhone('13912345678');
const zh = treeTranslator(exportZh, wageZh, codesZh);
const en = treeTranslator(exportEn);

async function readBack(sheets: XlsxSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(sheets)).buffer as ArrayBuffer);
  return workbook;
}

const cases: CaseListRow[] = [
  {
    provisionalNo: '340102-2025-00001',
    officialNo: '皖检民监〔2025〕1号',
    title: '张某某追索劳动报酬监督案',
    caseType: 'civilJudgment',
    focalPoint: 'workers',
    status: 'inReview',
    handlerId: 'u1' as CaseListRow['handlerId'],
    receivedAt: '2025-06-02',
    acceptedAt: '2025-06-05',
    parties: [
      {
        name: '张某某',
        idNumber: '340102199003071234',
        phone: '13912345678',
      },
      { name: '某建筑公司' },
    ],
  },
  {
    provisionalNo: '340102-2025-00002',
    title: '李某国家司法救助案',
    caseType: 'judicialAssistance',
    focalPoint: 'judicialAssistance',
    status: 'received',
    handlerId: 'u2' as CaseListRow['handlerId'],
    receivedAt: '2025-05-20',
    parties: [{ name: '李某' }],
  },
];

describe('case list export', () => {
  it('writes Chinese headers, real dates and masked personal data', async () => {
    const names = new Map([['u1', '王检察官']]);
    const book = await readBack([caseListSheet(cases, zh, names)]);
    const ws = book.getWorksheet('案件列表');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.rowCount).toBe(3);
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '暂编号',
      '统一业务应用系统案号',
      '案件名称',
      '案件类型',
      '行动重点领域',
      '案件状态',
      '承办人',
      '收案日期',
      '受理日期',
      '当事人',
      '证件号码（首位当事人）',
      '联系电话（首位当事人）',
    ]);
    const first = ws.getRow(2);
    expect(first.getCell(3).value).toBe('张某某追索劳动报酬监督案');
    expect(first.getCell(4).value).toBe('民事生效裁判监督');
    expect(first.getCell(6).value).toBe('办理中');
    expect(first.getCell(7).value).toBe('王检察官');
    expect(first.getCell(8).value).toEqual(new Date(Date.UTC(2025, 5, 2)));
    expect(first.getCell(8).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(10).value).toBe('张某某、某建筑公司');
    expect(first.getCell(11).value).toBe('340102********1234');
    expect(first.getCell(12).value).toBe(maskedPhone);
    const second = ws.getRow(3);
    expect(second.getCell(9).value).toBeNull();
    expect(second.getCell(11).value).toBeNull();
  });

  it('uses English headers with the English locale', async () => {
    const book = await readBack([caseListSheet(cases, en, new Map())]);
    const ws = book.getWorksheet('Cases');
    expect(ws?.getRow(1).getCell(1).value).toBe('Provisional no.');
    expect(ws?.getRow(1).getCell(8).value).toBe('Received');
  });
});

describe('statistics export', () => {
  it('writes every dashboard table, amounts as numbers with a yuan format', async () => {
    const figures = computeUnitFigures({
      cases: cases.map((c, i) => ({ ...c, id: `c${String(i)}` })),
      workflows: [],
      assistance: [{ caseId: 'c1', decidedOn: '2025-06-03', decidedAmount: 12000.5 }],
      userId: 'u1',
      today: '2025-06-11' as IsoDate,
      calendar: buildCalendar(CN_HOLIDAY_TABLES),
    });
    const book = await readBack(statsSheets(figures, zh));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '按工作重点',
      '按案件类型',
      '按案件状态',
      '案件与期限',
      '司法救助金额',
      '欠薪案件',
    ]);
    const focal = book.getWorksheet('按工作重点');
    expect(focal?.getRow(1).values).toEqual([undefined, '行动重点领域', '本院', '本人']);
    expect(focal?.getRow(2).values).toEqual([undefined, '司法救助', 1, 0]);
    expect(focal?.getRow(3).values).toEqual([undefined, '劳动者权益保护', 1, 1]);
    const money = book.getWorksheet('司法救助金额');
    const decided = money?.getRow(2);
    expect(decided?.getCell(1).value).toBe('决定救助金额（元）');
    expect(decided?.getCell(2).value).toBe(12000.5);
    expect(decided?.getCell(2).numFmt).toBe(YUAN_FORMAT);
    expect(decided?.getCell(3).value).toBe(0);
    expect(money?.getRow(4).getCell(2).value).toBe(12000.5);
    const overview = book.getWorksheet('案件与期限');
    const rows = (overview?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toContainEqual(['决定救助（件） · 本月', 1, 0]);
    expect(rows.map((r) => r.slice(1))).toContainEqual(['决定救助（件） · 上月', 0, 0]);
  });

  it('writes the wage-arrears figures of the unit and the user, read back as numbers', async () => {
    const card = (handlerId: string, owed: number, recovered?: number) => ({
      caseType: 'supportProsecution',
      focalPoint: 'workers',
      status: 'inReview',
      receivedAt: '2025-06-02',
      handlerId,
      typeDetails: {
        kind: 'wageArrears' as const,
        workerCount: 10,
        amountOwed: owed,
        amountRecovered: recovered,
      },
    });
    const figures = computeUnitFigures({
      cases: [card('u1', 200000, 150000), card('u2', 50000.5)].map((c, i) => ({
        ...c,
        id: `w${String(i)}`,
      })),
      workflows: [],
      assistance: [],
      userId: 'u1',
      today: '2025-06-11' as IsoDate,
      calendar: buildCalendar(CN_HOLIDAY_TABLES),
    });
    const book = await readBack(statsSheets(figures, zh));
    const ws = book.getWorksheet('欠薪案件');
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      '范围',
      '案件数',
      '涉及劳动者人数',
      '欠薪金额（元）',
      '已追回金额（元）',
      '追回率',
    ]);
    expect(ws?.getRow(2).values).toEqual([undefined, '本院', 2, 20, 250000.5, 150000, 0.75]);
    expect(ws?.getRow(3).values).toEqual([undefined, '本人', 1, 10, 200000, 150000, 0.75]);
    expect(ws?.getRow(2).getCell(4).numFmt).toBe(YUAN_FORMAT);
    expect(ws?.getRow(2).getCell(6).numFmt).toBe(PERCENT_FORMAT);
  });
});

describe('safeSheetName', () => {
  it('drops forbidden characters, cuts at 31 and keeps names unique', () => {
    expect(safeSheetName('a/b:c', new Set())).toBe('a b c');
    expect(safeSheetName('x'.repeat(40), new Set())).toHaveLength(31);
    expect(safeSheetName('案件', new Set(['案件']))).toBe('案件 (2)');
  });
});
