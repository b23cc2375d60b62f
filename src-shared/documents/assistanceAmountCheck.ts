/**
 * The assistance amount as the documents check it (DOMAIN.md §4.4): base × months, less any
 * 先行救助, against the months cap. Computed in integer fen so that a figure typed to the fen is
 * compared exactly; when the annual wage is given the monthly base is its twelfth, unrounded,
 * as the workflow's calculator takes it (8640.67 × 3 would otherwise be one fen off 25,922.00).
 */
import { z } from 'zod';
import { optionalText } from '../domain/textFields';
import { positiveYuanSchema, yuanSchema } from './schemaParts';

export const toFen = (yuan: number): number => Math.round(yuan * 100);

/** The fields both assistance documents share to show and check the amount. */
export const assistanceBaseFields = {
  monthlyBase: positiveYuanSchema,
  /** The average annual wage the monthly base is the twelfth of, when known. */
  annualWage: positiveYuanSchema.optional(),
  /** The default cap is 36 months (DOMAIN.md §4.4); configurable per province. */
  capMonths: z.int({ error: 'validation.invalid' }).min(1).max(120).default(36),
  /** 先行救助 already paid: part of the same cap, deducted from the amount. */
  advance: yuanSchema.optional(),
  overCapReason: optionalText(1000),
};

type Base = { monthlyBase: number; annualWage?: number | undefined };

/** base × months in fen, from the annual wage when given. */
export function baseTimesMonthsFen(base: Base, months: number): number {
  return base.annualWage === undefined
    ? Math.round(toFen(base.monthlyBase) * months)
    : Math.round((toFen(base.annualWage) * months) / 12);
}

/** The cap in fen: base × cap months (the advance and the amount together stay within it). */
export function capFen(base: Base & { capMonths: number }): number {
  return baseTimesMonthsFen(base, base.capMonths);
}

/** Flags an amount that, with the advance, goes above the cap without a written reason. */
export function refineWithinCap(
  base: Base & { capMonths: number; advance?: number | undefined; overCapReason?: string },
  amount: number,
  path: readonly PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  const cap = capFen(base);
  if (toFen(amount) + toFen(base.advance ?? 0) > cap && !base.overCapReason) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'overCapReason'],
      message: 'validation.document.overCapReason',
      params: { cap: (cap / 100).toFixed(2) },
    });
  }
}
