/** Why the engine refused a transition. Refusals never change the snapshot. */
import type { RefusalKey } from './refusalKeys';

export const RefusalCode = {
  /** A precondition of the transition is not met (e.g. no waiver clause, notice too late). */
  guardFailed: 'guard-failed',
  /** The acting role may not take this step (or is not the role the configuration names). */
  wrongRole: 'wrong-role',
  /** A field the step requires is absent or empty. */
  missingField: 'missing-field',
  /** A field is present but malformed or out of range; also a corrupt stored snapshot. */
  invalidData: 'invalid-data',
  /** The current state has no such step (out of order, or the workflow has finished). */
  notAllowedInState: 'not-allowed-in-state',
} as const;
export type RefusalCode = (typeof RefusalCode)[keyof typeof RefusalCode];

export type Refusal = {
  code: RefusalCode;
  /** i18n key under `workflow.refusal.*`. */
  messageKey: RefusalKey;
  details?: Readonly<Record<string, unknown>>;
};

/** What a named guard says about an attempted event: the machine only sees `ok`. */
export type GuardVerdict =
  | { ok: true }
  | {
      ok: false;
      code: typeof RefusalCode.guardFailed | typeof RefusalCode.wrongRole;
      messageKey: RefusalKey;
      details?: Readonly<Record<string, unknown>>;
    };

export const pass: GuardVerdict = { ok: true };

export function fail(
  messageKey: RefusalKey,
  details?: Readonly<Record<string, unknown>>,
): GuardVerdict {
  return details === undefined
    ? { ok: false, code: RefusalCode.guardFailed, messageKey }
    : { ok: false, code: RefusalCode.guardFailed, messageKey, details };
}

export function failRole(
  messageKey: RefusalKey,
  details?: Readonly<Record<string, unknown>>,
): GuardVerdict {
  return details === undefined
    ? { ok: false, code: RefusalCode.wrongRole, messageKey }
    : { ok: false, code: RefusalCode.wrongRole, messageKey, details };
}

/** The first failing verdict, or a pass: lets a guard chain several checks in order. */
export function firstFailure(...verdicts: readonly (() => GuardVerdict)[]): GuardVerdict {
  for (const verdict of verdicts) {
    const result = verdict();
    if (!result.ok) return result;
  }
  return pass;
}
