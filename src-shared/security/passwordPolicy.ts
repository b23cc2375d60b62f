/**
 * The password rules of local sign-in (DOMAIN.md §8.3, MLPS 2.0 level 3 "identification and
 * authentication": complexity, no shared or trivial passwords). The form shows every rule with its
 * state while the user types, so a refusal never comes as a surprise after submit.
 */

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest: PBKDF2 takes any length, but a paste of a whole document is a mistake. */
export const MAX_PASSWORD_LENGTH = 128;
/** Of lower case, upper case, digits and other characters, at least this many kinds. */
export const MIN_CHARACTER_KINDS = 3;

/** One rule of the policy; the values are i18n keys under `auth.rule.*`. */
export const PasswordRule = {
  /** At least MIN_PASSWORD_LENGTH characters (and at most MAX_PASSWORD_LENGTH). */
  length: 'length',
  /** At least MIN_CHARACTER_KINDS kinds of characters. */
  kinds: 'kinds',
  /** Not the same character four times in a row, nor a run like 1234 or abcd. */
  noRuns: 'noRuns',
  /** Does not contain the user's name or the unit code. */
  notPersonal: 'notPersonal',
} as const;
export type PasswordRule = (typeof PasswordRule)[keyof typeof PasswordRule];

export type RuleCheck = { rule: PasswordRule; isMet: boolean };

/** What the password must not contain: the user's name, the unit's code. */
export type PasswordContext = { userName?: string; unitCode?: string };

function characterKinds(password: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (const ch of password) {
    if (ch >= 'a' && ch <= 'z') lower = 1;
    else if (ch >= 'A' && ch <= 'Z') upper = 1;
    else if (ch >= '0' && ch <= '9') digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/** Four equal characters, or four characters rising or falling by one (1234, dcba). */
function hasRun(password: string): boolean {
  // Code points, not UTF-16 units: a run is about characters as typed.
  const codes = Array.from(password, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 3; i < codes.length; i++) {
    const at = (j: number) => codes[j] ?? 0;
    const steps = [at(i - 2) - at(i - 3), at(i - 1) - at(i - 2), at(i) - at(i - 1)];
    if (
      steps.every((s) => s === 0) ||
      steps.every((s) => s === 1) ||
      steps.every((s) => s === -1)
    ) {
      return true;
    }
  }
  return false;
}

function containsPersonal(password: string, context: PasswordContext): boolean {
  const lowered = password.toLowerCase();
  return [context.userName, context.unitCode].some((part) => {
    const value = part?.trim().toLowerCase() ?? '';
    return value.length >= 2 && lowered.includes(value);
  });
}

/** Every rule with whether `password` meets it, in the order the form lists them. */
export function checkPassword(password: string, context: PasswordContext = {}): RuleCheck[] {
  const length = Array.from(password).length;
  return [
    {
      rule: PasswordRule.length,
      isMet: length >= MIN_PASSWORD_LENGTH && length <= MAX_PASSWORD_LENGTH,
    },
    { rule: PasswordRule.kinds, isMet: characterKinds(password) >= MIN_CHARACTER_KINDS },
    { rule: PasswordRule.noRuns, isMet: password.length > 0 && !hasRun(password) },
    {
      rule: PasswordRule.notPersonal,
      isMet: password.length > 0 && !containsPersonal(password, context),
    },
  ];
}

/** True when every rule is met. */
export function isPasswordAcceptable(password: string, context: PasswordContext = {}): boolean {
  return checkPassword(password, context).every((check) => check.isMet);
}
