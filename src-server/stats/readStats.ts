/**
 * Statistics over the cases of a unit and every unit below it (a city: its counties; the province:
 * everything). Read from the record data the devices sent; deleted cases are not counted.
 */
import type { StatsResponse } from '../../src-shared/sync/stats';
import type { Unit } from '../../src-shared/sync/enroll';
import type { Queryable } from '../db/db';
import { readNumber, readOptionalString } from '../db/row';

const UNKNOWN = 'unknown';

export async function readStats(q: Queryable, unit: Unit, now: Date): Promise<StatsResponse> {
  // One pass with grouping sets; grouping() tells which breakdown a row belongs to (bit set = rolled up).
  const rows = await q.query(
    `with recursive scope(code) as (
       select code from units where code = $1
       union all
       select u.code from units u join scope s on u.parent_code = s.code
     ), cases as (
       select r.unit_code, r.data->>'focalPoint' as focal_point, r.data->>'caseType' as case_type,
              r.data->>'status' as status,
              case when jsonb_typeof(r.data->'assistanceAmount') = 'number'
                   then (r.data->>'assistanceAmount')::numeric end as amount
         from records r join scope s on s.code = r.unit_code
        where r.entity = 'case' and not r.deleted
     )
     select grouping(unit_code, focal_point, case_type, status) as g, unit_code, focal_point, case_type, status,
            count(*)::int4 as n, coalesce(sum(amount), 0)::float8 as amount
       from cases
      group by grouping sets ((), (unit_code), (focal_point), (case_type), (status))`,
    [unit.code],
  );
  // Keys are values devices sent: collected as entries so a key like "__proto__" stays plain data.
  const byUnit: [string, number][] = [];
  const byFocalPoint: [string, number][] = [];
  const byCaseType: [string, number][] = [];
  const byStatus: [string, number][] = [];
  let cases = 0;
  let assistanceAmount = 0;
  for (const row of rows) {
    const n = readNumber(row, 'n');
    // grouping() bits, most significant first: unit_code, focal_point, case_type, status.
    switch (readNumber(row, 'g')) {
      case 0b1111:
        cases = n;
        assistanceAmount = readNumber(row, 'amount');
        break;
      case 0b0111:
        byUnit.push([readOptionalString(row, 'unit_code') ?? UNKNOWN, n]);
        break;
      case 0b1011:
        byFocalPoint.push([readOptionalString(row, 'focal_point') ?? UNKNOWN, n]);
        break;
      case 0b1101:
        byCaseType.push([readOptionalString(row, 'case_type') ?? UNKNOWN, n]);
        break;
      case 0b1110:
        byStatus.push([readOptionalString(row, 'status') ?? UNKNOWN, n]);
        break;
      default:
        break;
    }
  }
  return {
    unit,
    cases,
    byUnit: Object.fromEntries(byUnit),
    byFocalPoint: Object.fromEntries(byFocalPoint),
    byCaseType: Object.fromEntries(byCaseType),
    byStatus: Object.fromEntries(byStatus),
    overdue: null,
    assistanceAmount,
    generatedAt: now.toISOString(),
  };
}
