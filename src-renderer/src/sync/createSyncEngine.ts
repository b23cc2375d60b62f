/**
 * The sync engine: an instance per database, no module state. Single-flight runs (runSync.ts)
 * started by a timer, the `online` event, resume from sleep and "sync now"; exponential backoff
 * with jitter after failures; a watchdog for "pending but not draining"; a status for the UI that
 * changes only after the writes it describes have committed.
 */
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/protocol';
import type { JianhuDb } from '../db/database';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffOptions } from './backoff';
import { countRefused } from './collect';
import { runSync, type RunProgress } from './runSync';
import { createSingleFlight } from './singleFlight';
import { INITIAL_SYNC_STATUS, type SyncActivity, type SyncStatus } from './status';
import { needsPerson, toSyncFailure } from './syncFailure';
import { createSyncHttp, type FetchLike } from './syncHttp';
import { readSyncSettings, writeLastSuccess } from './syncMeta';
import {
  DEFAULT_WATCHDOG,
  observeRun,
  stalledSince,
  startWatchdog,
  type WatchdogOptions,
} from './watchdog';

type Unsubscribe = () => void;

export type TimerApi = {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

export type SyncEngineOptions = {
  db: JianhuDb;
  /** Overrides the address stored at enrollment (tests, a proxy in front of the server). */
  serverUrl?: string;
  fetch: FetchLike;
  now: () => Date;
  /** In [0, 1): the backoff's jitter. */
  random: () => number;
  /** Outbox rows per push (the server takes at most MAX_PUSH_BATCH). */
  batchSize?: number;
  pullLimit?: number;
  /** Audit entries per `POST /sync/audit` (default and most: MAX_AUDIT_BATCH). */
  auditBatchSize?: number;
  /** Between successful runs. */
  timerMs?: number;
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  watchdog?: WatchdogOptions;
  onStatus?: (status: SyncStatus) => void;
  /** After a run that changed what records hold (pulled states, conflicts): e.g. re-index search. */
  onRecordsChanged?: () => void;
  isOnline?: () => boolean;
  /** Default: the window's `online` event, where there is a window. */
  subscribeOnline?: (listener: () => void) => Unsubscribe;
  /** The app passes the platform's resume event (Electron powerMonitor; tab visible on the web). */
  subscribeResume?: (listener: () => void) => Unsubscribe;
  timers?: TimerApi;
};

export type SyncEngine = {
  /** Listens to the triggers and runs once now. */
  start: () => void;
  /** Stops listening and cancels the timer; a run in progress finishes. */
  stop: () => void;
  /** Runs now (or right after the run in progress); resolves with the status after it. */
  syncNow: () => Promise<SyncStatus>;
  getStatus: () => SyncStatus;
  /** For React's useSyncExternalStore: called after every status change. */
  subscribe: (listener: () => void) => Unsubscribe;
};

export const DEFAULT_TIMER_MS = 5 * 60_000;
export const DEFAULT_BATCH_SIZE = 500;

function browserOnline(listener: () => void): Unsubscribe {
  if (typeof globalThis.addEventListener !== 'function') return () => undefined;
  globalThis.addEventListener('online', listener);
  return () => {
    globalThis.removeEventListener('online', listener);
  };
}

const defaultTimers: TimerApi = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, now, random } = options;
  const timers = options.timers ?? defaultTimers;
  const isOnline =
    options.isOnline ??
    (() =>
      typeof navigator === 'undefined' || (navigator as { onLine?: boolean }).onLine !== false);
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  const listeners = new Set<() => void>();
  let failures = 0;
  let watchdog = startWatchdog(now().getTime());
  let timer: unknown = null;
  let isStarted = false;
  let unsubscribers: Unsubscribe[] = [];

  const publish = (next: SyncStatus) => {
    status = next;
    options.onStatus?.(next);
    for (const listener of listeners) listener();
  };
  const setActivity = (activity: SyncActivity) => {
    const { pendingCount, rejectedCount, lastSuccessAt, stalledSince: since } = status;
    publish({ ...activity, pendingCount, rejectedCount, lastSuccessAt, stalledSince: since });
  };

  const cancelTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    cancelTimer();
    if (!isStarted) return;
    timer = timers.set(() => {
      timer = null;
      void flight.trigger();
    }, ms);
  };

  const run = async (): Promise<void> => {
    const progress: RunProgress = { removed: 0, conflicts: 0, refused: 0, pulled: 0 };
    let activity: SyncActivity;
    let nextRunMs: number | null = options.timerMs ?? DEFAULT_TIMER_MS;
    let lastSuccessAt = status.lastSuccessAt;
    try {
      const settings = await readSyncSettings(db);
      lastSuccessAt ??= settings.lastSuccessAt;
      const serverUrl = options.serverUrl ?? settings.serverUrl;
      if (!settings.enrollment || serverUrl === null) {
        activity = { kind: 'not-enrolled' };
        nextRunMs = null;
      } else {
        const http = createSyncHttp({
          serverUrl,
          token: settings.enrollment.token,
          fetch: options.fetch,
          timeoutMs: options.requestTimeoutMs ?? 60_000,
          isOnline,
        });
        await runSync(
          {
            db,
            http,
            serverDeviceId: settings.enrollment.serverDeviceId,
            cursor: settings.cursor,
            batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
            pullLimit: options.pullLimit ?? DEFAULT_PULL_LIMIT,
            auditBatchSize: options.auditBatchSize,
            now,
            report: (phase, done, total) => {
              setActivity({ kind: 'syncing', phase, done, total });
            },
          },
          progress,
        );
        const at = now().toISOString();
        await writeLastSuccess(db, at);
        lastSuccessAt = at;
        failures = 0;
        activity = { kind: 'idle' };
      }
    } catch (error) {
      const failure = toSyncFailure(error);
      const at = now();
      if (needsPerson(failure.code)) {
        nextRunMs = null;
      } else {
        failures += 1;
        nextRunMs = backoffDelay(failures, random, options.backoff ?? DEFAULT_BACKOFF);
      }
      activity = {
        kind: 'error',
        code: failure.code,
        at: at.toISOString(),
        retryAt: nextRunMs === null ? null : new Date(at.getTime() + nextRunMs).toISOString(),
      };
    }
    const [pendingCount, rejectedCount] = await Promise.all([
      db.outbox.count(),
      countRefused(db),
    ]).catch(() => [status.pendingCount, status.rejectedCount]);
    const nowMs = now().getTime();
    watchdog = observeRun(watchdog, { drained: progress.removed > 0, pendingCount }, nowMs);
    const since = stalledSince(watchdog, pendingCount, nowMs, options.watchdog ?? DEFAULT_WATCHDOG);
    publish({
      ...activity,
      pendingCount,
      rejectedCount,
      lastSuccessAt,
      stalledSince: since === null ? null : new Date(since).toISOString(),
    });
    if (nextRunMs === null) cancelTimer();
    else schedule(nextRunMs);
    if (progress.pulled > 0 || progress.conflicts > 0) options.onRecordsChanged?.();
  };

  const flight = createSingleFlight(() => run().catch(() => undefined));

  /** Automatic triggers wait while a person must act (revoked, unknown token, app too old). */
  const autoTrigger = () => {
    if (status.kind === 'error' && needsPerson(status.code)) return;
    void flight.trigger();
  };

  return {
    start: () => {
      if (isStarted) return;
      isStarted = true;
      unsubscribers = [
        (options.subscribeOnline ?? browserOnline)(autoTrigger),
        ...(options.subscribeResume ? [options.subscribeResume(autoTrigger)] : []),
      ];
      void flight.trigger();
    },
    stop: () => {
      isStarted = false;
      cancelTimer();
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = [];
    },
    syncNow: async () => {
      await flight.trigger();
      return status;
    },
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
