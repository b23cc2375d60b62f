/**
 * Push: one `POST /sync/push` with a batch in deviceSeq order. The answer is trusted only after it
 * matches the shared schema and names every change sent; a partial answer is a protocol fault
 * (the rows it misses stay in the outbox). A batch can be made ready (its body encoded, its outbox
 * report read) before it is sent, while the batch before it is still at the server.
 */
import type { PushChange, PushResponse, PushResult } from '../../../src-shared/sync/push';
import { pushResponseSchema } from '../../../src-shared/sync/push';
import type { EncodedBody, SyncHttp } from './syncHttp';
import { SyncFailure } from './syncFailure';

export type ReadyPush = {
  changes: readonly PushChange[];
  body: EncodedBody;
  headers: Record<string, string> | undefined;
};

export async function preparePush(
  http: SyncHttp,
  changes: readonly PushChange[],
  serverDeviceId: string,
  headers?: Record<string, string>,
): Promise<ReadyPush> {
  return { changes, body: await http.encode({ deviceId: serverDeviceId, changes }), headers };
}

export async function sendPush(http: SyncHttp, ready: ReadyPush): Promise<PushResponse> {
  const response = await http.request(
    'POST',
    '/sync/push',
    pushResponseSchema,
    ready.body,
    ready.headers,
  );
  const answered = new Set(response.results.map((r: PushResult) => r.changeId));
  if (ready.changes.some((c) => !answered.has(c.changeId)))
    throw new SyncFailure('bad-response', 'an answer is missing', 200);
  return response;
}

export async function pushBatch(
  http: SyncHttp,
  changes: readonly PushChange[],
  serverDeviceId: string,
  headers?: Record<string, string>,
): Promise<PushResponse> {
  return sendPush(http, await preparePush(http, changes, serverDeviceId, headers));
}
