/**
 * Which days are working days. A date inside an arranged block is a statutory rest day; a listed
 * make-up day (调休上班) is a working day even on a weekend; otherwise Monday–Friday work and
 * weekends rest. Years without a table use that weekday rule plus the days the 放假办法 itself
 * fixes (./statutoryHolidays.ts) and report `coverage` = 'assumed', so the UI can warn that the
 * date may still move (bridging days, 调休) once the State Council publishes the year.
 */
import { holidayTableSchema } from './holidayTable';
import type { HolidayKey, HolidaySource, HolidayTable } from './holidayTable';
import { addDays, diffDays, isWeekend, yearOf } from './isoDate';
import type { IsoDate } from './isoDate';
import { statutoryHolidaysOf } from './statutoryHolidays';

/** Whether a date's working-day status comes from a published notice. */
export const Coverage = {
  /** The year has a State Council table. */
  official: 'official',
  /** No table for the year: the 放假办法's own days rest, other Mondays–Fridays are assumed to work. */
  assumed: 'assumed',
} as const;
export type Coverage = (typeof Coverage)[keyof typeof Coverage];

export type HolidayCalendar = {
  /** Years that have an official table, ascending. */
  readonly officialYears: readonly number[];
  /** A day the procuratorate works: Mon–Fri outside holiday blocks, plus make-up days. */
  readonly isWorkingDay: (date: IsoDate) => boolean;
  /** Not a working day: a holiday-block day or an ordinary weekend. */
  readonly isRestDay: (date: IsoDate) => boolean;
  /**
   * Inside an arranged holiday block (the notice's 放假 days, weekends in the block included) or,
   * in a year without a notice, one of the 放假办法's own holiday days.
   */
  readonly isStatutoryHoliday: (date: IsoDate) => boolean;
  /** A weekend day the notice turns into a working day (调休上班). */
  readonly isMakeUpWorkday: (date: IsoDate) => boolean;
  /** The holiday whose block contains `date`, if any. */
  readonly holidayOn: (date: IsoDate) => HolidayKey | undefined;
  readonly coverage: (date: IsoDate) => Coverage;
  /** The notice behind a year's table. */
  readonly sourceOf: (year: number) => HolidaySource | undefined;
};

/**
 * Builds a calendar from holiday tables. Each table is checked with `holidayTableSchema` (a
 * malformed table throws a RangeError naming its year). A later table for the same year
 * replaces an earlier one, so `buildCalendar([...CN_HOLIDAY_TABLES, ...fromServer])` lets
 * reference data correct or extend the shipped years.
 */
export function buildCalendar(tables: readonly HolidayTable[]): HolidayCalendar {
  const byYear = new Map<number, HolidayTable>();
  for (const table of tables) {
    const checked = holidayTableSchema.safeParse(table);
    if (!checked.success) {
      const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new RangeError(
        `Holiday table ${String(table.year)} is invalid: ${problems.join('; ')}`,
      );
    }
    byYear.set(table.year, table);
  }

  const holidayDays = new Map<string, HolidayKey>();
  const makeUpDays = new Set<string>();
  for (const table of byYear.values()) {
    for (const block of table.blocks) {
      const length = diffDays(block.from, block.to) + 1;
      for (let i = 0; i < length; i++) holidayDays.set(addDays(block.from, i), block.holiday);
    }
    for (const makeUp of table.makeUpWorkdays) makeUpDays.add(makeUp.date);
  }

  // Years without a table: the 放假办法's fixed days, computed once per year on first use.
  const computedByYear = new Map<number, Map<string, HolidayKey>>();
  const computedHoliday = (date: IsoDate): HolidayKey | undefined => {
    const year = yearOf(date);
    if (byYear.has(year)) return undefined;
    let days = computedByYear.get(year);
    if (!days) {
      days = new Map(statutoryHolidaysOf(year).map((h) => [h.date, h.holiday]));
      computedByYear.set(year, days);
    }
    return days.get(date);
  };
  const holidayOn = (date: IsoDate) => holidayDays.get(date) ?? computedHoliday(date);
  const isStatutoryHoliday = (date: IsoDate) => holidayOn(date) !== undefined;
  const isMakeUpWorkday = (date: IsoDate) => makeUpDays.has(date) && !isStatutoryHoliday(date);
  const isWorkingDay = (date: IsoDate) =>
    !isStatutoryHoliday(date) && (isMakeUpWorkday(date) || !isWeekend(date));

  return {
    officialYears: [...byYear.keys()].sort((a, b) => a - b),
    isWorkingDay,
    isRestDay: (date) => !isWorkingDay(date),
    isStatutoryHoliday,
    isMakeUpWorkday,
    holidayOn,
    coverage: (date) => (byYear.has(yearOf(date)) ? Coverage.official : Coverage.assumed),
    sourceOf: (year) => byYear.get(year)?.source,
  };
}

/** Years from `from` to `to` (inclusive, either order) that lack a table. */
export function assumedYearsBetween(
  calendar: HolidayCalendar,
  from: IsoDate,
  to: IsoDate,
): number[] {
  const [first, last] = from <= to ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    if (!calendar.officialYears.includes(year)) years.push(year);
  }
  return years;
}

/** 'assumed' when any year from `from` to `to` lacks a table. */
export function coverageBetween(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): Coverage {
  return assumedYearsBetween(calendar, from, to).length > 0 ? Coverage.assumed : Coverage.official;
}
