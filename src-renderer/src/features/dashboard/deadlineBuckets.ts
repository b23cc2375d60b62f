/**
 * The dashboard's view of every open workflow: what falls due within 3 working days (today
 * included), what is overdue, how many workflows stand in each step, and which years the
 * deadlines reach that have no official holiday table yet. Pure: `today` and the calendar come in.
 */
import {
  assumedYearsBetween,
  compareIsoDate,
  remaining,
  yearOf,
  type HolidayCalendar,
  type IsoDate,
  type Remaining,
} from '../../../../src-shared/calendar';
import type { WorkflowKind } from '../../../../src-shared/workflows';
import type { OpenCaseReminder } from '../../db/caseReminderQueries';
import type { OpenWorkflow } from '../../db/workflowQueries';
import type { WorkflowDue } from '../../db/workflowRows';

export type DeadlineItem = {
  /** Unique per row: the workflow id, or the case reminder's case, limit and source. */
  workflowId: string;
  caseId: string;
  caseTitle: string;
  provisionalNo: string;
  /** The workflow and step waiting on the limit; absent for a case-level reminder. */
  step?: { kind: WorkflowKind; state: string };
  due: WorkflowDue;
  remaining: Remaining;
};

export type StateCount = { kind: WorkflowKind; state: string; count: number };

export type DeadlineBuckets = {
  dueSoon: DeadlineItem[];
  overdue: DeadlineItem[];
  counts: StateCount[];
  /** Years an open deadline reaches that have no State Council table: dates there are assumed. */
  assumedYears: number[];
};

const byDue = (a: DeadlineItem, b: DeadlineItem) =>
  compareIsoDate(a.due.due as IsoDate, b.due.due as IsoDate) ||
  a.caseTitle.localeCompare(b.caseTitle);

export function deadlineBuckets(
  open: readonly OpenWorkflow[],
  today: IsoDate,
  calendar: HolidayCalendar,
  reminders: readonly OpenCaseReminder[] = [],
): DeadlineBuckets {
  const fromCases: DeadlineItem[] = reminders.map(({ reminder, caseTitle, provisionalNo }) => ({
    workflowId: `${reminder.caseId}:${reminder.due.limitId}:${reminder.workflowId ?? ''}`,
    caseId: reminder.caseId,
    caseTitle,
    provisionalNo,
    due: reminder.due,
    remaining: remaining({ due: reminder.due.due as IsoDate, today, calendar }),
  }));
  const fromWorkflows: DeadlineItem[] = open.flatMap(({ workflow, caseTitle, provisionalNo }) => {
    const due = workflow.due;
    if (!due) return [];
    return [
      {
        workflowId: workflow.id,
        caseId: workflow.caseId,
        caseTitle,
        provisionalNo,
        step: { kind: workflow.kind, state: workflow.state },
        due,
        remaining: remaining({ due: due.due as IsoDate, today, calendar }),
      },
    ];
  });
  const items = [...fromWorkflows, ...fromCases];
  const dueSoon = items
    .filter((i) => i.remaining.state === 'dueSoon' || i.remaining.state === 'dueToday')
    .sort(byDue);
  const overdue = items.filter((i) => i.remaining.state === 'overdue').sort(byDue);

  const tally = new Map<string, StateCount>();
  for (const { workflow } of open) {
    const key = `${workflow.kind}\u0000${workflow.state}`;
    const entry = tally.get(key) ?? { kind: workflow.kind, state: workflow.state, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  }
  const counts = [...tally.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || b.count - a.count || a.state.localeCompare(b.state),
  );

  const years = new Set<number>();
  for (const item of items) {
    const due = item.due.due as IsoDate;
    for (const year of assumedYearsBetween(calendar, today, due)) years.add(year);
    if (item.due.coverage === 'assumed') years.add(yearOf(due));
  }
  return { dueSoon, overdue, counts, assumedYears: [...years].sort((a, b) => a - b) };
}
