/**
 * Looking up time limits, overriding the configurable ones, and turning a limit into a due date.
 * The table itself is in ./timeLimitTable.ts.
 */
import type { HolidayCalendar } from './holidayCalendar';
import type { IsoDate } from './isoDate';
import { computeDeadline, isValidAmount } from './period';
import type { DateRange, Deadline, ExtendOnRestDays } from './period';
import { TIME_LIMITS, TimeLimitDirection } from './timeLimitTable';
import type { TimeLimitId, TimeLimitSpec, TimeLimitTable } from './timeLimitTable';

export { ConfidenceTag, TIME_LIMITS, TimeLimitDirection } from './timeLimitTable';
export type { TimeLimitId, TimeLimitSpec, TimeLimitTable } from './timeLimitTable';

export function isTimeLimitId(value: string): value is TimeLimitId {
  return Object.hasOwn(TIME_LIMITS, value);
}

/** Every limit with its id, in table order (for settings screens and documentation). */
export function timeLimitEntries(
  table: TimeLimitTable = TIME_LIMITS,
): (TimeLimitSpec & { readonly id: TimeLimitId })[] {
  return Object.keys(table)
    .filter(isTimeLimitId)
    .map((id) => ({ id, ...table[id] }));
}

/** Why an override from configuration was not applied. */
export const OverrideProblem = {
  /** No limit has that id. */
  unknownId: 'unknownId',
  /** A [V] limit comes from the rule's text and cannot be changed by configuration. */
  notConfigurable: 'notConfigurable',
  /** Not a whole number from 1 to the unit's sanity bound. */
  invalidAmount: 'invalidAmount',
} as const;
export type OverrideProblem = (typeof OverrideProblem)[keyof typeof OverrideProblem];

export type OverrideResult = {
  readonly table: TimeLimitTable;
  readonly rejected: readonly { readonly id: string; readonly problem: OverrideProblem }[];
};

/**
 * Applies amounts from configuration (`{ 'assistance.decision': 7 }`) to the configurable limits.
 * Bad entries are reported in `rejected` and leave the default in place; nothing is clamped.
 */
export function applyTimeLimitOverrides(
  overrides: Readonly<Record<string, unknown>>,
  base: TimeLimitTable = TIME_LIMITS,
): OverrideResult {
  const table: Record<TimeLimitId, TimeLimitSpec> = { ...base };
  const rejected: { id: string; problem: OverrideProblem }[] = [];
  for (const [id, amount] of Object.entries(overrides)) {
    if (!isTimeLimitId(id)) {
      rejected.push({ id, problem: OverrideProblem.unknownId });
      continue;
    }
    const spec = base[id];
    if (!spec.configurable) {
      rejected.push({ id, problem: OverrideProblem.notConfigurable });
    } else if (typeof amount !== 'number' || !isValidAmount(amount, spec.unit)) {
      rejected.push({ id, problem: OverrideProblem.invalidAmount });
    } else {
      table[id] = { ...spec, amount };
    }
  }
  return { table, rejected };
}

export type LimitDeadlineInput = {
  readonly id: TimeLimitId;
  readonly start: IsoDate;
  readonly calendar: HolidayCalendar;
  readonly table?: TimeLimitTable;
  readonly excluded?: readonly DateRange[];
  readonly extendOnRestDays?: ExtendOnRestDays;
};

/**
 * The due date of an 'after' limit counted from `start`. Throws for a 'before' limit (use
 * `latestNoticeDate`) and for excluded periods on a limit whose rule does not exclude any.
 */
export function computeLimitDeadline(input: LimitDeadlineInput): Deadline {
  const spec = (input.table ?? TIME_LIMITS)[input.id];
  if (spec.direction === TimeLimitDirection.before) {
    throw new RangeError(`${input.id} runs before an event; use latestNoticeDate`);
  }
  if ((input.excluded?.length ?? 0) > 0 && !spec.allowsExcludedPeriods) {
    throw new RangeError(`${input.id} has no excluded periods in its rule`);
  }
  return computeDeadline({
    start: input.start,
    amount: spec.amount,
    unit: spec.unit,
    calendar: input.calendar,
    excluded: input.excluded,
    extendOnRestDays: input.extendOnRestDays,
  });
}
