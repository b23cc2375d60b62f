import { describe, expect, it } from 'vitest';
import {
  compareProvisionalNo,
  formatProvisionalNo,
  parseProvisionalNo,
} from '../../../src-shared/domain/provisionalNumber';

describe('provisional case numbers', () => {
  it('formats unit code, year and a 5-digit sequence', () => {
    expect(formatProvisionalNo('340102', 2026, 17)).toBe('340102-2026-00017');
    expect(formatProvisionalNo('341226', 2024, 1)).toBe('341226-2024-00001');
    expect(formatProvisionalNo('340102', 2026, 99999)).toBe('340102-2026-99999');
  });

  it('keeps counting past 99,999 without truncating', () => {
    expect(formatProvisionalNo('340102', 2026, 100000)).toBe('340102-2026-100000');
    expect(formatProvisionalNo('340102', 2026, 1234567)).toBe('340102-2026-1234567');
  });

  it('round-trips format and parse', () => {
    for (const [unitCode, year, seq] of [
      ['340102', 2026, 17],
      ['341226', 2024, 1],
      ['340000', 9999, 99999],
      ['340102', 2026, 100000],
    ] as const) {
      const text = formatProvisionalNo(unitCode, year, seq);
      expect(parseProvisionalNo(text)).toEqual({ unitCode, year, seq });
    }
  });

  it('parses only what format would make', () => {
    for (const bad of [
      '',
      '340102-2026-17',
      '34010-2026-00017',
      '340102-26-00017',
      '340102-2026-00000',
      '340102-2026-000017',
      '340102/2026/00017',
      '皖瑶检民监〔2024〕17号',
      '340102-2026-00017x',
    ]) {
      expect(parseProvisionalNo(bad)).toBeNull();
    }
  });

  it('refuses to format malformed parts', () => {
    expect(() => formatProvisionalNo('34010', 2026, 1)).toThrow(RangeError);
    expect(() => formatProvisionalNo('340102', 26, 1)).toThrow(RangeError);
    expect(() => formatProvisionalNo('340102', 2026, 0)).toThrow(RangeError);
    expect(() => formatProvisionalNo('340102', 2026, 1.5)).toThrow(RangeError);
  });

  it('orders by unit, year and numeric sequence', () => {
    const sorted = [
      '340102-2026-100000',
      'not-a-number',
      '340102-2026-99999',
      '340102-2025-00400',
      '340101-2027-00001',
    ].sort(compareProvisionalNo);
    expect(sorted).toEqual([
      '340101-2027-00001',
      '340102-2025-00400',
      '340102-2026-99999',
      '340102-2026-100000',
      'not-a-number',
    ]);
  });
});
