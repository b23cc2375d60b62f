/**
 * The unit's local limits (reference data an administrator keeps, issue 15 item 1): what the
 * workflows take from local rules rather than from the handler. A limit may only be set within
 * what the national rules allow:
 * - judicial assistance: the total normally does not exceed 36 months of the province's average
 *   monthly wage (2014 opinion; DOMAIN.md §4.4); a unit may lower the cap, never raise it — a grant
 *   above it is the per-case exception with its own approval. A local ceiling in yuan and the
 *   approval thresholds are local rules DOMAIN.md records only from other provinces [U].
 * - administrative review: 行政规则 Art. 56 lets the chief approve an extension and sets no maximum
 *   (DOMAIN.md §3B); at most 12 months or 365 days here is an assumption [U].
 */
import { z } from 'zod';
import { roleSchema } from './schemas';
import { extensionSpanSchema } from './reconciliation/extensionMaximum';
import type { WorkflowKind } from './workflowKind';

/** The national cap in months (DOMAIN.md §4.4). */
export const NATIONAL_MONTHS_CAP = 36;

/** An amount in yuan, as positiveYuan, with a message the settings screen can show. */
const yuan = (error: string) =>
  z.number({ error }).positive({ error }).max(1_000_000_000, { error });
const thresholdSchema = z.object({
  atLeast: yuan('localLimits.validation.amount'),
  approverRole: roleSchema,
});

export const assistanceLimitsSchema = z.object({
  monthsCap: z
    .int({ error: 'localLimits.validation.monthsCap' })
    .min(1, { error: 'localLimits.validation.monthsCap' })
    .max(NATIONAL_MONTHS_CAP, { error: 'localLimits.validation.monthsCapAboveNational' })
    .default(NATIONAL_MONTHS_CAP),
  localCeiling: yuan('localLimits.validation.amount').optional(),
  approvalThresholds: z
    .array(thresholdSchema)
    .max(10)
    .default([])
    .refine((list) => new Set(list.map((x) => x.atLeast)).size === list.length, {
      error: 'localLimits.validation.duplicateThreshold',
    }),
});

export const adminResolutionLimitsSchema = z.object({
  extensionMaximum: extensionSpanSchema
    .refine((s) => s.unit !== 'months' || s.amount <= 12, {
      path: ['amount'],
      error: 'localLimits.validation.extensionTooLong',
    })
    .optional(),
});

export const localLimitsSchema = z.object({
  judicialAssistance: assistanceLimitsSchema.prefault({}),
  adminResolution: adminResolutionLimitsSchema.prefault({}),
});
export type LocalLimits = z.infer<typeof localLimitsSchema>;
export type LocalLimitsInput = z.input<typeof localLimitsSchema>;

/** The limits that apply where a unit set none: the national ones. */
export const DEFAULT_LOCAL_LIMITS: LocalLimits = localLimitsSchema.parse({});

/**
 * A start input with the unit's limits in place of whatever the caller sent for them: the limits
 * are not the handler's to choose. Other settings of the input (e.g. the deciding role) stay.
 */
export function withLocalLimits(
  kind: WorkflowKind,
  input: Record<string, unknown>,
  limits: LocalLimits,
): Record<string, unknown> {
  if (kind === 'judicialAssistance') {
    const given = input['config'];
    const config = typeof given === 'object' && given !== null ? given : {};
    const { localCeiling: _ceiling, ...rest } = config as Record<string, unknown>;
    return { ...input, config: { ...rest, ...limits.judicialAssistance } };
  }
  if (kind === 'adminResolution') {
    const { extensionMaximum: _given, ...rest } = input;
    const { extensionMaximum } = limits.adminResolution;
    return extensionMaximum ? { ...rest, extensionMaximum } : rest;
  }
  return input;
}
