import { describe, expect, it } from 'vitest';
import {
  checkLedger,
  duplicateKeys,
  readLedgerFile,
  suggestMapping,
  type LedgerSheet,
} from '../../../src-shared/ledger';
import { HEADERS, IDS, context, xlsxOf } from './ledgerFixture';

function sheet(rows: unknown[][]): LedgerSheet {
  return {
    headers: HEADERS,
    rows: rows.map((cells, i) => ({
      rowNumber: i + 2,
      cells: cells as LedgerSheet['rows'][0]['cells'],
    })),
  };
}

const MAPPING = suggestMapping(HEADERS);

describe('checkLedger', () => {
  it('turns good rows into valid case cards with defaults for what the ledger leaves out', () => {
    const result = checkLedger(
      sheet([
        [1, '张某追索劳动报酬支持起诉案', '张某', IDS[0], '支持起诉', '2025年1月5日', '李检察官'],
        [2, '王某申请司法救助案', '王某', IDS[1], 'judicialAssistance', '2025/1/6', ''],
      ]),
      MAPPING,
      context(),
    );
    expect(result.issues).toEqual([]);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 3]);
    const [first, second] = result.valid.map((v) => v.input);
    expect(first).toMatchObject({
      title: '张某追索劳动报酬支持起诉案',
      caseType: 'supportProsecution',
      receivedAt: '2025-01-05',
      acceptedAt: '2025-01-05',
      handlerId: 'u-li',
      department: 'civil',
      focalPoint: 'other',
      source: 'application',
      parties: [{ name: '张某', idNumber: IDS[0], role: 'applicant' }],
    });
    expect(second).toMatchObject({ handlerId: 'u-me', department: 'complaints' });
  });

  it('names the row, the column and the reason of every bad cell', () => {
    const result = checkLedger(
      sheet([
        [1, '', '张某', IDS[0], '支持起诉', '2025-02-30', '李检察官'],
        [2, '乙案', '王某', '3.40102E+17', '不存在的类型', '2025年13月', '赵某'],
        [3, '丙案', '陈某', 340102198506123000, '支持起诉', '2025-01-05', ''],
        [4, '丁案', '刘某', '110105199003074473', '支持起诉', '2025-01-05', ''],
      ]),
      MAPPING,
      context(),
    );
    expect(result.valid).toEqual([]);
    const brief = result.issues.map((i) => [i.rowNumber, i.column, i.key]);
    expect(brief).toEqual([
      [2, '案件名称', 'ledgerImport.row.required'],
      [2, '受理日期', 'ledgerImport.row.dateNotReal'],
      [3, '身份证号', 'ledgerImport.row.idAsNumber'],
      [3, '案件类型', 'ledgerImport.row.unknownCode'],
      [3, '受理日期', 'ledgerImport.row.dateFormat'],
      [3, '承办人', 'ledgerImport.row.unknownHandler'],
      [4, '身份证号', 'ledgerImport.row.idAsNumber'],
      [5, '身份证号', 'validation.residentId.checksum'],
    ]);
  });

  it('detects an ID number Excel turned into a number in a real .xlsx', async () => {
    const bytes = await xlsxOf([
      HEADERS,
      [1, '甲案', '张某', 340102198506123010, '支持起诉', '2025-01-05', ''],
    ]);
    const read = await readLedgerFile(bytes, 'a.xlsx');
    if (!read.ok) throw new Error(read.error.key);
    const result = checkLedger(read.value, MAPPING, context());
    expect(result.issues).toMatchObject([
      { rowNumber: 2, column: '身份证号', key: 'ledgerImport.row.idAsNumber' },
    ]);
  });

  it('reports rows repeating an earlier row, and cases already stored', () => {
    const row = [1, '甲案', '张某', IDS[0], '支持起诉', '2025-01-05', ''];
    const sameIdOtherTitle = [2, '甲案（重复登记）', '张某', IDS[0], '支持起诉', '2025-02-01', ''];
    const stored = { caseType: 'petition' as const, title: '旧案', receivedAt: '2024-05-01' };
    const existingKeys = new Set(duplicateKeys({ ...stored, parties: [{ idNumber: IDS[1] }] }));
    const result = checkLedger(
      sheet([
        row,
        sameIdOtherTitle,
        row,
        [4, '新案', '王某', IDS[1], '控告申诉（信访）', '2025-01-07', ''],
        [5, '旧案', '某某', '', '支持起诉', '2024-05-01', ''],
      ]),
      MAPPING,
      context({ existingKeys }),
    );
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(result.issues).toEqual([
      { rowNumber: 3, column: null, key: 'ledgerImport.row.duplicateInFile', params: { row: 2 } },
      { rowNumber: 4, column: null, key: 'ledgerImport.row.duplicateInFile', params: { row: 2 } },
      { rowNumber: 5, column: null, key: 'ledgerImport.row.duplicateOfExisting' },
      { rowNumber: 6, column: null, key: 'ledgerImport.row.duplicateOfExisting' },
    ]);
    expect(result.duplicatesOfExisting).toBe(2);
  });

  it('never puts an ID number in clear into a duplicate key', () => {
    const keys = duplicateKeys({
      caseType: 'petition',
      title: 't',
      receivedAt: '2025-01-01',
      parties: [{ idNumber: IDS[0] }],
    });
    expect(keys.join()).not.toContain(IDS[0]);
    expect(keys.join()).not.toContain(IDS[0]?.slice(0, 10));
  });
});

