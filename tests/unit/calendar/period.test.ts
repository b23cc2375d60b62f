import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_TABLES,
  addDays,
  buildCalendar,
  computeDeadline,
  countWorkingDays,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
} from '../../../src-shared/calendar';
import type { ExtendOnRestDays, PeriodUnit } from '../../../src-shared/calendar';

const d = parseIsoDate;
const calendar = buildCalendar(CN_HOLIDAY_TABLES);

type Case = readonly [
  why: string,
  start: string,
  amount: number,
  unit: PeriodUnit,
  due: string,
  mode?: ExtendOnRestDays,
];

const CASES: readonly Case[] = [
  // 10 working days from Fri 2025-09-26, counted by hand (the start day is not counted):
  // 09-27 Sat rest; 09-28 Sun make-up = 1; 09-29 Mon = 2; 09-30 Tue = 3; 10-01..08 holiday;
  // 10-09 Thu = 4; 10-10 Fri = 5; 10-11 Sat make-up = 6; 10-12 Sun rest; 10-13..16 = 7..10.
  ['10 working days across National Day 2025', '2025-09-26', 10, 'workingDays', '2025-10-16'],
  // 5 working days from Thu 2026-02-12: 02-13 Fri = 1; 02-14 Sat make-up = 2; 02-15..23 holiday;
  // 02-24 Tue = 3; 02-25 = 4; 02-26 = 5.
  ['5 working days across Spring Festival 2026', '2026-02-12', 5, 'workingDays', '2026-02-26'],
  ['working days never move past rest days', '2025-03-14', 1, 'workingDays', '2025-03-17'],
  // 7 days from 09-24 end on 10-01, inside the 8-day block; 10-09 is the first working day after.
  ['7 days ending inside the National Day block', '2025-09-24', 7, 'calendarDays', '2025-10-09'],
  // 5 days from 02-12 end on 02-17 (Spring Festival 2026, 02-15..23) → Tue 02-24.
  ['5 days ending inside Spring Festival 2026', '2026-02-12', 5, 'calendarDays', '2026-02-24'],
  // 15 days from 2024-01-26 end on Sat 02-10, first day of the block 02-10..17; the next day,
  // Sun 02-18, is a make-up working day, so the period ends on that Sunday.
  [
    'ending in Spring Festival 2024 moves to the make-up Sunday',
    '2024-01-26',
    15,
    'calendarDays',
    '2024-02-18',
  ],
  ['a plain weekday end stays', '2025-03-10', 15, 'calendarDays', '2025-03-25'],
  ['a Saturday end moves to Monday', '2025-03-12', 3, 'calendarDays', '2025-03-17'],
  [
    'holidays-only: a Saturday end stays',
    '2025-03-12',
    3,
    'calendarDays',
    '2025-03-15',
    'holidays-only',
  ],
  [
    'holidays-only: a holiday end still moves',
    '2025-09-24',
    7,
    'calendarDays',
    '2025-10-09',
    'holidays-only',
  ],
  ['a make-up Saturday is a working day: no move', '2025-10-04', 7, 'calendarDays', '2025-10-11'],
  ['Jan 31 + 1 month = Feb 28', '2025-01-31', 1, 'months', '2025-02-28'],
  ['Jan 31 + 1 month = Feb 29 in a leap year', '2024-01-31', 1, 'months', '2024-02-29'],
  ['Mar 31 + 1 month = Apr 30', '2025-03-31', 1, 'months', '2025-04-30'],
  // 2026-02-28 is the clamped end and a make-up Saturday, so it stays.
  ['Nov 30 + 3 months = Feb 28, a make-up Saturday', '2025-11-30', 3, 'months', '2026-02-28'],
  ['3 months ending on 05-05 (Labour Day) → 05-06', '2025-02-05', 3, 'months', '2025-05-06'],
  ['Feb 29 + 1 year = Feb 28', '2024-02-29', 1, 'years', '2025-02-28'],
  ['1 year ending on 2026-10-03 (National Day) → 10-08', '2025-10-03', 1, 'years', '2026-10-08'],
];

describe('computeDeadline', () => {
  for (const [why, start, amount, unit, due, mode] of CASES) {
    it(`${why}: ${start} + ${String(amount)} ${unit} → ${due}`, () => {
      const result = computeDeadline({
        start: d(start),
        amount,
        unit,
        calendar,
        extendOnRestDays: mode,
      });
      expect(result.due).toBe(due);
      expect(result.coverage).toBe('official');
      expect(result.notes[0]).toEqual({ code: 'startDayNotCounted', start });
    });
  }

  it('explains a month-end clamp and a holiday extension', () => {
    const result = computeDeadline({ start: d('2025-07-31'), amount: 2, unit: 'months', calendar });
    // 09-31 does not exist → 09-30 (Tue, a working day): clamped, not extended.
    expect(result.due).toBe('2025-09-30');
    expect(result.notes).toContainEqual({
      code: 'monthEndClamped',
      day: 31,
      lastDay: '2025-09-30',
    });
    const moved = computeDeadline({
      start: d('2025-09-24'),
      amount: 7,
      unit: 'calendarDays',
      calendar,
    });
    expect(moved.lastDay).toBe('2025-10-01');
    expect(moved.notes).toContainEqual({
      code: 'extendedPastRestDays',
      lastDay: '2025-10-01',
      due: '2025-10-09',
    });
  });

  it('warns when a year has no official table (2027)', () => {
    // 12-29..31 = 1..3; 2027-01-01 is New Year's Day by the 放假办法 even without a notice;
    // 01-04..08 = 4..8; 01-11 = 9; 01-12 = 10 (make-up days, if any, are unknown: 'assumed').
    const result = computeDeadline({
      start: d('2026-12-28'),
      amount: 10,
      unit: 'workingDays',
      calendar,
    });
    expect(result.due).toBe('2027-01-12');
    expect(result.coverage).toBe('assumed');
    expect(result.notes).toContainEqual({ code: 'assumedCalendar', years: [2027] });
  });

  it.each([
    [0, 'calendarDays'],
    [-3, 'calendarDays'],
    [1.5, 'months'],
    [Number.NaN, 'workingDays'],
    [Number.POSITIVE_INFINITY, 'calendarDays'],
    [121, 'months'],
    [11, 'years'],
  ] as const)('rejects amount %d %s instead of clamping it', (amount, unit) => {
    expect(() => computeDeadline({ start: d('2025-03-10'), amount, unit, calendar })).toThrow(
      RangeError,
    );
  });
});

