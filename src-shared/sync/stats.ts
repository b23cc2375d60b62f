/**
 * `GET /stats`: counts over the cases of a city's or the province's units (county devices get
 * 403), and `GET /stats/action`: the statistics of the special action (src-shared/stats).
 */
import { z } from 'zod';
import { unitSchema } from './enroll';

const counts = z.record(z.string(), z.number().int().nonnegative());

export const statsResponseSchema = z.object({
  unit: unitSchema,
  /** Cases not deleted, in this unit and every unit below it. */
  cases: z.number().int().nonnegative(),
  byUnit: counts,
  byFocalPoint: counts,
  byCaseType: counts,
  byStatus: counts,
  /** Open workflows whose current step's due date has passed (China time). */
  overdue: z.number().int().nonnegative(),
  /** Open workflows whose current step is due today or within 3 working days. */
  dueSoon: z.number().int().nonnegative(),
  /** Yuan decided in judicial-assistance decisions (`decide` steps); advance assistance apart. */
  assistanceAmount: z.number(),
  /** Yuan paid out (`pay` steps). */
  assistancePaid: z.number(),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;
