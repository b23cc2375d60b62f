/**
 * The case-level reminders of one case (src-shared CASE_REMINDER_RULES): each rule over the case
 * card, or over every workflow of its kind on the case, counted like a step's due date (a period
 * the engine cannot count gives no reminder rather than a wrong one). Pure.
 */
import type { ActiveTimeLimits, HolidayCalendar } from '../../../src-shared/calendar';
import {
  CASE_REMINDER_RULES,
  valueAtPath,
  type CaseReminderRule,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { activeTimeLimits } from './activeTimeLimits';
import { computeRuleDue, defaultCalendar } from './workflowDue';
import type { WorkflowDue } from './workflowRows';

export type CaseReminder = {
  caseId: string;
  /** The workflow whose recorded date started the period, when it came from one. */
  workflowId?: string;
  due: WorkflowDue;
};

export type CaseReminderInput = {
  caseId: string;
  /** The case card (status, source, dates). */
  card: unknown;
  /** The case's workflows with their contexts, finished ones included. */
  workflows: readonly { id: string; kind: WorkflowKind; context: unknown }[];
};

export function caseReminders(
  input: CaseReminderInput,
  calendar: HolidayCalendar = defaultCalendar(),
  limits: ActiveTimeLimits = activeTimeLimits(),
  rules: readonly CaseReminderRule[] = CASE_REMINDER_RULES,
): CaseReminder[] {
  return rules.flatMap((rule) => {
    const sources =
      rule.kind === undefined
        ? [{ workflowId: undefined, data: { case: input.card } }]
        : input.workflows
            .filter((w) => w.kind === rule.kind)
            .map((w) => ({ workflowId: w.id, data: { case: input.card, workflow: w.context } }));
    return sources.flatMap(({ workflowId, data }) => {
      if (rule.endsWhen?.some((c) => valueAtPath(data, c.field) === c.equals)) return [];
      const due = computeRuleDue(rule, data, calendar, limits);
      if (!due) return [];
      return [{ caseId: input.caseId, ...(workflowId ? { workflowId } : {}), due }];
    });
  });
}