describe('wage-arrears columns', () => {
  const headers = [
    '案件名称',
    '当事人',
    '案件类型',
    '受理日期',
    '人数',
    '欠薪金额（元）',
    '已追回金额',
    '用人单位',
    '分包单位',
    '项目名称',
  ];
  const check = (cells: unknown[][]) =>
    checkLedger(
      {
        headers,
        rows: cells.map((c, i) => ({
          rowNumber: i + 2,
          cells: c as LedgerSheet['rows'][0]['cells'],
        })),
      },
      suggestMapping(headers),
      context(),
    );
  const base = ['某项目欠薪支持起诉案', '张某', '支持起诉', '2025-03-01'];

  it('maps each card column by its header', () => {
    expect(Object.values(suggestMapping(headers)).slice(4)).toEqual([
      'wageArrears.workerCount',
      'wageArrears.amountOwed',
      'wageArrears.amountRecovered',
      'wageArrears.employer',
      'wageArrears.contractor',
      'wageArrears.projectName',
    ]);
  });

  it('puts a row with them on a wage-arrears card of the workers focal point', () => {
    const result = check([
      [...base, '12人', '360,000.50', 300000, '某建筑公司', '王某（劳务承包人）', '某小区二期'],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.valid[0]?.input).toMatchObject({
      focalPoint: 'workers',
      typeDetails: {
        kind: 'wageArrears',
        workerCount: 12,
        amountOwed: 360000.5,
        amountRecovered: 300000,
        employer: '某建筑公司',
        contractor: '王某（劳务承包人）',
        projectName: '某小区二期',
      },
    });
  });

  it('leaves rows without the columns filled with no card', () => {
    const result = check([[...base, '', '', '', '', '', '']]);
    expect(result.valid[0]?.input.typeDetails).toBeUndefined();
    expect(result.valid[0]?.input.focalPoint).toBe('other');
  });

  it('names the column of a figure that is not a number or breaks the card rules', () => {
    const result = check([
      [...base, '十二', '1000', '', '', '', ''],
      [...base, '2.5', '1000', '', '', '', ''],
      [...base, '3', '1000', '2000', '', '', ''],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.issues.map((i) => [i.rowNumber, i.column, i.key])).toEqual([
      [2, '人数', 'ledgerImport.row.notNumber'],
      [3, '人数', 'validation.typeDetails.wholeNumber'],
      [4, '已追回金额', 'validation.typeDetails.recoveredAboveOwed'],
    ]);
  });
});
