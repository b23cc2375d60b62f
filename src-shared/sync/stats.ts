/** `GET /stats`: counts over the cases of a city's or the province's units (county devices get 403). */
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
  /** Overdue cases: null until workflow due dates sync (issue 3). */
  overdue: z.number().int().nonnegative().nullable(),
  /** Sum of the cases' `assistanceAmount` field (yuan), where it is a number. */
  assistanceAmount: z.number(),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;
