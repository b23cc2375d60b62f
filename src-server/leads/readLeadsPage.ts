/** `GET /leads` pages: the unit's lead records after a cursor, in server-sequence order. */
import type { LeadsResponse } from '../../src-shared/sync/leads';
import type { Queryable } from '../db/db';
import { readBoolean, readIsoTime, readJsonObject, readNumber, readString } from '../db/row';

export async function readLeadsPage(
  q: Queryable,
  unitCode: string,
  cursor: number,
  limit: number,
): Promise<LeadsResponse> {
  // Scoped by unit first (records are keyed by it), then ordered by the unit's server_seq index.
  const rows = await q.query(
    `select entity_id, rev, data, deleted, updated_at, server_seq, last_change_id
       from records where unit_code = $1 and entity = 'lead' and server_seq > $2::int8
      order by server_seq limit $3::int4`,
    [unitCode, cursor, limit + 1],
  );
  const leads = rows.slice(0, limit).map((row) => ({
    entity: 'lead' as const,
    entityId: readString(row, 'entity_id'),
    rev: readNumber(row, 'rev'),
    data: readJsonObject(row, 'data'),
    deleted: readBoolean(row, 'deleted'),
    updatedAt: readIsoTime(row, 'updated_at'),
    seq: readNumber(row, 'server_seq'),
    changeId: readString(row, 'last_change_id'),
  }));
  const last = leads.at(-1);
  return { leads, nextCursor: String(last?.seq ?? cursor), hasMore: rows.length > limit };
}
