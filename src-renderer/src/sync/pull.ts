/**
 * Pull: `GET /sync/pull?cursor=` pages in the server's own order, and `GET /records/...` for one
 * record whose state an answer left unsure. Nothing is stored here (apply.ts stores each page).
 */
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/protocol';
import type { PullResponse } from '../../../src-shared/sync/pull';
import { pullResponseSchema } from '../../../src-shared/sync/pull';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { serverRecordSchema } from '../../../src-shared/sync/push';
import type { SyncEntity } from '../../../src-shared/sync/change';
import type { SyncHttp } from './syncHttp';
import { SyncFailure } from './syncFailure';

export function pullPage(
  http: SyncHttp,
  cursor: string,
  limit = DEFAULT_PULL_LIMIT,
  headers?: Record<string, string>,
): Promise<PullResponse> {
  const query = new URLSearchParams({ cursor, limit: String(limit) });
  return http.request(
    'GET',
    `/sync/pull?${query.toString()}`,
    pullResponseSchema,
    undefined,
    headers,
  );
}

/** The server's current state of one record of the unit; null when it has none. */
export async function fetchRecord(
  http: SyncHttp,
  entity: SyncEntity,
  entityId: string,
): Promise<ServerRecord | null> {
  try {
    return await http.request(
      'GET',
      `/records/${entity}/${encodeURIComponent(entityId)}`,
      serverRecordSchema,
    );
  } catch (error) {
    if (error instanceof SyncFailure && error.code === 'not-found') return null;
    throw error;
  }
}
