/**
 * Approved extensions of a period (行政规则 Art. 56). Each extension runs from the period's own
 * last day, not from the due date the rest-day rule (CPL Art. 85) moved it to: the move only
 * protects the party on a holiday and must not lengthen the extension that follows it.
 */
import type { HolidayCalendar } from './holidayCalendar';
import { computeDeadline, type Deadline, type PeriodUnit } from './period';

export type PeriodExtension = { readonly amount: number; readonly unit: PeriodUnit };

/** The deadline after the extensions, in the order they were granted. */
export function extendDeadline(
  base: Deadline,
  extensions: readonly PeriodExtension[],
  calendar: HolidayCalendar,
): Deadline {
  let current = base;
  for (const extension of extensions) {
    current = computeDeadline({ start: current.lastDay, ...extension, calendar });
  }
  return current;
}
