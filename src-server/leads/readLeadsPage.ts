/** `GET /leads` pages: the unit's lead records after a cursor, in server-sequence order. */
import type { LeadsResponse } from '../../src-shared/sync/leads';
import type { Queryable } from '../db/db';
import { readBoolean, readIsoTime, readJsonObject, readNumber, readString } from '../db/row';
import { readRecordRowsPage } from '../sync/pageByBytes';

/** At most `limit` leads and about `maxBytes` of their data per page, as pull pages. */
export async function readLeadsPage(
  q: Queryable,
  unitCode: string,
  cursor: number,
  limit: number,
  maxBytes?: number,
): Promise<LeadsResponse> {
  // Scoped by unit first (records are keyed by it), then ordered by the unit's server_seq index.
  const { rows, hasMore } = await readRecordRowsPage(
    q,
    unitCode,
    { only: ['lead'] },
    { cursor, limit, ...(maxBytes === undefined ? {} : { maxBytes }) },
  );
  const leads = rows.map((row) => ({
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
  return { leads, nextCursor: String(last?.seq ?? cursor), hasMore };
}
