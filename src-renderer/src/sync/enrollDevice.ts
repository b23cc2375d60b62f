/**
 * Enrollment (`POST /devices/enroll`): a one-time code from the administrator in, the server's
 * device id, unit and bearer token out, stored in `meta` with the server address. The pull cursor
 * starts over: the server sees a new device, and re-pulling is harmless (states are applied by
 * revision, an older or equal one is skipped). An address the HTTPS rule refuses is refused
 * before anything is sent or stored (`insecure-server-url`).
 */
import { enrollResponseSchema, type Unit } from '../../../src-shared/sync/enroll';
import { checkServerUrl } from '../../../src-shared/sync/serverUrl';
import type { JianhuDb } from '../db/database';
import { assertServerUrl, createSyncHttp, type FetchLike } from './syncHttp';
import { writeEnrollment, type Enrollment } from './syncMeta';

export type EnrollOptions = {
  db: JianhuDb;
  serverUrl: string;
  code: string;
  /** A label for the administrator's device list. */
  deviceName?: string;
  fetch: FetchLike;
  now: () => Date;
  timeoutMs?: number;
  isOnline?: () => boolean;
};

/** Resolves to the unit the device now belongs to; rejects with a `SyncFailure` (its code says why). */
export async function enrollDevice(options: EnrollOptions): Promise<Unit> {
  assertServerUrl(checkServerUrl(options.serverUrl));
  const http = createSyncHttp({
    serverUrl: options.serverUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    isOnline: options.isOnline ?? (() => true),
  });
  const answer = await http.request('POST', '/devices/enroll', enrollResponseSchema, {
    code: options.code,
    ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }),
  });
  const enrollment: Enrollment = {
    serverDeviceId: answer.deviceId,
    unit: answer.unit,
    token: answer.token,
    enrolledAt: options.now().toISOString(),
  };
  // The token is wrapped by main (desktop) before anything is stored; a refused wrap stores nothing.
  await writeEnrollment(options.db, { serverUrl: options.serverUrl, enrollment });
  return answer.unit;
}
