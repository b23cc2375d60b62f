/**
 * Period counting for procedural time limits, after CPL 2023 Art. 85 (applied by the procuratorial
 * rules by reference) and 民法典 Arts. 201–203:
 * - the start day is not counted (a 15-day period from 03-01 ends on 03-16);
 * - months and years end on the same day number of the target month, or on that month's last day
 *   when it has no such day (民法典 Art. 202; SPC 2014 answer: 05-28 + 3 months = 08-28);
 * - when the last day of a calendar-day, month or year period is a 法定休假日, the period ends on
 *   the first working day after it. Which days count as 法定休假日 is `extendOnRestDays` (see
 *   ./README.md): by default every rest day, weekends included [U];
 * - working-day periods count only working days after the start day (make-up days count, block
 *   days and weekends do not), so they never end on a rest day;
 * - excluded periods (e.g. appraisal time excluded from the 3-month review limit) push the end
 *   back by the excluded calendar days inside the running period, overlaps counted once.
 */
import { assertNever } from '../assertNever';
import { assumedYearsBetween, Coverage } from './holidayCalendar';
import type { HolidayCalendar } from './holidayCalendar';
import { addMonths, addYears, fromDayNumber, toDateParts, toDayNumber } from './isoDate';
import type { IsoDate } from './isoDate';

/** How a time limit is measured. */
export const PeriodUnit = {
  /** 日: calendar days (the default meaning of "日" in the rules). */
  calendarDays: 'calendarDays',
  /** 工作日: working days under the holiday calendar. */
  workingDays: 'workingDays',
  /** 月: calendar months, same day number. */
  months: 'months',
  /** 年: calendar years, same month and day. */
  years: 'years',
} as const;
export type PeriodUnit = (typeof PeriodUnit)[keyof typeof PeriodUnit];

/** Which last days Art. 85 pushes to the next working day. */
export const ExtendOnRestDays = {
  /** Every rest day: holiday blocks and ordinary weekends (court practice; the default) [U]. */
  holidaysAndWeekends: 'holidays-and-weekends',
  /** Only days inside an arranged holiday block; a period may then end on a Saturday. */
  holidaysOnly: 'holidays-only',
} as const;
export type ExtendOnRestDays = (typeof ExtendOnRestDays)[keyof typeof ExtendOnRestDays];

/** Both ends included. */
export type DateRange = { readonly from: IsoDate; readonly to: IsoDate };

export type DeadlineInput = {
  /** The day of the triggering event (acceptance, decision, receipt…); not itself counted. */
  readonly start: IsoDate;
  readonly amount: number;
  readonly unit: PeriodUnit;
  readonly calendar: HolidayCalendar;
  readonly excluded?: readonly DateRange[];
  readonly extendOnRestDays?: ExtendOnRestDays;
};

/** Why the due date is what it is; the UI renders each as i18n key `calendar.note.<code>`. */
export type DeadlineNote =
  | { readonly code: 'startDayNotCounted'; readonly start: IsoDate }
  | { readonly code: 'workingDaysCounted'; readonly amount: number }
  | { readonly code: 'monthEndClamped'; readonly day: number; readonly lastDay: IsoDate }
  | { readonly code: 'excludedDaysAdded'; readonly days: number }
  | { readonly code: 'extendedPastRestDays'; readonly lastDay: IsoDate; readonly due: IsoDate }
  | { readonly code: 'assumedCalendar'; readonly years: readonly number[] };

export type Deadline = {
  readonly due: IsoDate;
  /** The period's last day before the rest-day rule moved it (equals `due` when not moved). */
  readonly lastDay: IsoDate;
  /** Excluded calendar days that fell inside the running period. */
  readonly excludedDays: number;
  /** 'assumed' when a year between start and due has no official holiday table. */
  readonly coverage: Coverage;
  readonly notes: readonly DeadlineNote[];
};

/** Upper bounds that catch typos (a "3000-month" limit) instead of silently computing them. */
const MAX_AMOUNT = {
  calendarDays: 3660,
  workingDays: 1000,
  months: 120,
  years: 10,
} as const satisfies Record<PeriodUnit, number>;
const MAX_EXCLUDED_RANGE_DAYS = 3660;
/** No run of rest days comes near this; reaching it means a broken calendar. */
const MAX_REST_RUN = 60;

/** True for a whole amount from 1 up to the unit's sanity bound. */
export function isValidAmount(amount: number, unit: PeriodUnit): boolean {
  return Number.isInteger(amount) && amount >= 1 && amount <= MAX_AMOUNT[unit];
}

type Interval = { readonly from: number; readonly to: number };

/** Day-number intervals, sorted, with overlapping or touching ranges merged (no double count). */
function mergeExcluded(ranges: readonly DateRange[]): Interval[] {
  const intervals = ranges.map(({ from, to }) => {
    const interval = { from: toDayNumber(from), to: toDayNumber(to) };
    const length = interval.to - interval.from + 1;
    if (length < 1 || length > MAX_EXCLUDED_RANGE_DAYS) {
      throw new RangeError(`Excluded period ${from}..${to} is reversed or too long`);
    }
    return interval;
  });
  intervals.sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const next of intervals) {
    const last = merged.at(-1);
    if (last && next.from <= last.to + 1) {
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, next.to) };
    } else {
      merged.push(next);
    }
  }
  return merged;
}

