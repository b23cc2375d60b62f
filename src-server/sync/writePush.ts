/**
 * Stores a push plan with one set-based statement per table: each takes the batch as one JSON
 * array and expands it with `jsonb_to_recordset` (set-based writes are ~40× faster than row by row
 * on PGlite; one JSON parameter also beats parallel `unnest` arrays of large JSON texts, which
 * PostgreSQL would parse twice). The same SQL runs on PGlite and PostgreSQL.
 */
import type { Queryable } from '../db/db';
import type { PushPlan } from './planPush';

/** Device times as the database will read them (the schema already checked they parse). */
function toIso(time: string): string {
  return new Date(time).toISOString();
}

export async function writePush(
  tx: Queryable,
  plan: PushPlan,
  unitCode: string,
  deviceId: string,
  now: string,
): Promise<void> {
  if (plan.records.length > 0) {
    await tx.query(
      `insert into records (unit_code, entity, entity_id, rev, data, deleted, created_at, updated_at, server_seq, last_change_id)
       select $1, q.entity, q.entity_id, q.rev, q.data, q.deleted, q.created_at, q.updated_at, nextval('server_seq'), q.change_id
         from jsonb_to_recordset($2::jsonb) as q(entity text, entity_id text, rev int4, data jsonb, deleted boolean,
                                                created_at timestamptz, updated_at timestamptz, change_id uuid)
       on conflict (unit_code, entity, entity_id) do update set
         rev = excluded.rev, data = excluded.data, deleted = excluded.deleted, updated_at = excluded.updated_at,
         server_seq = excluded.server_seq, last_change_id = excluded.last_change_id`,
      [
        unitCode,
        JSON.stringify(
          plan.records.map((r) => ({
            entity: r.entity,
            entity_id: r.entityId,
            rev: r.rev,
            data: r.data,
            deleted: r.deleted,
            created_at: r.createdAt,
            updated_at: r.updatedAt,
            change_id: r.lastChangeId,
          })),
        ),
      ],
    );
  }
  if (plan.versions.length > 0) {
    await tx.query(
      `insert into record_versions (unit_code, entity, entity_id, rev, op, data, deleted, patch, change_id, device_id, device_time, received_at)
       select $1, q.entity, q.entity_id, q.rev, q.op, q.data, q.deleted, q.patch, q.change_id, $2, q.device_time, $3::timestamptz
         from jsonb_to_recordset($4::jsonb) as q(entity text, entity_id text, rev int4, op text, data jsonb, deleted boolean,
                                                patch jsonb, change_id uuid, device_time timestamptz)`,
      [
        unitCode,
        deviceId,
        now,
        JSON.stringify(
          plan.versions.map((v) => ({
            entity: v.record.entity,
            entity_id: v.record.entityId,
            rev: v.record.rev,
            op: v.op,
            data: v.record.data,
            deleted: v.record.deleted,
            patch: v.patch,
            change_id: v.changeId,
            device_time: toIso(v.deviceTime),
          })),
        ),
      ],
    );
  }
  if (plan.answers.length > 0) {
    await tx.query(
      `insert into applied_changes (change_id, device_id, device_seq, status, result, received_at)
       select q.change_id, $1, q.device_seq, q.result->>'status', q.result, $2::timestamptz
         from jsonb_to_recordset($3::jsonb) as q(change_id uuid, device_seq int8, result jsonb)`,
      [
        deviceId,
        now,
        JSON.stringify(
          plan.answers.map((a) => ({
            change_id: a.changeId,
            device_seq: a.deviceSeq,
            result: a.answer,
          })),
        ),
      ],
    );
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
