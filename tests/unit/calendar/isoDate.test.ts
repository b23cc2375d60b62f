import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDate,
  dayOfWeek,
  diffDays,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoDateSchema,
  parseIsoDate,
  toDateParts,
  toDayNumber,
} from '../../../src-shared/calendar';

const d = parseIsoDate;

describe('parseIsoDate / isIsoDate', () => {
  it.each(['2024-02-29', '2025-12-31', '1970-01-01', '2026-02-28'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
    expect(parseIsoDate(text)).toBe(text);
  });

  it.each([
    '2025-02-29', // not a leap year
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-4-1',
    '20250401',
    '2025-04-01T00:00:00Z',
    ' 2025-04-01',
    '0999-12-31',
    '',
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(() => parseIsoDate(text)).toThrow(RangeError);
    expect(isoDateSchema.safeParse(text).success).toBe(false);
  });

  it('formats parts with zero padding and rejects impossible parts', () => {
    expect(formatIsoDate({ year: 2025, month: 3, day: 7 })).toBe('2025-03-07');
    expect(toDateParts(d('2025-03-07'))).toEqual({ year: 2025, month: 3, day: 7 });
    expect(() => formatIsoDate({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2025-09-26', 5], // Friday
    ['2025-09-27', 6],
    ['2025-09-28', 7], // Sunday (a make-up working day in 2025, still a Sunday)
    ['2025-10-01', 3], // Wednesday
    ['2024-02-10', 6], // Saturday, first day of the 2024 Spring Festival block
    ['2026-02-15', 7], // Sunday, first day of the 2026 Spring Festival block
    ['1970-01-01', 4], // Thursday
  ] as const)('%s is ISO weekday %i', (date, weekday) => {
    expect(dayOfWeek(d(date))).toBe(weekday);
  });

  it.each([
    ['2025-12-30', 3, '2026-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', -1, '2024-12-31'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
    expect(diffDays(d(date), d(expected))).toBe(days);
  });

  it('compares dates', () => {
    expect(compareIsoDate(d('2025-01-02'), d('2025-01-10'))).toBe(-1);
    expect(compareIsoDate(d('2025-01-10'), d('2025-01-10'))).toBe(0);
    expect(compareIsoDate(d('2026-01-01'), d('2025-12-31'))).toBe(1);
  });

  it('agrees with UTC day numbers for any date (fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        const utc = new Date(dayNumber * 86_400_000);
        expect(date).toBe(utc.toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(dayOfWeek(date) % 7).toBe(utc.getUTCDay());
      }),
      { seed: 20251001, numRuns: 500 },
    );
  });
});

describe('addMonths / addYears (民法典 Art. 202 month-end rule)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-02-28', 1, '2025-03-28'], // the same day number, not the month's end
    ['2014-05-28', 3, '2014-08-28'], // the SPC 2014 answer's own example
    ['2025-12-15', 2, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(d(date), months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-10-05', 2, '2025-10-05'],
  ] as const)('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(d(date), years)).toBe(expected);
  });

  it('never overshoots the target month (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(d('2000-01-01')), max: toDayNumber(d('2040-12-31')) }),
        fc.integer({ min: 1, max: 36 }),
        (dayNumber, months) => {
          const start = toDateParts(fromDayNumber(dayNumber));
          const end = toDateParts(addMonths(fromDayNumber(dayNumber), months));
          const monthIndex = (p: { year: number; month: number }) => p.year * 12 + p.month;
          expect(monthIndex(end) - monthIndex(start)).toBe(months);
          expect(end.day).toBeLessThanOrEqual(start.day);
        },
      ),
      { seed: 20260215, numRuns: 300 },
    );
  });
});
