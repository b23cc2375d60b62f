/**
 * What a push needs to know before deciding anything, read in a few set-based queries inside the
 * push transaction (after the unit lock, so nothing it reads can change underneath it).
 */
import type { SyncEntity } from '../../src-shared/sync/change';
import type { FirstAnswer, PushChange } from '../../src-shared/sync/push';
import { firstAnswerSchema } from '../../src-shared/sync/push';
import type { Queryable, Row } from '../db/db';
import {
  readBoolean,
  readIsoTime,
  readJson,
  readJsonObject,
  readNumber,
  readOptionalString,
  readString,
} from '../db/row';
import { toSyncEntity } from './toSyncEntity';
import { withVersionData, type StoredVersion } from './versionData';

export type RecordState = {
  entity: SyncEntity;
  entityId: string;
  rev: number;
  data: Record<string, unknown>;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
  lastChangeId: string;
};

export type VersionState = {
  rev: number;
  data: Record<string, unknown>;
  /** The patch as the device sent it (the device knew these values); null at rev 1, where it equals data. */
  patch: Record<string, unknown> | null;
  deviceId: string;
};

export type StoredAnswer = {
  changeId: string;
  deviceId: string;
  deviceSeq: number;
  answer: FirstAnswer;
  /** SHA-256 of the change's content (changeContentJson); null for rows stored before migration 0005. */
  contentHash: string | null;
};

export type OpenConflict = { id: number; rev: number; fieldNames: readonly string[] };

export type PushState = {
  /** The device's last acknowledged sequence, read under the unit lock. */
  lastSeq: number;
  /** Earlier answers, by changeId (any device: a changeId is global). */
  byChangeId: Map<string, StoredAnswer>;
  /** Earlier answers of this device, by its sequence number. */
  bySeq: Map<number, StoredAnswer>;
  records: Map<string, RecordState>;
  /** Versions from the lowest baseRev the batch needs, ascending by rev. */
  versions: Map<string, VersionState[]>;
  openConflicts: Map<string, OpenConflict[]>;
};

/** Map key of a record within one unit (entityId cannot contain NUL: the schema refuses it). */
export function recordKey(entity: string, entityId: string): string {
  return `${entity}\u0000${entityId}`;
}

function readOptionalJsonObject(row: Row, key: string): Record<string, unknown> | null {
  return readJson(row, key) === null ? null : readJsonObject(row, key);
}

function pushToList<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Ids of the users named as answerers in the approval changes of a batch. */
function answererIds(changes: readonly PushChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    const answeredBy: unknown = change.entity === 'approval' ? change.patch?.answeredBy : null;
    if (typeof answeredBy === 'object' && answeredBy !== null && 'id' in answeredBy) {
      if (typeof answeredBy.id === 'string') ids.add(answeredBy.id);
    }
  }
  return [...ids];
}

