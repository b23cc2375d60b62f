import { describe, expect, it } from 'vitest';
import { MAX_LEDGER_BYTES, readLedgerFile } from '../../../src-shared/ledger';
import { HEADERS, IDS, xlsxOf } from './ledgerFixture';

const encoder = new TextEncoder();

async function problemOf(bytes: Uint8Array, name = 'ledger.xlsx'): Promise<string | undefined> {
  const result = await readLedgerFile(bytes, name);
  return result.ok ? undefined : result.error.key;
}

describe('readLedgerFile', () => {
  it('reads an .xlsx: header, data rows with their sheet row numbers, blank rows skipped', async () => {
    const bytes = await xlsxOf([
      HEADERS,
      [1, '甲案', '张某', IDS[0], '支持起诉', new Date(Date.UTC(2025, 0, 5)), '李检察官'],
      [],
      [2, '乙案', '王某', IDS[1], '国家司法救助', '2025/1/6', ''],
    ]);
    const result = await readLedgerFile(bytes, 'ledger.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headers).toEqual(HEADERS);
    expect(result.value.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(result.value.rows[0]?.cells[5]).toEqual(new Date(Date.UTC(2025, 0, 5)));
  });

  it('reads CSV in UTF-8 with a BOM and in GBK', async () => {
    const text = '案件名称,当事人\r\n"甲案,一",张某\r\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    // "案件名称,当事人\n甲案,张某" in GBK.
    const gbk = new Uint8Array([
      0xb0, 0xb8, 0xbc, 0xfe, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xb1, 0xca, 0xc2, 0xc8, 0xcb,
      0x0a, 0xbc, 0xd7, 0xb0, 0xb8, 0x2c, 0xd5, 0xc5, 0xc4, 0xb3,
    ]);
    const a = await readLedgerFile(utf8, 'a.csv');
    const b = await readLedgerFile(gbk, 'b.csv');
    expect(a.ok && a.value.rows[0]?.cells).toEqual(['甲案,一', '张某']);
    expect(b.ok && b.value.headers).toEqual(['案件名称', '当事人']);
    expect(b.ok && b.value.rows[0]?.cells).toEqual(['甲案', '张某']);
  });

  it('refuses what is not a spreadsheet, an old .xls and a broken ZIP', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    expect(await problemOf(png)).toBe('ledgerImport.file.notSpreadsheet');
    expect(await problemOf(encoder.encode('hello'), 'notes.docx')).toBe(
      'ledgerImport.file.notSpreadsheet',
    );
    const zipHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await problemOf(zipHead)).toBe('ledgerImport.file.notSpreadsheet');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(ole, 'old.xls')).toBe('ledgerImport.file.oldXls');
  });

  it('refuses empty files, sheets and header-only ledgers', async () => {
    expect(await problemOf(new Uint8Array())).toBe('ledgerImport.file.empty');
    expect(await problemOf(await xlsxOf([]))).toBe('ledgerImport.file.empty');
    expect(await problemOf(await xlsxOf([HEADERS]))).toBe('ledgerImport.file.noRows');
    expect(await problemOf(encoder.encode('\r\n,,\r\n'), 'a.csv')).toBe('ledgerImport.file.empty');
  });

  it('refuses a 50 MB file before parsing it', async () => {
    // Valid ZIP magic: were it parsed, this would take long and fail differently.
    const huge = new Uint8Array(50 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    const result = await readLedgerFile(huge, 'big.xlsx');
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toEqual({
      ok: false,
      error: { key: 'ledgerImport.file.tooLarge', params: { size: '50.0', max: 10 } },
    });
    expect(MAX_LEDGER_BYTES).toBe(10 * 1024 * 1024);
  });

  it('refuses merged header cells and repeated headers', async () => {
    const merged = await xlsxOf(
      [
        ['案件信息', '', '受理日期'],
        ['甲案', '张某', '2025-01-05'],
      ],
      (s) => s.mergeCells('A1:B1'),
    );
    const result = await readLedgerFile(merged, 'm.xlsx');
    expect(result).toEqual({
      ok: false,
      error: { key: 'ledgerImport.file.mergedHeader', params: { range: 'A1:B1' } },
    });
    const twice = await xlsxOf([
      ['当事人', '当事人'],
      ['张某', '王某'],
    ]);
    expect(await problemOf(twice)).toBe('ledgerImport.file.duplicateHeader');
  });
});