/** Excluded days in (after, through]. */
function excludedInside(intervals: readonly Interval[], after: number, through: number): number {
  let days = 0;
  for (const { from, to } of intervals) {
    days += Math.max(0, Math.min(to, through) - Math.max(from, after + 1) + 1);
  }
  return days;
}

function isExcluded(intervals: readonly Interval[], day: number): boolean {
  return intervals.some(({ from, to }) => day >= from && day <= to);
}

/** Smallest end ≥ nominal with end = nominal + excluded days in (start, end]. */
function pushPastExcluded(intervals: readonly Interval[], start: number, nominal: number): number {
  let end = nominal;
  for (;;) {
    const next = nominal + excludedInside(intervals, start, end);
    if (next === end) return end;
    end = next;
  }
}

function countWorkingDaysFrom(
  calendar: HolidayCalendar,
  intervals: readonly Interval[],
  start: number,
  amount: number,
): number {
  let day = start;
  let counted = 0;
  while (counted < amount) {
    day += 1;
    if (!isExcluded(intervals, day) && calendar.isWorkingDay(fromDayNumber(day))) counted += 1;
  }
  return day;
}

function nominalEnd(start: IsoDate, amount: number, unit: PeriodUnit): IsoDate {
  switch (unit) {
    case PeriodUnit.calendarDays:
    case PeriodUnit.workingDays:
      return fromDayNumber(toDayNumber(start) + amount);
    case PeriodUnit.months:
      return addMonths(start, amount);
    case PeriodUnit.years:
      return addYears(start, amount);
    default:
      return assertNever(unit);
  }
}

/** Moves a last day that Art. 85 treats as a 法定休假日 to the first day that is not one. */
function extendPastRest(
  calendar: HolidayCalendar,
  lastDay: number,
  mode: ExtendOnRestDays,
): number {
  const moves = (day: number): boolean => {
    const date = fromDayNumber(day);
    switch (mode) {
      case ExtendOnRestDays.holidaysAndWeekends:
        return calendar.isRestDay(date);
      case ExtendOnRestDays.holidaysOnly:
        return calendar.isStatutoryHoliday(date);
      default:
        return assertNever(mode);
    }
  };
  let day = lastDay;
  while (moves(day)) {
    day += 1;
    if (day - lastDay > MAX_REST_RUN) throw new RangeError('No working day within 60 days');
  }
  return day;
}

/**
 * The due date of a period that starts on `start`. Throws a RangeError for an amount that is not
 * a whole number from 1 to the unit's bound, or for a reversed or absurd excluded range.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const { start, amount, unit, calendar } = input;
  const mode = input.extendOnRestDays ?? ExtendOnRestDays.holidaysAndWeekends;
  if (!isValidAmount(amount, unit)) {
    throw new RangeError(`Invalid amount ${String(amount)} for unit ${unit}`);
  }
  const intervals = mergeExcluded(input.excluded ?? []);
  const startDay = toDayNumber(start);
  const notes: DeadlineNote[] = [{ code: 'startDayNotCounted', start }];

  let lastDay: number;
  if (unit === PeriodUnit.workingDays) {
    lastDay = countWorkingDaysFrom(calendar, intervals, startDay, amount);
    notes.push({ code: 'workingDaysCounted', amount });
  } else {
    const nominal = nominalEnd(start, amount, unit);
    const startDayOfMonth = toDateParts(start).day;
    const isMonthBased = unit === PeriodUnit.months || unit === PeriodUnit.years;
    if (isMonthBased && toDateParts(nominal).day !== startDayOfMonth) {
      notes.push({ code: 'monthEndClamped', day: startDayOfMonth, lastDay: nominal });
    }
    lastDay = pushPastExcluded(intervals, startDay, toDayNumber(nominal));
  }

  const excludedDays = excludedInside(intervals, startDay, lastDay);
  if (excludedDays > 0) notes.push({ code: 'excludedDaysAdded', days: excludedDays });

  const dueDay =
    unit === PeriodUnit.workingDays ? lastDay : extendPastRest(calendar, lastDay, mode);
  const due = fromDayNumber(dueDay);
  const last = fromDayNumber(lastDay);
  if (dueDay !== lastDay) notes.push({ code: 'extendedPastRestDays', lastDay: last, due });

  const assumedYears = assumedYearsBetween(calendar, start, due);
  if (assumedYears.length > 0) notes.push({ code: 'assumedCalendar', years: assumedYears });

  return {
    due,
    lastDay: last,
    excludedDays,
    coverage: assumedYears.length > 0 ? Coverage.assumed : Coverage.official,
    notes,
  };
}