describe('excluded periods', () => {
  const review = { start: d('2025-03-10'), amount: 3, unit: 'months', calendar } as const;

  it.each([
    ['none', [], '2025-06-10', 0],
    ['one 10-day appraisal', [['2025-04-01', '2025-04-10']], '2025-06-20', 10],
    // 04-01..10 and 04-05..14 overlap: the union 04-01..14 is 14 days, not 20.
    [
      'overlapping ranges counted once',
      [
        ['2025-04-01', '2025-04-10'],
        ['2025-04-05', '2025-04-14'],
      ],
      '2025-06-24',
      14,
    ],
    [
      'touching ranges',
      [
        ['2025-04-01', '2025-04-10'],
        ['2025-04-11', '2025-04-14'],
      ],
      '2025-06-24',
      14,
    ],
    // Only 03-11 and 03-12 lie after the start day.
    ['a range that began before the start', [['2025-03-01', '2025-03-12']], '2025-06-12', 2],
    ['a range after the period is ignored', [['2025-07-01', '2025-07-31']], '2025-06-10', 0],
    // 06-05..14 lies inside the (growing) period too: 10 + 10 excluded days, 06-10 + 20 = Mon 06-30.
    [
      'a range near the end pulls in more',
      [
        ['2025-04-01', '2025-04-10'],
        ['2025-06-05', '2025-06-14'],
      ],
      '2025-06-30',
      20,
    ],
  ] as const)('%s', (_, ranges, due, excludedDays) => {
    const excluded = ranges.map(([from, to]) => ({ from: d(from), to: d(to) }));
    const result = computeDeadline({ ...review, excluded });
    expect(result.due).toBe(due);
    expect(result.excludedDays).toBe(excludedDays);
  });

  it('extends through a range that straddles the nominal end', () => {
    // 10 days from 03-10 → 03-20; 03-15..25 is excluded (11 days): the counted days are 03-11..14
    // (4) and 03-26..31 (6), so the period ends Mon 03-31.
    const result = computeDeadline({
      start: d('2025-03-10'),
      amount: 10,
      unit: 'calendarDays',
      calendar,
      excluded: [{ from: d('2025-03-15'), to: d('2025-03-25') }],
    });
    expect(result.due).toBe('2025-03-31');
    expect(result.notes).toContainEqual({ code: 'excludedDaysAdded', days: 11 });
  });

  it('skips excluded days in working-day periods', () => {
    // 03-11 Tue = 1; 03-12..13 excluded; 03-14 Fri = 2; 03-17..19 = 3..5.
    const result = computeDeadline({
      start: d('2025-03-10'),
      amount: 5,
      unit: 'workingDays',
      calendar,
      excluded: [{ from: d('2025-03-12'), to: d('2025-03-13') }],
    });
    expect(result.due).toBe('2025-03-19');
  });

  it('rejects a reversed excluded range', () => {
    const excluded = [{ from: d('2025-04-10'), to: d('2025-04-01') }];
    expect(() => computeDeadline({ ...review, excluded })).toThrow(RangeError);
  });
});

describe('invariants (fixed seed)', () => {
  const day = fc.integer({ min: toDayNumber(d('2024-01-01')), max: toDayNumber(d('2026-10-31')) });

  it('a calendar-day period ends on the first working day on or after start + amount', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (startDay, amount) => {
        const start = fromDayNumber(startDay);
        const { due } = computeDeadline({ start, amount, unit: 'calendarDays', calendar });
        const nominal = addDays(start, amount);
        expect(due >= nominal).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
        for (let x = nominal; x < due; x = addDays(x, 1)) expect(calendar.isRestDay(x)).toBe(true);
      }),
      { seed: 85, numRuns: 300 },
    );
  });

  it('a working-day period holds exactly `amount` working days after the start', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (startDay, amount) => {
        const start = fromDayNumber(startDay);
        const { due } = computeDeadline({ start, amount, unit: 'workingDays', calendar });
        expect(countWorkingDays(calendar, start, due)).toBe(amount);
        expect(calendar.isWorkingDay(due)).toBe(true);
      }),
      { seed: 2025, numRuns: 300 },
    );
  });
});
