/**
 * Stores a push plan with set-based statements: the batch goes in as JSON arrays expanded with
 * `jsonb_to_recordset` (set-based writes are ~40× faster than row by row on PGlite; one JSON
 * parameter also beats parallel `unnest` arrays of large JSON texts, which PostgreSQL would parse
 * twice). The same SQL runs on PGlite and PostgreSQL.
 */
import type { Queryable } from '../db/db';
import type { NewVersion, PushPlan } from './planPush';

/** Device times as the database will read them (the schema already checked they parse). */
function toIso(time: string): string {
  return new Date(time).toISOString();
}

/**
 * Records, their versions and the first answers in ONE statement: the batch's versions travel as
 * one JSON array parsed once (a CTE referenced twice is materialised), the last version of each
 * record also becomes its `records` row. Three statements parsed the documents twice and took
 * three round trips; most of a push's time was there.
 *
 * Each version's data is stored once (migration 0008): a record's data goes to `records`, and a
 * version keeps only what it replaced (prior_data). A prior the batch did not make itself is read
 * from `records` inside this statement, which sees the table as it was before the statement
 * (every part of one statement shares its snapshot), so the copy is the stored jsonb as it was,
 * never a round trip through JavaScript.
 */
const WRITE_CHANGES_SQL = `
with v as materialized (
  select * from jsonb_to_recordset($1::jsonb) as q(entity text, entity_id text, rev int4, op text, data jsonb,
    data_bytes int4, deleted boolean, patch jsonb, prior jsonb, prior_stored boolean, change_id uuid, device_time timestamptz,
    created_at timestamptz, updated_at timestamptz, is_last boolean)
),
rec as (
  insert into records (unit_code, entity, entity_id, rev, data, data_bytes, deleted, created_at, updated_at, server_seq, last_change_id)
  select $2, v.entity, v.entity_id, v.rev, v.data, v.data_bytes, v.deleted, v.created_at, v.updated_at, nextval('server_seq'), v.change_id
    from v where v.is_last
  on conflict (unit_code, entity, entity_id) do update set
    rev = excluded.rev, data = excluded.data, data_bytes = excluded.data_bytes, deleted = excluded.deleted, updated_at = excluded.updated_at,
    server_seq = excluded.server_seq, last_change_id = excluded.last_change_id
),
ver as (
  insert into record_versions (unit_code, entity, entity_id, rev, op, deleted, patch, prior_data, change_id, device_id, device_time, received_at)
  select $2, v.entity, v.entity_id, v.rev, v.op, v.deleted, v.patch,
         case when v.prior_stored
              then (select r.data from records r where r.unit_code = $2 and r.entity = v.entity and r.entity_id = v.entity_id)
              else v.prior end,
         v.change_id, $3, v.device_time, $4::timestamptz
    from v
)
insert into applied_changes (change_id, device_id, device_seq, status, result, received_at, content_hash)
select a.change_id, $3, a.device_seq, a.result->>'status', a.result, $4::timestamptz, a.content_hash
  from jsonb_to_recordset($5::jsonb) as a(change_id uuid, device_seq int8, result jsonb, content_hash text)`;

/**
 * One version as the statement reads it, as JSON text. The last version of a record carries its
 * data for `records`, and the size of that data's text (records.data_bytes, migration 0009): the
 * text written here is the text a pull page sends of it, so it is measured here, once.
 */
function versionText(v: NewVersion, isLast: boolean): string {
  const fields = JSON.stringify({
    entity: v.record.entity,
    entity_id: v.record.entityId,
    rev: v.record.rev,
    op: v.op,
    deleted: v.record.deleted,
    patch: v.patch,
    prior: v.prior === null || v.prior === 'stored' ? undefined : v.prior.data,
    prior_stored: v.prior === 'stored',
    change_id: v.changeId,
    device_time: toIso(v.deviceTime),
    created_at: v.record.createdAt,
    updated_at: v.record.updatedAt,
    is_last: isLast,
  });
  if (!isLast) return fields;
  const data = JSON.stringify(v.record.data);
  return `${fields.slice(0, -1)},"data_bytes":${String(Buffer.byteLength(data))},"data":${data}}`;
}

export async function writePush(
  tx: Queryable,
  plan: PushPlan,
  unitCode: string,
  deviceId: string,
  now: string,
): Promise<void> {
  if (plan.versions.length > 0 || plan.answers.length > 0) {
    // Every touched record's final state is the record of its last version in the plan.
    const last = new Set(plan.records);
    await tx.query(WRITE_CHANGES_SQL, [
      `[${plan.versions.map((v) => versionText(v, last.has(v.record))).join(',')}]`,
      unitCode,
      deviceId,
      now,
      JSON.stringify(
        plan.answers.map((a) => ({
          change_id: a.changeId,
          device_seq: a.deviceSeq,
          result: a.answer,
          content_hash: a.contentHash,
        })),
      ),
    ]);
  }
  if (plan.conflicts.length > 0) {
    await tx.query(
      `insert into conflicts (unit_code, entity, entity_id, rev, change_id, device_id, fields, field_names, status, created_at)
       select $1, q.entity, q.entity_id, q.rev, q.change_id, $2, q.fields,
              array(select jsonb_array_elements(q.fields)->>'field'), 'open', $3::timestamptz
         from jsonb_to_recordset($4::jsonb) as q(entity text, entity_id text, rev int4, change_id uuid, fields jsonb)`,
      [
        unitCode,
        deviceId,
        now,
        JSON.stringify(
          plan.conflicts.map((c) => ({
            entity: c.record.entity,
            entity_id: c.record.entityId,
            rev: c.record.rev,
            change_id: c.changeId,
            fields: c.fields,
          })),
        ),
      ],
    );
  }
  if (plan.resolved.length > 0) {
    await tx.query(
      `update conflicts c set status = 'resolved', resolved_at = $1::timestamptz, resolved_by_change = q.change_id
         from jsonb_to_recordset($2::jsonb) as q(id int8, change_id uuid) where c.id = q.id`,
      [now, JSON.stringify(plan.resolved.map((r) => ({ id: r.id, change_id: r.changeId })))],
    );
  }
}
