/**
 * How far an administrative review may be extended in total. 行政规则 Art. 56 [V] lets the chief
 * procurator approve an extension but, as far as DOMAIN.md §3B/§9 records, sets no maximum; the
 * default of one further 3-month period is an assumption [U], so a workflow may start with its
 * own maximum (from a provincial rule) instead.
 */
import { z } from 'zod';
import {
  computeDeadline,
  computeLimitDeadline,
  extendDeadline,
  type IsoDate,
} from '../../calendar';
import { SHIPPED_CALENDAR } from '../periodRunOut';
import { fail, pass, type GuardVerdict } from '../refusal';

export const extensionSpanSchema = z.object({
  amount: z.int().min(1).max(365),
  unit: z.enum(['months', 'calendarDays']),
});
export type ExtensionSpan = z.infer<typeof extensionSpanSchema>;

/** [U] The default total extension: one more period as long as the review itself. */
export const DEFAULT_EXTENSION_MAXIMUM: ExtensionSpan = { amount: 3, unit: 'months' };

export type ExtensionClock = {
  reviewStartedOn: string;
  excludedPeriods: readonly { from: string; to: string }[];
  extensions: readonly { extendBy: ExtensionSpan }[];
  extensionMaximum?: ExtensionSpan;
};

/**
 * Refuses an extension whose period would end after the original last day plus the maximum; the
 * refusal names the maximum and the latest last day it allows.
 */
export function checkExtensionMaximum(
  clock: ExtensionClock,
  extendBy: ExtensionSpan,
): GuardVerdict {
  const maximum = clock.extensionMaximum ?? DEFAULT_EXTENSION_MAXIMUM;
  const calendar = SHIPPED_CALENDAR;
  const base = computeLimitDeadline({
    id: 'review.administrative',
    start: clock.reviewStartedOn as IsoDate,
    calendar,
    excluded: clock.excludedPeriods.map((p) => ({ from: p.from as IsoDate, to: p.to as IsoDate })),
  });
  const latestLastDay = computeDeadline({ start: base.lastDay, ...maximum, calendar }).lastDay;
  const spans = [...clock.extensions.map((e) => e.extendBy), extendBy];
  const requestedLastDay = extendDeadline(base, spans, calendar).lastDay;
  return requestedLastDay <= latestLastDay
    ? pass
    : fail('workflow.refusal.extensionBeyondMaximum', {
        maximumAmount: maximum.amount,
        maximumUnit: maximum.unit,
        latestLastDay,
        requestedLastDay,
      });
}
