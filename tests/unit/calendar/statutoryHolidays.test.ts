import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_TABLES,
  addDays,
  buildCalendar,
  computeDeadline,
  fromDayNumber,
  parseIsoDate,
  statutoryHolidaysOf,
  toDayNumber,
  yearOf,
} from '../../../src-shared/calendar';

const d = parseIsoDate;
const official = buildCalendar(CN_HOLIDAY_TABLES);
/** No notice at all: only the 放假办法's own days (and weekends) rest. */
const computedOnly = buildCalendar([]);

describe('issue 11 item 6: years without a State Council notice', () => {
  it('2027 keeps New Year and the Spring Festival as rest days, still marked assumed', () => {
    for (const day of ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(official.isWorkingDay(d(day)), day).toBe(false);
      expect(official.isStatutoryHoliday(d(day)), day).toBe(true);
      expect(official.coverage(d(day))).toBe('assumed');
    }
    expect(official.holidayOn(d('2027-02-05'))).toBe('springFestival'); // 除夕 (Friday)
    expect(official.isWorkingDay(d('2027-02-09'))).toBe(true);
    expect(official.holidayOn(d('2027-04-05'))).toBe('qingming');
    expect(official.holidayOn(d('2027-05-01'))).toBe('labourDay');
    expect(official.holidayOn(d('2027-06-09'))).toBe('dragonBoat');
    expect(official.holidayOn(d('2027-09-15'))).toBe('midAutumn');
    expect(official.holidayOn(d('2027-10-01'))).toBe('nationalDay');
  });

  it('a 2027 deadline landing on 除夕 moves past the Spring Festival', () => {
    // 2027-01-21 + 15 days = 02-05 (除夕): 02-05..08 are holidays, so the period ends on 02-09.
    const due = computeDeadline({
      start: d('2027-01-21'),
      amount: 15,
      unit: 'calendarDays',
      calendar: official,
    });
    expect(due.due).toBe('2027-02-09');
    expect(due.coverage).toBe('assumed');
  });

  it('follows the edition in force: 2024 amendment from 2025, 2013 text before', () => {
    const count = (year: number, key: string) =>
      statutoryHolidaysOf(year).filter((h) => h.holiday === key).length;
    expect(count(2027, 'springFestival')).toBe(4);
    expect(count(2027, 'labourDay')).toBe(2);
    expect(count(2024, 'springFestival')).toBe(3);
    expect(count(2024, 'labourDay')).toBe(1);
    expect(statutoryHolidaysOf(2023).map((h) => h.date)).toContain('2023-01-22'); // 初一
    expect(statutoryHolidaysOf(2023).map((h) => h.date)).not.toContain('2023-01-21'); // 除夕
    expect(statutoryHolidaysOf(2010).map((h) => h.date)).toContain('2010-02-13'); // 除夕 (2007 text)
    expect(statutoryHolidaysOf(2007)).toEqual([]);
    expect(statutoryHolidaysOf(2200)).toEqual([]);
  });

  it('a notice table still replaces the computed days of its year', () => {
    const with2027 = buildCalendar([
      ...CN_HOLIDAY_TABLES,
      {
        year: 2027,
        source: {
          title: '测试用2027年节假日安排',
          documentNumber: '测试',
          issuedOn: d('2026-11-01'),
        },
        blocks: [{ holiday: 'newYear', from: d('2027-01-01'), to: d('2027-01-03') }],
        makeUpWorkdays: [],
      },
    ]);
    expect(with2027.coverage(d('2027-02-05'))).toBe('official');
    // The test table arranges no Spring Festival, so the computed days no longer apply.
    expect(with2027.isWorkingDay(d('2027-02-05'))).toBe(true);
  });
});

describe('issue 11 item 6: computed holidays against the 2024–2026 notices (fixed seed)', () => {
  const day = fc.integer({ min: toDayNumber(d('2024-01-01')), max: toDayNumber(d('2026-12-31')) });

  it('every day the 办法 fixes is inside the notice’s holiday block, of the same holiday', () => {
    fc.assert(
      fc.property(day, (n) => {
        const date = fromDayNumber(n);
        const computed = computedOnly.holidayOn(date);
        if (computed === undefined) return;
        expect(official.isStatutoryHoliday(date)).toBe(true);
        const arranged = official.holidayOn(date);
        // 2025 merged National Day and Mid-Autumn into one block.
        const same =
          arranged === computed ||
          (arranged === 'nationalDayMidAutumn' &&
            (computed === 'nationalDay' || computed === 'midAutumn'));
        expect(same, `${date}: ${String(arranged)} vs ${computed}`).toBe(true);
      }),
      { seed: 11, numRuns: 600 },
    );
  });

  it('each year’s computed days all fall in the notice (exhaustive check of 2024–2026)', () => {
    for (const year of [2024, 2025, 2026]) {
      const days = statutoryHolidaysOf(year);
      expect(days.length).toBe(year >= 2025 ? 13 : 11);
      for (const h of days) {
        expect(yearOf(h.date)).toBe(year);
        expect(official.isStatutoryHoliday(h.date), h.date).toBe(true);
      }
    }
  });

  it('the computed days are always rest days, whatever the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2150 }), (year) => {
        const days = statutoryHolidaysOf(year);
        expect(days.length).toBeGreaterThanOrEqual(12); // Mid-Autumn may fall on 10-01..03
        for (const h of days) expect(computedOnly.isRestDay(h.date)).toBe(true);
        const eve = days.find((h) => h.holiday === 'springFestival');
        expect(eve && computedOnly.isRestDay(addDays(eve.date, 3))).toBe(true);
      }),
      { seed: 6, numRuns: 40 },
    );
  });
});
