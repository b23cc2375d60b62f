/**
 * The judicial-assistance amount calculator (DOMAIN.md §4.4): monthly wage base × months, with
 * the usual 36-month cap, an optional local per-case ceiling and approval thresholds. Bad input
 * is rejected with a reason per field, never clamped; going over the cap is allowed but flagged,
 * because it needs a reason and an approval (the workflow's guard enforces both).
 */
import type { Role } from '../../domain/codes';

export type ApprovalThreshold = { atLeast: number; approverRole: Role };

export type AssistanceAmountInput = {
  /** Yuan per month; a form may pass the text the user typed. */
  monthlyWageBase: number | string;
  months: number | string;
  /** Normally 36 (2014 opinion). */
  monthsCap?: number | string;
  /** A local per-case ceiling in yuan (e.g. 50,000 in some provinces). */
  localCeiling?: number | string;
  /** Amounts at or above which a named role must approve. */
  approvalThresholds?: readonly ApprovalThreshold[];
  /**
   * 先行救助 already approved in yuan: part of the same entitlement, so base × months is the
   * total (the cap and ceiling apply to it) and the advance is deducted from what remains.
   */
  advance?: number | string;
};

/** i18n keys `workflow.calculator.<problem>`. */
export const AmountProblemKind = {
  /** Not a number at all (text, NaN). */
  notANumber: 'notANumber',
  /** Infinite. */
  notFinite: 'notFinite',
  /** Below zero. */
  negative: 'negative',
  /** Zero where a positive figure is needed. */
  notPositive: 'notPositive',
  /** Beyond any plausible figure (a typo, not a case). */
  absurd: 'absurd',
  /** The advance already paid reaches the whole amount: nothing is left to decide. */
  advanceCoversAmount: 'advanceCoversAmount',
} as const;
export type AmountProblemKind = (typeof AmountProblemKind)[keyof typeof AmountProblemKind];

export type AmountProblem = {
  field:
    'monthlyWageBase' | 'months' | 'monthsCap' | 'localCeiling' | 'approvalThresholds' | 'advance';
  problem: AmountProblemKind;
  messageKey: string;
  limit?: number;
};

export type AssistanceAmount = {
  ok: true;
  /** Yuan, rounded to the fen: base × months less the advance. */
  amount: number;
  /** base × months, rounded to the fen: what the cap and the ceiling are checked against. */
  total: number;
  /** The advance deducted (0 when none). */
  advance: number;
  formula: {
    monthlyWageBase: number;
    months: number;
    monthsCap: number;
    localCeiling?: number;
    /**
     * e.g. "9000.00 × 36 = 324000.00", "103688.00 ÷ 12 × 40 = 345626.67" for a base that is not a
     * whole fen, or "9000.00 × 36 − 5000.00 = 319000.00" after an advance
     * (the UI localises the numbers itself if it wants).
     */
    expression: string;
  };
  exceedsMonthsCap: boolean;
  exceedsLocalCeiling: boolean;
  /** Either limit exceeded: needs a written reason and the approver's approval. */
  exceedsCap: boolean;
  needsApproval: boolean;
  /** The role the highest matching threshold names; undefined → the configured decider. */
  approverRole?: Role;
};

export type AssistanceAmountResult = AssistanceAmount | { ok: false; problems: AmountProblem[] };

export const LIMITS = {
  monthlyWageBase: 1_000_000,
  months: 120,
  localCeiling: 100_000_000,
} as const;

const NUMERAL = /^-?\d+(\.\d+)?$/;

function readNumber(raw: number | string): number | AmountProblemKind {
  const value = typeof raw === 'number' ? raw : NUMERAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (Number.isNaN(value)) return AmountProblemKind.notANumber;
  if (!Number.isFinite(value)) return AmountProblemKind.notFinite;
  return value;
}

function checkPositive(
  field: AmountProblem['field'],
  raw: number | string,
  max: number,
  problems: AmountProblem[],
): number {
  const value = readNumber(raw);
  const problem =
    typeof value === 'string'
      ? value
      : value < 0
        ? AmountProblemKind.negative
        : value === 0
          ? AmountProblemKind.notPositive
          : value > max
            ? AmountProblemKind.absurd
            : undefined;
  if (problem) {
    problems.push({
      field,
      problem,
      messageKey: `workflow.calculator.${problem}`,
      ...(problem === AmountProblemKind.absurd ? { limit: max } : {}),
    });
    return NaN;
  }
  return typeof value === 'number' ? value : NaN;
}

