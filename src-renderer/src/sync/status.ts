/**
 * What the sync engine tells the person (through the header indicator): what it is doing, the
 * error that stopped the last run in a form the UI can say in plain words, and the counters that
 * make a silent stall visible.
 */
import type { SyncErrorCode } from '../../../src-shared/sync/errors';

/** The engine's steps, in the order a run takes them. */
export const SyncPhase = {
  /** Reading outbox rows and completing their patches. */
  collect: 'collect',
  /** Sending a batch to `POST /sync/push`. */
  push: 'push',
  /** Storing the server's answers: revisions, conflicts, refusals. */
  ack: 'ack',
  /** Sending attachment files (`PUT /blobs/…`); progress in KiB. */
  upload: 'upload',
  /** Fetching pages from `GET /sync/pull`. */
  pull: 'pull',
  /** Writing a pulled page locally (one transaction per page). */
  apply: 'apply',
  /** Sending the device's audit entries (`POST /sync/audit`); progress in entries. */
  audit: 'audit',
} as const;
export type SyncPhase = (typeof SyncPhase)[keyof typeof SyncPhase];

/** Failures that have no server error code because no server answered properly. */
export const ClientSyncErrorCode = {
  /** The device itself has no network (the browser says it is offline). */
  offline: 'offline',
  /** The network is up but the server did not answer (down, wrong address, timed out, cut off). */
  serverUnreachable: 'server-unreachable',
  /** Something answered that does not speak the protocol (a proxy page, a different server). */
  badResponse: 'bad-response',
  /** The local database failed while storing what the server sent (quota, a broken database). */
  localError: 'local-error',
  /** Reference data from the server failed its schema: nothing of it was stored. */
  referenceInvalid: 'reference-invalid',
  /**
   * The server address is refused before any request (`checkServerUrl`): plain http to another
   * machine, credentials, a query or fragment — stored by an older build or typed at enrolment.
   */
  insecureServerUrl: 'insecure-server-url',
  /**
   * The server is up but its CORS allow-list leaves out this web page's origin
   * (`JIANHU_ALLOWED_ORIGINS`): found by a no-cors probe after a "server unreachable".
   */
  originRefused: 'origin-refused',
} as const;
export type ClientSyncErrorCode = (typeof ClientSyncErrorCode)[keyof typeof ClientSyncErrorCode];

/** Every reason a run can stop: the shared server codes plus the client's own. */
export type SyncStatusCode = SyncErrorCode | ClientSyncErrorCode;

export type SyncActivity =
  /** Nothing running; the last run (if any) succeeded. */
  | { kind: 'idle' }
  /** The device has no server address or token yet: enrol it on the device page. */
  | { kind: 'not-enrolled' }
  /** A run is in progress; `total` is null while unknown (pull pages until the last one). */
  | { kind: 'syncing'; phase: SyncPhase; done: number; total: number | null }
  /**
   * The last run failed. `retryAt` is when the engine tries again by itself, null when it will
   * not (revoked device, unknown token, app too old: a person must act).
   */
  | { kind: 'error'; code: SyncStatusCode; at: string; retryAt: string | null };

export type SyncStatus = SyncActivity & {
  /** Local changes not yet accepted by the server (including refused ones). */
  pendingCount: number;
  /** Changes the server refused: kept on the device, never sent again by themselves. */
  rejectedCount: number;
  /** End of the last run that completed (ISO), persisted across restarts. */
  lastSuccessAt: string | null;
  /** Set by the watchdog when changes are pending but none has been accepted for too long. */
  stalledSince: string | null;
};

export const INITIAL_SYNC_STATUS: SyncStatus = {
  kind: 'idle',
  pendingCount: 0,
  rejectedCount: 0,
  lastSuccessAt: null,
  stalledSince: null,
};