export async function loadPushState(
  tx: Queryable,
  device: { id: string; unitCode: string },
  changes: readonly PushChange[],
): Promise<PushState> {
  const deviceRow = (await tx.query('select last_seq from devices where id = $1', [device.id]))[0];
  const state: PushState = {
    lastSeq: deviceRow === undefined ? 0 : readNumber(deviceRow, 'last_seq'),
    byChangeId: new Map(),
    bySeq: new Map(),
    records: new Map(),
    versions: new Map(),
    openConflicts: new Map(),
  };
  const answered = await tx.query(
    `select change_id, device_id, device_seq, result, content_hash from applied_changes
      where change_id = any($1::uuid[]) or (device_id = $2 and device_seq = any($3::int8[]))`,
    [changes.map((c) => c.changeId), device.id, changes.map((c) => c.deviceSeq)],
  );
  for (const row of answered) {
    const stored: StoredAnswer = {
      changeId: readString(row, 'change_id'),
      deviceId: readString(row, 'device_id'),
      deviceSeq: readNumber(row, 'device_seq'),
      answer: firstAnswerSchema.parse(readJson(row, 'result')),
      contentHash: readOptionalString(row, 'content_hash'),
    };
    state.byChangeId.set(stored.changeId, stored);
    if (stored.deviceId === device.id) state.bySeq.set(stored.deviceSeq, stored);
  }

  const fresh = changes.filter(
    (c) => !state.byChangeId.has(c.changeId) && !state.bySeq.has(c.deviceSeq),
  );
  if (fresh.length === 0) return state;
  const minBase = new Map<string, number>();
  const perRecord = new Map<string, number>();
  for (const c of fresh) {
    const key = recordKey(c.entity, c.entityId);
    minBase.set(key, Math.min(minBase.get(key) ?? Number.MAX_SAFE_INTEGER, c.baseRev));
    perRecord.set(key, (perRecord.get(key) ?? 0) + 1);
  }
  const keys = [...minBase.keys()].map((k) => k.split('\u0000'));
  const entities = keys.map(([entity]) => entity ?? '');
  const ids = keys.map(([, id]) => id ?? '');
  // The users who answer the batch's approval requests: the rules check their role (recordRules).
  const answerers = answererIds(fresh).filter((id) => !minBase.has(recordKey('user', id)));

  const recordRows = await tx.query(
    `select r.entity, r.entity_id, r.rev, r.data, r.deleted, r.created_at, r.updated_at, r.last_change_id
       from records r join unnest($2::text[], $3::text[]) as q(entity, entity_id)
         on r.entity = q.entity and r.entity_id = q.entity_id
      where r.unit_code = $1`,
    [device.unitCode, [...entities, ...answerers.map(() => 'user')], [...ids, ...answerers]],
  );
  for (const row of recordRows) {
    const record: RecordState = {
      entity: toSyncEntity(readString(row, 'entity')),
      entityId: readString(row, 'entity_id'),
      rev: readNumber(row, 'rev'),
      data: readJsonObject(row, 'data'),
      deleted: readBoolean(row, 'deleted'),
      createdAt: readIsoTime(row, 'created_at'),
      updatedAt: readIsoTime(row, 'updated_at'),
      lastChangeId: readString(row, 'last_change_id'),
    };
    state.records.set(recordKey(record.entity, record.entityId), record);
  }

  // Versions are needed where a change's base is behind the stored record, and where the batch
  // holds several changes of one record: once the first applies, the next is behind it and is
  // merged against the version at its base, which must be loaded now.
  const behind = [...state.records.entries()].filter(
    ([key, r]) => (minBase.get(key) ?? r.rev) < r.rev || (perRecord.get(key) ?? 0) > 1,
  );
  if (behind.length > 0) {
    // Each version's data is rebuilt from the record down (versionData.ts): rows from the lowest
    // base up to the record's rev, whose prior_data give the data of the revisions below them.
    const versionRows = await tx.query(
      `select v.entity, v.entity_id, v.rev, v.prior_data, v.patch, v.device_id
         from record_versions v join unnest($2::text[], $3::text[], $4::int4[]) as q(entity, entity_id, from_rev)
           on v.entity = q.entity and v.entity_id = q.entity_id and v.rev >= q.from_rev
        where v.unit_code = $1
        order by v.entity, v.entity_id, v.rev`,
      [
        device.unitCode,
        behind.map(([, r]) => r.entity),
        behind.map(([, r]) => r.entityId),
        behind.map(([key]) => Math.max(1, minBase.get(key) ?? 1)),
      ],
    );
    const stored = new Map<string, StoredVersion[]>();
    for (const row of versionRows) {
      pushToList(stored, recordKey(readString(row, 'entity'), readString(row, 'entity_id')), {
        rev: readNumber(row, 'rev'),
        priorData: readOptionalJsonObject(row, 'prior_data'),
        patch: readOptionalJsonObject(row, 'patch'),
        deviceId: readString(row, 'device_id'),
      });
    }
    for (const [key, record] of behind) {
      state.versions.set(key, withVersionData(record, stored.get(key) ?? []));
    }
  }

  // A conflict is only ever kept on a stored record (a merge made it, and records are never
  // removed): a batch of new records has none to look up.
  const existing = [...minBase.keys()]
    .filter((key) => state.records.has(key))
    .map((key) => key.split('\u0000'));
  if (existing.length === 0) return state;
  const conflictRows = await tx.query(
    `select c.id, c.entity, c.entity_id, c.rev, c.field_names
       from conflicts c join unnest($2::text[], $3::text[]) as q(entity, entity_id)
         on c.entity = q.entity and c.entity_id = q.entity_id
      where c.unit_code = $1 and c.status = 'open'`,
    [device.unitCode, existing.map(([entity]) => entity ?? ''), existing.map(([, id]) => id ?? '')],
  );
  for (const row of conflictRows) {
    const names = readJson(row, 'field_names');
    pushToList(
      state.openConflicts,
      recordKey(readString(row, 'entity'), readString(row, 'entity_id')),
      {
        id: readNumber(row, 'id'),
        rev: readNumber(row, 'rev'),
        fieldNames: Array.isArray(names)
          ? names.filter((n): n is string => typeof n === 'string')
          : [],
      },
    );
  }
  return state;
}
