/**
 * The due date of a workflow's current step: its state's `timeLimit` (a TIME_LIMITS row plus a
 * context path to the start date) run through the deadline engine. Pure: the calendar is passed
 * in; no Dexie here. A step whose start date is not yet known has no due date.
 */
import {
  buildCalendar,
  computeLimitDeadline,
  extendDeadline,
  CN_HOLIDAY_TABLES,
  coverageBetween,
  isIsoDate,
  isTimeLimitId,
  latestNoticeDate,
  PeriodUnit,
  TimeLimitDirection,
  type DateRange,
  type HolidayCalendar,
  type HolidayTable,
  type IsoDate,
  type ActiveTimeLimits,
  type TimeLimitId,
} from '../../../src-shared/calendar';
import {
  ruleApplies,
  timeLimitsOf,
  valueAtPath,
  workflowCatalog,
  type PersistedWorkflowSnapshot,
  type TimeLimitRef,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { activeTimeLimits } from './activeTimeLimits';
import type { WorkflowDue } from './workflowRows';

let shipped: HolidayCalendar | undefined;
/** The shipped tables merged with the server's, once the app has loaded or pulled them. */
let withReference: HolidayCalendar | undefined;

/**
 * The shipped 2024–2026 State Council tables with the server's reference tables merged over
 * them: a server table replaces the shipped one of its year and adds the years the app lacks
 * (so a 2027 table turns 2027 dates from 'assumed' into 'official').
 */
export function calendarWithReference(tables: readonly HolidayTable[]): HolidayCalendar {
  return buildCalendar([...CN_HOLIDAY_TABLES, ...tables]);
}

/**
 * The calendar the app counts with: the shipped tables, plus the server's reference tables once
 * `setReferenceHolidayTables` has been called (at start from the stored copy, after each pull
 * that brings new ones).
 */
export function defaultCalendar(): HolidayCalendar {
  if (withReference) return withReference;
  shipped ??= buildCalendar(CN_HOLIDAY_TABLES);
  return shipped;
}

/**
 * Makes `defaultCalendar()` use the server's tables (an empty list returns to the shipped ones).
 * Call it only with tables already checked by `holidayTableSchema` and stored: in-memory state
 * follows the database, never leads it. A table that fails the calendar's own check throws.
 */
export function setReferenceHolidayTables(tables: readonly HolidayTable[]): void {
  withReference = tables.length === 0 ? undefined : calendarWithReference(tables);
}

export { valueAtPath };

function asDate(value: unknown): IsoDate | undefined {
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

function excludedRanges(value: unknown): DateRange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const from = asDate(valueAtPath(item, 'from'));
    const to = asDate(valueAtPath(item, 'to'));
    return from && to && from <= to ? [{ from, to }] : [];
  });
}

const extensionUnits: Readonly<Record<string, PeriodUnit>> = {
  months: PeriodUnit.months,
  calendarDays: PeriodUnit.calendarDays,
};

/** Recorded extensions (`{ extendBy: { amount, unit } }[]`) as periods added after the last day. */
function extensionsOf(value: unknown): { amount: number; unit: PeriodUnit }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const amount = valueAtPath(item, 'extendBy.amount');
    const unit = extensionUnits[String(valueAtPath(item, 'extendBy.unit'))];
    return typeof amount === 'number' && unit ? [{ amount, unit }] : [];
  });
}

/**
 * The current step's due date, or null when the step has no time limit, its condition does not
 * hold, or its start date is not recorded yet. An out-of-range period (the deadline engine throws
 * rather than clamps) also gives null: the step is then shown without a date, never a wrong one.
 */
export function computeWorkflowDue(
  kind: WorkflowKind,
  snapshot: PersistedWorkflowSnapshot,
  calendar: HolidayCalendar = defaultCalendar(),
  limits: ActiveTimeLimits = activeTimeLimits(),
): WorkflowDue | null {
  try {
    const due = dueOf(kind, snapshot, calendar, limits);
    return due && withOverrideSource(due, limits);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** A due date counted with an amount from reference data names that amount and its source. */
function withOverrideSource(due: WorkflowDue, limits: ActiveTimeLimits): WorkflowDue {
  const id = due.limitId as TimeLimitId;
  if (!limits.source || !limits.overridden.includes(id)) return due;
  const spec = limits.table[id];
  return { ...due, override: { amount: spec.amount, unit: spec.unit, source: limits.source } };
}

function dueOf(
  kind: WorkflowKind,
  snapshot: PersistedWorkflowSnapshot,
  calendar: HolidayCalendar,
  limits: ActiveTimeLimits,
): WorkflowDue | null {
  const meta = workflowCatalog[kind].states[snapshot.value];
  if (!meta || snapshot.status === 'done') return null;
  for (const rule of timeLimitsOf(meta)) {
    const due = dueOfRule(rule, snapshot.context, calendar, limits);
    if (due) return due;
  }
  return null;
}

/** The due date one rule gives over plain data (a workflow's context, a case's dates). */
export function dueOfRule(
  rule: TimeLimitRef,
  context: unknown,
  calendar: HolidayCalendar,
  limits: ActiveTimeLimits,
): WorkflowDue | null {
  if (!isTimeLimitId(rule.limitId) || !ruleApplies(rule, context)) return null;
  const start =
    asDate(valueAtPath(context, rule.from)) ??
    (rule.fallbackFrom === undefined ? undefined : asDate(valueAtPath(context, rule.fallbackFrom)));
  if (!start) return null;
  const spec = limits.table[rule.limitId];

  if (spec.direction === TimeLimitDirection.before) {
    const due = latestNoticeDate(start, spec.amount, calendar);
    return {
      limitId: rule.limitId,
      direction: 'before',
      start,
      due,
      coverage: coverageBetween(calendar, due, start),
    };
  }
  const excluded =
    rule.excludedFrom && spec.allowsExcludedPeriods
      ? excludedRanges(valueAtPath(context, rule.excludedFrom))
      : [];
  const base = computeLimitDeadline({
    id: rule.limitId,
    start,
    calendar,
    excluded,
    table: limits.table,
  });
  const extensions = rule.extensionsFrom
    ? extensionsOf(valueAtPath(context, rule.extensionsFrom))
    : [];
  const deadline = extendDeadline(base, extensions, calendar);
  return {
    limitId: rule.limitId,
    direction: 'after',
    start,
    due: deadline.due,
    coverage: coverageBetween(calendar, start, deadline.due),
  };
}
