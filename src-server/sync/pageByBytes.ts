/**
 * Pages of `records` after a cursor, cut by size as well as by count, in SQL: a page holds at most
 * `limit` rows and at most `maxBytes` of record data (the JSON text, `records.data_bytes`, migrations
 * 0004 and 0009), except that its first row always goes, however large, so every page moves the
 * cursor.
 * The rows past the cut are only counted, never read: the server never holds more than one page
 * of data, whatever the sizes of the records waiting.
 */
import type { Queryable, Row } from '../db/db';

/** Record data per page: a few large records per page, a thousand small ones still fit. */
export const PAGE_MAX_DATA_BYTES = 4 * 1024 * 1024;

/** Which entities a page holds: only these, or all but these. */
export type EntityFilter = { only: readonly string[] } | { except: readonly string[] };

export type RecordRowsPage = { rows: Row[]; hasMore: boolean };

export type PageBounds = { cursor: number; limit: number; maxBytes?: number };

export async function readRecordRowsPage(
  q: Queryable,
  unitCode: string,
  filter: EntityFilter,
  { cursor, limit, maxBytes = PAGE_MAX_DATA_BYTES }: PageBounds,
): Promise<RecordRowsPage> {
  const entityClause = 'only' in filter ? 'entity = any($4::text[])' : 'entity <> all($4::text[])';
  const entities = 'only' in filter ? filter.only : filter.except;
  // The candidates scan reads only the small columns of at most limit + 1 rows (the index on
  // (unit_code, server_seq) gives them in order and the running sum stops with the limit); data
  // is fetched afterwards for the rows of the page alone.
  const rows = await q.query(
    `with candidates as (
       select server_seq,
              row_number() over w as n,
              sum(data_bytes) over w as running_bytes
         from records
        where unit_code = $1 and server_seq > $2::int8 and ${entityClause}
       window w as (order by server_seq rows between unbounded preceding and current row)
        order by server_seq
        limit $3::int4 + 1
     ), page as (
       select server_seq from candidates
        where n = 1 or (n <= $3::int4 and running_bytes <= $5::int8)
     )
     select r.entity, r.entity_id, r.rev, r.data, r.deleted, r.updated_at, r.server_seq,
            r.last_change_id,
            (select count(*) from candidates) > (select count(*) from page) as has_more
       from page join records r on r.unit_code = $1 and r.server_seq = page.server_seq
      order by r.server_seq`,
    [unitCode, cursor, limit, [...entities], maxBytes],
  );
  // An empty page means no candidate at all (the first one always belongs to the page).
  return { rows, hasMore: rows[0]?.has_more === true };
}