/** The advance is optional and may be zero; when given it must be a plain non-negative figure. */
function readAdvance(raw: number | string | undefined, problems: AmountProblem[]): number {
  if (raw === undefined || raw === 0 || raw === '0') return 0;
  return checkPositive('advance', raw, LIMITS.localCeiling, problems);
}

const fen = (yuan: number) => Math.round(yuan * 100);
const show = (yuan: number) => (fen(yuan) / 100).toFixed(2);
const isWholeFen = (yuan: number) => Math.abs(yuan * 100 - fen(yuan)) < 1e-6;

/**
 * The factors as written in the formula, so that their exact product rounds to the amount shown:
 * a base of annual / 12 (8640.666…) would show as 8640.67 and 8640.67 × 40 is 345,626.80, not the
 * 345,626.67 granted, so such a base is written as the annual wage ÷ 12.
 */
function showFactors(base: number, months: number): string {
  if (isWholeFen(base)) return `${show(base)} × ${String(months)}`;
  if (isWholeFen(base * 12)) return `${show(base * 12)} ÷ 12 × ${String(months)}`;
  return `${String(base)} × ${String(months)}`;
}

export function calculateAssistanceAmount(input: AssistanceAmountInput): AssistanceAmountResult {
  const problems: AmountProblem[] = [];
  const base = checkPositive(
    'monthlyWageBase',
    input.monthlyWageBase,
    LIMITS.monthlyWageBase,
    problems,
  );
  const months = checkPositive('months', input.months, LIMITS.months, problems);
  const cap = checkPositive('monthsCap', input.monthsCap ?? 36, LIMITS.months, problems);
  const ceiling =
    input.localCeiling === undefined
      ? undefined
      : checkPositive('localCeiling', input.localCeiling, LIMITS.localCeiling, problems);
  const thresholds = input.approvalThresholds ?? [];
  for (const threshold of thresholds) {
    checkPositive('approvalThresholds', threshold.atLeast, LIMITS.localCeiling, problems);
  }
  const advance = readAdvance(input.advance, problems);
  if (problems.length > 0) return { ok: false, problems };

  const totalFen = fen(base * months);
  const advanceFen = fen(advance);
  if (advanceFen >= totalFen) {
    return {
      ok: false,
      problems: [
        {
          field: 'advance',
          problem: AmountProblemKind.advanceCoversAmount,
          messageKey: `workflow.calculator.${AmountProblemKind.advanceCoversAmount}`,
          limit: totalFen / 100,
        },
      ],
    };
  }
  const amountFen = totalFen - advanceFen;
  const amount = amountFen / 100;
  const exceedsMonthsCap = months > cap;
  const exceedsLocalCeiling = ceiling !== undefined && totalFen > fen(ceiling);
  // Thresholds, like the cap, look at the whole grant: splitting off an advance changes nothing.
  const matching = thresholds
    .filter((t) => totalFen >= fen(t.atLeast))
    .sort((a, b) => b.atLeast - a.atLeast);
  const exceedsCap = exceedsMonthsCap || exceedsLocalCeiling;
  const approverRole = matching[0]?.approverRole;
  return {
    ok: true,
    amount,
    total: totalFen / 100,
    advance: advanceFen / 100,
    formula: {
      monthlyWageBase: base,
      months,
      monthsCap: cap,
      ...(ceiling === undefined ? {} : { localCeiling: ceiling }),
      expression:
        advanceFen === 0
          ? `${showFactors(base, months)} = ${show(amount)}`
          : `${showFactors(base, months)} − ${show(advance)} = ${show(amount)}`,
    },
    exceedsMonthsCap,
    exceedsLocalCeiling,
    exceedsCap,
    needsApproval: exceedsCap || matching.length > 0,
    ...(approverRole === undefined ? {} : { approverRole }),
  };
}
