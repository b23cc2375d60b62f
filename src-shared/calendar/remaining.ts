/**
 * How much time is left before a due date, for the step panel and the "due within 3 working days"
 * and "overdue" dashboard. `today` is passed in: nothing here reads the clock.
 */
import { coverageBetween } from './holidayCalendar';
import type { Coverage, HolidayCalendar } from './holidayCalendar';
import { compareIsoDate, diffDays, fromDayNumber, toDayNumber } from './isoDate';
import type { IsoDate } from './isoDate';

/** Where a due date stands relative to today. */
export const DeadlineState = {
  /** More than the warning window away. */
  ok: 'ok',
  /** Due after today within the warning window (3 working days by default). */
  dueSoon: 'dueSoon',
  /** Due today: the last day on which the act is still in time. */
  dueToday: 'dueToday',
  /** The due date has passed. */
  overdue: 'overdue',
} as const;
export type DeadlineState = (typeof DeadlineState)[keyof typeof DeadlineState];

/** The dashboard's "due within 3 working days". */
export const DUE_SOON_WORKING_DAYS = 3;

export type RemainingInput = {
  readonly due: IsoDate;
  readonly today: IsoDate;
  readonly calendar: HolidayCalendar;
  /** Working days that count as "soon"; defaults to DUE_SOON_WORKING_DAYS. */
  readonly dueSoonWorkingDays?: number;
};

export type Remaining = {
  /** Calendar days from today to the due date; negative when overdue. */
  readonly daysLeft: number;
  /**
   * Working days after today up to and including the due date; when overdue, minus the working
   * days after the due date up to and including today.
   */
  readonly workingDaysLeft: number;
  readonly state: DeadlineState;
  readonly coverage: Coverage;
};

/** Working days in (after, through]; 0 when `through` is not after `after`. */
export function countWorkingDays(
  calendar: HolidayCalendar,
  after: IsoDate,
  through: IsoDate,
): number {
  let count = 0;
  const last = toDayNumber(through);
  for (let day = toDayNumber(after) + 1; day <= last; day++) {
    if (calendar.isWorkingDay(fromDayNumber(day))) count += 1;
  }
  return count;
}

export function remaining(input: RemainingInput): Remaining {
  const { due, today, calendar } = input;
  const window = input.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS;
  const order = compareIsoDate(today, due);
  const workingDaysLeft =
    order <= 0 ? countWorkingDays(calendar, today, due) : -countWorkingDays(calendar, due, today);
  let state: DeadlineState;
  if (order > 0) state = DeadlineState.overdue;
  else if (order === 0) state = DeadlineState.dueToday;
  else state = workingDaysLeft <= window ? DeadlineState.dueSoon : DeadlineState.ok;
  return {
    daysLeft: diffDays(today, due),
    workingDaysLeft,
    state,
    coverage: coverageBetween(calendar, today, due),
  };
}
