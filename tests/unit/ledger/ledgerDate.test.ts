import { describe, expect, it } from 'vitest';
import { parseLedgerDate } from '../../../src-shared/ledger';

describe('parseLedgerDate', () => {
  it.each([
    ['2025-01-05', '2025-01-05'],
    ['2025/1/5', '2025-01-05'],
    ['2025.1.5', '2025-01-05'],
    ['2025年1月5日', '2025-01-05'],
    [' 2025-1-5 08:30 ', '2025-01-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseLedgerDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads real date cells and Excel serial numbers as the day shown', () => {
    expect(parseLedgerDate(new Date(Date.UTC(2025, 0, 5)))).toEqual({
      ok: true,
      value: '2025-01-05',
    });
    expect(parseLedgerDate(45662)).toEqual({ ok: true, value: '2025-01-05' });
  });

  it('refuses days that do not exist', () => {
    const result = parseLedgerDate('2025-02-30');
    expect(result).toEqual({
      ok: false,
      error: { key: 'ledgerImport.row.dateNotReal', params: { value: '2025-02-30' } },
    });
    expect(parseLedgerDate('2025年2月29日').ok).toBe(false);
    expect(parseLedgerDate('2025-13-01').ok).toBe(false);
  });

  it('refuses a month without a day and text that is no date', () => {
    for (const text of ['2025年13月', '2025年1月', '去年', '05/01/2025']) {
      const result = parseLedgerDate(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.key).toBe('ledgerImport.row.dateFormat');
    }
  });
});
