import { describe, expect, it } from 'vitest';
import {
  arabicDate,
  chineseCount,
  chineseDate,
  chineseInteger,
  clockTime,
} from '../../../src-shared/documents';

describe('chineseDate', () => {
  it.each([
    ['2026-11-29', '二〇二六年十一月二十九日'],
    ['2020-01-10', '二〇二〇年一月十日'],
    ['2031-12-31', '二〇三一年十二月三十一日'],
    ['2024-02-29', '二〇二四年二月二十九日'],
    ['2000-10-01', '二〇〇〇年十月一日'],
  ])('%s → %s', (iso, expected) => {
    expect(chineseDate(iso)).toBe(expected);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-1-5', '', '29/11/2026'])('rejects %j', (text) => {
    expect(() => chineseDate(text)).toThrow(RangeError);
  });
});

describe('arabicDate and clockTime', () => {
  it('writes dates inside the text without leading zeros', () => {
    expect(arabicDate('2026-10-08')).toBe('2026年10月8日');
  });

  it('writes a time of day with minutes', () => {
    expect(clockTime('09:05')).toBe('9时05分');
    expect(clockTime('14:30')).toBe('14时30分');
    expect(() => clockTime('24:00')).toThrow(RangeError);
  });
});

describe('chineseInteger', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [211, '二百一十一'],
    [1010, '一千零一十'],
    [1260, '一千二百六十'],
  ])('%d → %s (article numbers)', (n, expected) => {
    expect(chineseInteger(n)).toBe(expected);
  });

  it('rejects numbers outside 1..9999', () => {
    expect(() => chineseInteger(0)).toThrow(RangeError);
    expect(() => chineseInteger(1.5)).toThrow(RangeError);
    expect(() => chineseInteger(10000)).toThrow(RangeError);
  });

  it('counts two of something as 两', () => {
    expect(chineseCount(2)).toBe('两');
    expect(chineseCount(3)).toBe('三');
  });
});
