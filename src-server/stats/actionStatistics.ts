/**
 * The statistics of the special action over a unit's subtree: one grouped query per table (cases,
 * workflows, steps), assembled by the shared rules (src-shared/stats/actionStatistics.ts). Only
 * what devices synced counts; deleted cases, and the workflows and steps of deleted cases, do not.
 */
import {
  assembleStatistics,
  chinaToday,
  type ActionStatistics,
  type CaseGroup,
  type DueGroup,
  type StepGroup,
} from '../../src-shared/stats/actionStatistics';
import { STEP_DATE_FIELDS } from '../../src-shared/stats/countedSteps';
import type { HolidayCalendar } from '../../src-shared/calendar';
import type { Unit } from '../../src-shared/sync/enroll';
import type { Queryable } from '../db/db';
import { readNumber, readOptionalString, readString } from '../db/row';
import { SCOPE_CTE } from './unitScope';

/** A 'YYYY-MM-DD…' text's month, or null for anything else. */
const monthOf = (expr: string) =>
  `case when (${expr}) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' then left(${expr}, 7) end`;

const CASE_DIMENSIONS: readonly [CaseGroup['dimension'], string][] = [
  ['unit', 'unit_code'],
  ['focalPoint', 'focal_point'],
  ['caseType', 'case_type'],
  ['status', 'status'],
  ['month', 'month'],
];

async function readCaseGroups(q: Queryable, unitCode: string): Promise<CaseGroup[]> {
  const breakdowns = CASE_DIMENSIONS.map(
    ([dimension, column]) =>
      `select '${dimension}' as dimension, ${column} as key, count(*)::int4 as n from cases group by ${column}`,
  ).join(' union all ');
  const rows = await q.query(
    `with recursive ${SCOPE_CTE}, cases as (
       select r.unit_code, r.data->>'focalPoint' as focal_point, r.data->>'caseType' as case_type,
              r.data->>'status' as status, ${monthOf(`r.data->>'receivedAt'`)} as month
         from records r join scope s on s.code = r.unit_code
        where r.entity = 'case' and not r.deleted
     )
     select 'total' as dimension, null as key, count(*)::int4 as n from cases
     union all ${breakdowns}`,
    [unitCode],
  );
  return rows.map((row) => ({
    dimension: readString(row, 'dimension') as CaseGroup['dimension'],
    key: readOptionalString(row, 'key'),
    count: readNumber(row, 'n'),
  }));
}

/** Joins a workflow or step row `alias` to its case, which must exist and not be deleted. */
const liveCase = (alias: string) =>
  `join records c on c.unit_code = ${alias}.unit_code and c.entity = 'case'
     and c.entity_id = ${alias}.data->>'caseId' and not c.deleted`;

async function readDueGroups(q: Queryable, unitCode: string): Promise<DueGroup[]> {
  const rows = await q.query(
    `with recursive ${SCOPE_CTE}
     select w.data->'due'->>'due' as due, count(*)::int4 as n
       from records w join scope s on s.code = w.unit_code ${liveCase('w')}
      where w.entity = 'workflow' and not w.deleted and w.data->>'status' = 'active'
      group by 1`,
    [unitCode],
  );
  return rows.map((row) => ({ due: readOptionalString(row, 'due'), count: readNumber(row, 'n') }));
}

async function readStepGroups(q: Queryable, unitCode: string): Promise<StepGroup[]> {
  const stepDate = `st.data->'data'->>f.field`;
  // A step without a date of its own counts in the month of its `at` as recorded (no cast: one
  // malformed timestamp must not fail the whole query).
  const atMonth = monthOf(`st.data->>'at'`);
  // `first` marks the earliest step of its event in its workflow, for the steps counted once per
  // workflow (an amended agreement signed again).
  const rows = await q.query(
    `with recursive ${SCOPE_CTE}
     select kind, event, month, count(*)::int4 as n, count(*) filter (where first)::int4 as firsts,
            coalesce(sum(amount), 0)::float8 as amount
       from (
         select w.data->>'kind' as kind, st.data->>'event' as event,
                coalesce(${monthOf(stepDate)}, ${atMonth}) as month,
                case when jsonb_typeof(st.data->'data'->'amount') = 'number'
                     then (st.data->'data'->>'amount')::numeric end as amount,
                row_number() over (partition by st.data->>'workflowId', st.data->>'event'
                                   order by st.data->>'at', st.entity_id) = 1 as first
           from records st join scope s on s.code = st.unit_code ${liveCase('st')}
           join records w on w.unit_code = st.unit_code and w.entity = 'workflow'
            and w.entity_id = st.data->>'workflowId' and not w.deleted
           left join unnest($2::text[], $3::text[]) as f(event, field) on f.event = st.data->>'event'
          where st.entity = 'step' and not st.deleted
       ) as counted
      group by 1, 2, 3`,
    [unitCode, STEP_DATE_FIELDS.map((f) => f.event), STEP_DATE_FIELDS.map((f) => f.field)],
  );
  return rows.map((row) => ({
    kind: readOptionalString(row, 'kind') ?? '',
    event: readOptionalString(row, 'event') ?? '',
    month: readOptionalString(row, 'month'),
    count: readNumber(row, 'n'),
    firsts: readNumber(row, 'firsts'),
    amount: readNumber(row, 'amount'),
  }));
}

export async function readActionStatistics(
  q: Queryable,
  unit: Unit,
  now: Date,
  calendar: HolidayCalendar,
): Promise<ActionStatistics> {
  const cases = await readCaseGroups(q, unit.code);
  const dues = await readDueGroups(q, unit.code);
  const steps = await readStepGroups(q, unit.code);
  return assembleStatistics({ unit, today: chinaToday(now), now, calendar, cases, dues, steps });
}
