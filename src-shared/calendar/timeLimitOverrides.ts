/**
 * Overrides of the configurable ([S]/[U]) time limits as the provincial server sends them
 * (reference kind `timeLimits`): the amounts plus the document that sets them, so every deadline
 * counted with an overridden amount can name its source. The payload is refused as a whole when
 * any entry would be rejected by `applyTimeLimitOverrides` (unknown id, a [V] limit, a bad amount):
 * an operator's typo must not silently leave the default in place.
 */
import { z } from 'zod';
import { isoDateSchema } from './isoDate';
import { applyTimeLimitOverrides, isTimeLimitId } from './timeLimits';
import type { TimeLimitId, TimeLimitTable } from './timeLimitTable';

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

/** The document (provincial rule, notice, meeting minutes …) the amounts come from. */
export const timeLimitSourceSchema = z.object({
  title: text(200),
  documentNumber: text(100).optional(),
  issuedOn: isoDateSchema.optional(),
});
export type TimeLimitSource = z.infer<typeof timeLimitSourceSchema>;

export const timeLimitOverridesSchema = z
  .object({
    source: timeLimitSourceSchema,
    /** Limit id → amount in the limit's own unit, e.g. `{ "assistance.decision": 7 }`. */
    amounts: z.record(z.string().max(80), z.number()),
  })
  .superRefine((payload, ctx) => {
    if (Object.keys(payload.amounts).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['amounts'], message: 'validation.required' });
    }
    for (const { id, problem } of applyTimeLimitOverrides(payload.amounts).rejected) {
      ctx.addIssue({
        code: 'custom',
        path: ['amounts', id],
        message: `validation.timeLimit.${problem}`,
      });
    }
  });
export type TimeLimitOverrides = z.infer<typeof timeLimitOverridesSchema>;

/** The limits the app counts with, and which of them come from reference data. */
export type ActiveTimeLimits = {
  readonly table: TimeLimitTable;
  /** Present when reference data overrode at least one limit. */
  readonly source?: TimeLimitSource;
  readonly overridden: readonly TimeLimitId[];
};

/** The shipped table with a checked payload applied (or the shipped table alone). */
export function activeTimeLimitsFrom(payload: TimeLimitOverrides | undefined): ActiveTimeLimits {
  if (payload === undefined) return { table: applyTimeLimitOverrides({}).table, overridden: [] };
  const { table } = applyTimeLimitOverrides(payload.amounts);
  const overridden = Object.keys(payload.amounts).filter(isTimeLimitId);
  return { table, source: payload.source, overridden };
}
