/**
 * `GET /console/api/statistics[?unit=CODE]`: the statistics of the special action
 * (src-shared/stats/actionStatistics) over the account's subtree or one unit inside it; and
 * `GET /console/api/statistics/export[?unit=CODE]`: the same figures as an .xlsx workbook.
 */
import { z } from 'zod';
import { unitCodeSchema } from '../sync/enroll';

export const STATISTICS_PATH = '/statistics';
export const STATISTICS_EXPORT_PATH = '/statistics/export';

export const statisticsQuerySchema = z.strictObject({
  /** A unit of the account's subtree; the account's own unit when absent. */
  unit: unitCodeSchema.optional(),
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

/** The query string of either path for `unit` (none for the account's own unit). */
export function statisticsQuery(unit: string | null): string {
  return unit === null ? '' : `?${new URLSearchParams({ unit }).toString()}`;
}
