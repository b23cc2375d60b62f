/**
 * Push: one `POST /sync/push` with a batch in deviceSeq order. The answer is trusted only after it
 * matches the shared schema and names every change sent; a partial answer is a protocol fault
 * (the rows it misses stay in the outbox).
 */
import type { PushChange, PushResponse, PushResult } from '../../../src-shared/sync/push';
import { pushResponseSchema } from '../../../src-shared/sync/push';
import type { SyncHttp } from './syncHttp';
import { SyncFailure } from './syncFailure';

export async function pushBatch(
  http: SyncHttp,
  changes: readonly PushChange[],
  serverDeviceId: string,
  headers?: Record<string, string>,
): Promise<PushResponse> {
  const response = await http.request(
    'POST',
    '/sync/push',
    pushResponseSchema,
    { deviceId: serverDeviceId, changes },
    headers,
  );
  const answered = new Set(response.results.map((r: PushResult) => r.changeId));
  if (changes.some((c) => !answered.has(c.changeId)))
    throw new SyncFailure('bad-response', 'an answer is missing', 200);
  return response;
}
