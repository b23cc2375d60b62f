/**
 * Events that say "the period has run out" (a lapsed supplement window, an unanswered
 * recommendation) are rechecked here from the recorded dates, never taken from a flag the
 * client computed: a device with a wrong clock or a hand-edited record must not close a case.
 *
 * The period is counted by the deadline engine with the shipped calendar (the 2024–2026 notices
 * and, for later years, the 放假办法's own holidays). Known gap [U]: in a year the app has only
 * from server reference data, a bridging day of that notice that falls on a period's last day
 * moves the app's due date but not this one, so the engine accepts a lapse noted on that day.
 */
import {
  buildCalendar,
  CN_HOLIDAY_TABLES,
  computeLimitDeadline,
  isIsoDate,
  type TimeLimitId,
} from '../calendar';
import { fail, pass, type GuardVerdict } from './refusal';
import type { RefusalKey } from './refusalKeys';

/** The calendar the engine's own date rechecks count with. */
export const SHIPPED_CALENDAR = buildCalendar(CN_HOLIDAY_TABLES);

export type PeriodRunOutInput = {
  /** The §9 limit that runs (a calendar-day, month or year limit counted after `start`). */
  limitId: TimeLimitId;
  /** The recorded date the period runs from (notice issued or served, decision …). */
  start: string | undefined;
  /** The date the user records the lapse on. */
  notedOn: string;
  /** The acting instant (ISO with offset): its date is "today". */
  at: string;
  /** The refusal while the period is still running. */
  stillRunning: RefusalKey;
};

/**
 * Passes only when `notedOn` is after the period's last day and not after today. The refusal
 * names the last day (`details.due`) so the user sees when the step becomes possible.
 */
export function checkPeriodRunOut(input: PeriodRunOutInput): GuardVerdict {
  const { start, notedOn } = input;
  if (start === undefined || !isIsoDate(start)) {
    return fail('workflow.refusal.periodStartUnknown', { limitId: input.limitId });
  }
  const today = input.at.slice(0, 10);
  if (notedOn > today) return fail('workflow.refusal.notedAfterToday', { notedOn, today });
  const { due } = computeLimitDeadline({
    id: input.limitId,
    start,
    calendar: SHIPPED_CALENDAR,
  });
  return notedOn > due ? pass : fail(input.stillRunning, { due, start });
}
