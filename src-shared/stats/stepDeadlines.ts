/**
 * Where an open workflow step's deadline stands, for the 工作台's step figures and the case list's
 * deadline filter. Both read it from here so the list a figure opens holds exactly the cases the
 * figure counts. Pure: `today` and the calendar come in.
 */
import { DeadlineState, remaining, type HolidayCalendar, type IsoDate } from '../calendar';

/** The case list's deadline filter and the step figures' two buckets. */
export type StepDeadline = 'overdue' | 'dueSoon';
export const STEP_DEADLINES: readonly StepDeadline[] = ['overdue', 'dueSoon'];

export function isStepDeadline(value: unknown): value is StepDeadline {
  return value === 'overdue' || value === 'dueSoon';
}

/**
 * 'overdue' once the due date has passed; 'dueSoon' from 3 working days before it through the day
 * itself (the last day still in time); null when later or without a due date.
 */
export function stepDeadlineOf(
  due: string | null | undefined,
  today: IsoDate,
  calendar: HolidayCalendar,
): StepDeadline | null {
  if (!due) return null;
  const state = remaining({ due: due as IsoDate, today, calendar }).state;
  if (state === DeadlineState.overdue) return 'overdue';
  if (state === DeadlineState.dueSoon || state === DeadlineState.dueToday) return 'dueSoon';
  return null;
}

/**
 * Classifies many steps: many share a due date, so working days are counted once per date,
 * not once per step (10k steps cost a few hundred calendar walks).
 */
export function stepDeadlineClassifier(
  today: IsoDate,
  calendar: HolidayCalendar,
): (due: string | null | undefined) => StepDeadline | null {
  const byDue = new Map<string, StepDeadline | null>();
  return (due) => {
    if (!due) return null;
    let found = byDue.get(due);
    if (found === undefined) {
      found = stepDeadlineOf(due, today, calendar);
      byDue.set(due, found);
    }
    return found;
  };
}

/** The ids of the cases with at least one open step in each bucket. */
export function casesByStepDeadline(
  steps: readonly { caseId: string; due: string | null }[],
  today: IsoDate,
  calendar: HolidayCalendar,
): Record<StepDeadline, Set<string>> {
  const classify = stepDeadlineClassifier(today, calendar);
  const result: Record<StepDeadline, Set<string>> = { overdue: new Set(), dueSoon: new Set() };
  for (const step of steps) {
    const bucket = classify(step.due);
    if (bucket) result[bucket].add(step.caseId);
  }
  return result;
}
