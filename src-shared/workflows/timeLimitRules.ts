/**
 * Reading a state's time-limit rules over plain data: which rules a state has, whether one
 * applies to a context (its conditions hold and its act is not yet recorded). Shared by the app's
 * due dates, the engine's own checks and the inventory test, so they cannot disagree.
 */
import type { DataCondition, StepMeta, TimeLimitRef } from './stepMeta';

/** The value at a dotted path ('approval.plannedHearingDate') of plain data. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A state's time-limit rules as a list (empty when it has none). */
export function timeLimitsOf(meta: Pick<StepMeta, 'timeLimit'>): readonly TimeLimitRef[] {
  const rule = meta.timeLimit;
  if (rule === undefined) return [];
  return isRefList(rule) ? rule : [rule];
}

function isRefList(rule: TimeLimitRef | readonly TimeLimitRef[]): rule is readonly TimeLimitRef[] {
  return Array.isArray(rule);
}

/** The conditions of a rule as a list (all must hold). */
export function conditionsOf(rule: Pick<TimeLimitRef, 'when'>): readonly DataCondition[] {
  const when = rule.when;
  if (when === undefined) return [];
  return isConditionList(when) ? when : [when];
}

function isConditionList(
  when: DataCondition | readonly DataCondition[],
): when is readonly DataCondition[] {
  return Array.isArray(when);
}

/** Whether every condition holds over `context`. */
export function conditionsHold(conditions: readonly DataCondition[], context: unknown): boolean {
  return conditions.every((c) => valueAtPath(context, c.field) === c.equals);
}

/** Whether a rule's conditions hold and its act is not yet recorded in `context`. */
export function ruleApplies(
  rule: Pick<TimeLimitRef, 'when' | 'unlessRecorded'>,
  context: unknown,
): boolean {
  if (!conditionsHold(conditionsOf(rule), context)) return false;
  if (rule.unlessRecorded === undefined) return true;
  const recorded = valueAtPath(context, rule.unlessRecorded);
  return recorded === undefined || recorded === null || recorded === '';
}
