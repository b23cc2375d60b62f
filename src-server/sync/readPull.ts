/** Pull pages and single records, always within the device's unit. */
import type { SyncEntity } from '../../src-shared/sync/change';
import { PROTOCOL_VERSION, PROTOCOL_WITH_USERS } from '../../src-shared/sync/protocol';
import type { PullResponse, ServerChange } from '../../src-shared/sync/pull';
import type { ServerRecord } from '../../src-shared/sync/push';
import type { Queryable, Row } from '../db/db';
import { readBoolean, readIsoTime, readJsonObject, readNumber, readString } from '../db/row';
import { readRecordRowsPage } from './pageByBytes';
import { toSyncEntity } from './toSyncEntity';

function toServerRecord(row: Row, entity: SyncEntity): ServerRecord {
  return {
    entity,
    entityId: readString(row, 'entity_id'),
    rev: readNumber(row, 'rev'),
    data: readJsonObject(row, 'data'),
    deleted: readBoolean(row, 'deleted'),
    updatedAt: readIsoTime(row, 'updated_at'),
  };
}

/**
 * Entities a client of `protocol` cannot read: its pull schema refuses a whole page holding one,
 * so they are left out for it (it stores none of them anyway; once updated it pulls again from
 * '0', see the client's appliedEntities.ts, and receives them).
 */
export function entitiesUnknownTo(protocol: number): SyncEntity[] {
  return protocol < PROTOCOL_WITH_USERS ? ['user', 'approval'] : [];
}

/**
 * The next page after `cursor`: at most `limit` records and about `maxBytes` of their data (one
 * larger record goes alone), see pageByBytes.ts. nextCursor is the last seq sent, so a device
 * neither misses nor repeats a record whichever bound cut the page.
 */
export async function readPullPage(
  q: Queryable,
  unitCode: string,
  cursor: number,
  limit: number,
  protocol: number = PROTOCOL_VERSION,
  maxBytes?: number,
): Promise<PullResponse> {
  const { rows, hasMore } = await readRecordRowsPage(
    q,
    unitCode,
    { except: entitiesUnknownTo(protocol) },
    { cursor, limit, ...(maxBytes === undefined ? {} : { maxBytes }) },
  );
  const changes: ServerChange[] = rows.map((row) => ({
    ...toServerRecord(row, toSyncEntity(readString(row, 'entity'))),
    seq: readNumber(row, 'server_seq'),
    changeId: readString(row, 'last_change_id'),
  }));
  const last = changes.at(-1);
  return { changes, nextCursor: String(last?.seq ?? cursor), hasMore };
}

export async function readRecord(
  q: Queryable,
  unitCode: string,
  entity: SyncEntity,
  entityId: string,
): Promise<ServerRecord | null> {
  const row = (
    await q.query(
      `select entity_id, rev, data, deleted, updated_at from records
        where unit_code = $1 and entity = $2 and entity_id = $3`,
      [unitCode, entity, entityId],
    )
  )[0];
  return row === undefined ? null : toServerRecord(row, entity);
}
