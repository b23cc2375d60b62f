import { describe, expect, it } from 'vitest';
import { checkLedger, headerSaysWan, readYuan, suggestMapping } from '../../../src-shared/ledger';
import { fenToYuanText } from '../../../src-shared/ledger/ledgerAmount';
import { context } from './ledgerFixture';

const yuan = (cell: string | number, inWan = false) => {
  const read = readYuan(cell, inWan);
  return read.ok ? read.value : read.error.key;
};

describe('readYuan', () => {
  it('reads yuan as written: separators, full-width digits, a 元 after', () => {
    expect(yuan('36,000.50')).toBe('36000.5');
    expect(yuan('3000元')).toBe('3000');
    expect(yuan('１２００．０５ 元')).toBe('1200.05');
    expect(yuan(86400)).toBe('86400');
  });

  it('converts 万元 in the cell to yuan to the fen, without float error', () => {
    expect(yuan('8.64万元')).toBe('86400');
    expect(yuan('8.64万')).toBe('86400');
    // 0.0007 × 10000 is 6.999999999999999 in floating point.
    expect(yuan('0.0007万元')).toBe('7');
    expect(yuan('1.234567万元')).toBe('12345.67');
    expect(yuan('12,345.6789万元')).toBe('123456789');
    expect(Number(yuan('0.0007万元'))).toBe(7);
  });

  it('converts a 万元 column, text or number cells, unless the cell says 元', () => {
    expect(yuan('8.64', true)).toBe('86400');
    expect(yuan(8.64, true)).toBe('86400');
    expect(yuan(1.1, true)).toBe('11000');
    expect(yuan('3000元', true)).toBe('3000');
    expect(yuan('2万元', true)).toBe('20000');
  });

  it('refuses what is no amount, or finer than a fen', () => {
    expect(yuan('八万')).toBe('ledgerImport.row.notAmount');
    expect(yuan('8.64万美元')).toBe('ledgerImport.row.notAmount');
    expect(yuan('1.2.3')).toBe('ledgerImport.row.notAmount');
    expect(yuan('万元')).toBe('ledgerImport.row.notAmount');
    expect(yuan(1e21)).toBe('ledgerImport.row.notAmount');
    expect(yuan(Number.NaN)).toBe('ledgerImport.row.notAmount');
    expect(yuan('1.0000001万元')).toBe('ledgerImport.row.belowFen');
    expect(yuan('0.001')).toBe('ledgerImport.row.belowFen');
    expect(yuan(0.30000000000000004, true)).toBe('ledgerImport.row.belowFen');
  });

  it('keeps the sign, for the card to refuse', () => {
    expect(yuan('-1.5万元')).toBe('-15000');
    expect(fenToYuanText(-307n)).toBe('-3.07');
  });
});

describe('headerSaysWan', () => {
  it('sees 万元 in brackets of either width, with spaces', () => {
    expect(headerSaysWan('欠薪金额（万元）')).toBe(true);
    expect(headerSaysWan('欠薪金额(万元)')).toBe(true);
    expect(headerSaysWan('欠薪金额（万 元）')).toBe(true);
    expect(headerSaysWan('欠薪金额（元）')).toBe(false);
    expect(headerSaysWan('欠薪金额')).toBe(false);
  });
});

describe('a 台账 with amounts in 万元', () => {
  const headers = ['案件名称', '当事人', '案件类型', '受理日期', '欠薪金额（万元）', '已追回金额'];
  const check = (rows: unknown[][]) =>
    checkLedger(
      {
        headers,
        rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: cells as never })),
      },
      suggestMapping(headers),
      context(),
    );
  const base = ['某项目欠薪支持起诉案', '张某', '支持起诉', '2025-03-01'];

  it('maps the 万元 column and stores yuan', () => {
    expect(suggestMapping(headers)[4]).toBe('wageArrears.amountOwed');
    const result = check([[...base, 8.64, '8.64万元']]);
    expect(result.issues).toEqual([]);
    expect(result.valid[0]?.input.typeDetails).toEqual({
      kind: 'wageArrears',
      amountOwed: 86400,
      amountRecovered: 86400,
    });
  });

  it('names the column of a bad amount', () => {
    const result = check([
      [...base, '八万', ''],
      [...base, '1.0000001', ''],
      [...base, '-1', ''],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.issues.map((i) => [i.rowNumber, i.column, i.key])).toEqual([
      [2, '欠薪金额（万元）', 'ledgerImport.row.notAmount'],
      [3, '欠薪金额（万元）', 'ledgerImport.row.belowFen'],
      [4, '欠薪金额（万元）', 'validation.typeDetails.negative'],
    ]);
  });
});
