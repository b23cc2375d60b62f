/**
 * `GET /stats`: the short form of the statistics of the special action (actionStatistics.ts) over
 * a unit and every unit below it, as counts keyed by value.
 */
import type { HolidayCalendar } from '../../src-shared/calendar';
import type { KeyCount } from '../../src-shared/stats/actionStatistics';
import type { StatsResponse } from '../../src-shared/sync/stats';
import type { Unit } from '../../src-shared/sync/enroll';
import type { Queryable } from '../db/db';
import { readActionStatistics } from './actionStatistics';

// Keys are values devices sent: built from entries so a key like "__proto__" stays plain data.
const asRecord = (rows: readonly KeyCount[]) =>
  Object.fromEntries(rows.map((r) => [r.key, r.count]));

export async function readStats(
  q: Queryable,
  unit: Unit,
  now: Date,
  calendar: HolidayCalendar,
): Promise<StatsResponse> {
  const stats = await readActionStatistics(q, unit, now, calendar);
  return {
    unit,
    cases: stats.cases.total,
    byUnit: asRecord(stats.cases.byUnit),
    byFocalPoint: asRecord(stats.cases.byFocalPoint),
    byCaseType: asRecord(stats.cases.byCaseType),
    byStatus: asRecord(stats.cases.byStatus),
    overdue: stats.deadlines.overdue,
    dueSoon: stats.deadlines.dueSoon,
    assistanceAmount: stats.assistance.amountDecided,
    assistancePaid: stats.assistance.amountPaid,
    generatedAt: stats.generatedAt,
  };
}
