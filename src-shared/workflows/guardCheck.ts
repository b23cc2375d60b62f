/**
 * Named guards as pure functions that explain themselves. XState only sees the boolean; the
 * engine asks the same function for the reason when it refuses, so reason and rule never drift.
 */
import type { Role } from '../domain/codes';
import { fail, type GuardVerdict } from './refusal';
import { isEventOfType } from './machineEvent';

export type GuardCheck<C, E> = {
  check: (context: C, event: E) => GuardVerdict;
  /**
   * The part of the check that needs no event data, so the UI can show it before the user
   * fills the form (e.g. "ground 2 is unanswered"). Absent: nothing to say in advance.
   */
  precheck?: (context: C, role: Role) => GuardVerdict;
};

/** A guard on the accumulated workflow data only. */
export function contextGuard<C, E>(check: (context: C) => GuardVerdict): GuardCheck<C, E> {
  return { check: (context) => check(context), precheck: (context) => check(context) };
}

/** A guard on one event's data (and the context). */
export function eventGuard<C, E extends { type: string }, T extends E['type']>(
  type: T,
  check: (context: C, event: Extract<E, { type: T }>) => GuardVerdict,
  precheck?: (context: C, role: Role) => GuardVerdict,
): GuardCheck<C, E> {
  const guard: GuardCheck<C, E> = {
    check: (context, event) =>
      isEventOfType(event, type) ? check(context, event) : fail('workflow.refusal.guardFailed'),
  };
  return precheck ? { ...guard, precheck } : guard;
}

/** The XState guard table for `setup({ guards })`, built from the explaining checks. */
export function machineGuards<C, E, K extends string>(
  checks: Readonly<Record<K, GuardCheck<C, E>>>,
): Record<K, (args: { context: C; event: E }) => boolean> {
  const entries = Object.entries<GuardCheck<C, E>>(checks).map(([name, guard]) => [
    name,
    ({ context, event }: { context: C; event: E }) => guard.check(context, event).ok,
  ]);
  return Object.fromEntries(entries) as Record<K, (args: { context: C; event: E }) => boolean>;
}
