/**
 * The engine's own behaviour, against an in-process fake server and a fake clock/timer (no real
 * time passes): triggers, single-flight coalescing, backoff with jitter and its reset, stopping
 * for a revoked device, refused changes kept aside, batches split around a poisoned change, the
 * watchdog, and leaving the device refused while changes are pending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { readRevisions } from '../../../src-renderer/src/db/revisions';
import {
  backoffDelay,
  createSyncEngine,
  enrollDevice,
  removeDeviceData,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncStatus,
} from '../../../src-renderer/src/sync';
import { FIRST_RUN_CHANGES, setUpDevice, validInput } from '../db/fixtures';
import { createFakeServer, type FakeServer } from './fakeServer';

const TIMER_MS = 300_000;
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lets the engine's run finish (turns of the event loop, not a wait for time). */
async function untilStatus(engine: SyncEngine, isDone: (s: SyncStatus) => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !isDone(engine.getStatus()); i++) await settled();
}

type Scheduled = { run: () => void; ms: number; isCleared: boolean };

function fakeTimers() {
  const scheduled: Scheduled[] = [];
  return {
    scheduled,
    pending: () => scheduled.filter((t) => !t.isCleared),
    api: {
      set: (run: () => void, ms: number) => {
        const timer: Scheduled = {
          run: () => {
            // A timer that fired is spent, like a real one.
            timer.isCleared = true;
            run();
          },
          ms,
          isCleared: false,
        };
        scheduled.push(timer);
        return timer;
      },
      clear: (handle: unknown) => {
        (handle as Scheduled).isCleared = true;
      },
    },
  };
}

let engines: SyncEngine[] = [];
afterEach(() => {
  for (const engine of engines) engine.stop();
  engines = [];
});

async function device(options: { enrol?: boolean } = {}) {
  const { db, actor } = await setUpDevice();
  const server = createFakeServer();
  const timers = fakeTimers();
  const onlineListeners: (() => void)[] = [];
  let isOnline = true;
  if (options.enrol !== false) {
    await enrollDevice({
      db,
      serverUrl: 'http://127.0.0.1:8787',
      code: 'ABCD-EFGH',
      fetch: server.fetch,
      now: () => new Date(),
    });
  }
  const make = (over: Partial<SyncEngineOptions> = {}) => {
    const engine = createSyncEngine({
      db,
      fetch: server.fetch,
      now: () => new Date('2026-11-29T08:00:00Z'),
      random: () => 0.5,
      timerMs: TIMER_MS,
      timers: timers.api,
      isOnline: () => isOnline,
      subscribeOnline: (listener) => {
        onlineListeners.push(listener);
        return () => undefined;
      },
      ...over,
    });
    engines.push(engine);
    return engine;
  };
  const addCases = async (count: number) => {
    for (let i = 0; i < count; i++) await createCase(db, actor, validInput(i), new Date());
  };
  return {
    db,
    server,
    timers,
    make,
    addCases,
    goOffline: () => {
      isOnline = false;
    },
    fireOnline: () => {
      for (const listener of onlineListeners) listener();
    },
  };
}

function pushCount(server: FakeServer): number {
  return server.requests.filter((r) => r === 'POST /sync/push').length;
}

describe('the sync engine', () => {
  it('says the device is not enrolled and schedules nothing', async () => {
    const d = await device({ enrol: false });
    const engine = d.make();
    engine.start();
    await settled();
    expect(await engine.syncNow()).toMatchObject({ kind: 'not-enrolled' });
    expect(d.server.requests).toEqual([]);
    expect(d.timers.pending()).toEqual([]);
  });

  it('takes the acknowledged revisions in their own table without rewriting a case row', async () => {
    const d = await device();
    await d.addCases(3);
    const before = await d.db.cases.toArray();
    let caseWrites = 0;
    const count = () => {
      caseWrites++;
    };
    d.db.cases.hook('creating', count);
    d.db.cases.hook('updating', count);
    await d.make().syncNow();
    d.db.cases.hook('creating').unsubscribe(count);
    d.db.cases.hook('updating').unsubscribe(count);

    expect(await d.db.outbox.count()).toBe(0);
    expect(caseWrites).toBe(0);
    expect(await d.db.cases.toArray()).toEqual(before);
    expect(before.every((c) => !('rev' in c))).toBe(true);
    expect(
      await readRevisions(
        d.db,
        'case',
        before.map((c) => c.id),
      ),
    ).toEqual([1, 1, 1]);
  });

  it('drains the outbox on start, records the success and waits the timer for the next run', async () => {
    const d = await device();
    await d.addCases(3);
    const engine = d.make({ batchSize: 2 });
    const seen: SyncStatus[] = [];
    engine.subscribe(() => seen.push(engine.getStatus()));
    engine.start();
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      kind: 'idle',
      pendingCount: 0,
      lastSuccessAt: '2026-11-29T08:00:00.000Z',
      stalledSince: null,
    });
    expect(await d.db.outbox.count()).toBe(0);
    expect(
      await d.db.revisions.filter((r) => r.key.startsWith('case:') && r.rev === 1).count(),
    ).toBe(3);
    const total = FIRST_RUN_CHANGES + 3;
    expect(seen.some((s) => s.kind === 'syncing' && s.phase === 'push' && s.total === total)).toBe(
      true,
    );
    expect(d.timers.pending().map((t) => t.ms)).toEqual([TIMER_MS]);
  });

  it('backs off exponentially with jitter after failures and resets after a success', async () => {
    const d = await device();
    await d.addCases(1);
    const engine = d.make();
    d.server.always = 'network-error';
    engine.start();
    await untilStatus(engine, (s) => s.kind === 'error');
    const first = engine.getStatus();
    expect(first).toMatchObject({ kind: 'error', code: 'server-unreachable' });
    const delays = [backoffDelay(1, () => 0.5), backoffDelay(2, () => 0.5)];
    expect(d.timers.pending().map((t) => t.ms)).toEqual([delays[0]]);
    expect(first.kind === 'error' && first.retryAt).toBe(
      new Date(Date.parse('2026-11-29T08:00:00Z') + (delays[0] ?? 0)).toISOString(),
    );
    d.timers.pending()[0]?.run();
    await engine.syncNow();
    // The timer's run and the coalesced "sync now" run: failures two and three.
    expect(d.timers.pending().map((t) => t.ms)).toEqual([backoffDelay(3, () => 0.5)]);
    expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);

    d.server.always = null;
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(d.timers.pending().map((t) => t.ms)).toEqual([TIMER_MS]);
    d.server.always = 'network-error';
    await engine.syncNow();
    expect(d.timers.pending().map((t) => t.ms)).toEqual([delays[0]]);
  });

  it('tells "offline" from "server unreachable"', async () => {
    const d = await device();
    d.server.always = 'network-error';
    d.goOffline();
    expect(await d.make().syncNow()).toMatchObject({ kind: 'error', code: 'offline' });
  });

  it('reports a 5xx from a gateway as unavailable, and a foreign answer as not the protocol', async () => {
    const d = await device();
    d.server.always = { status: 503, body: '<html>' };
    expect(await d.make().syncNow()).toMatchObject({ code: 'unavailable' });
    d.server.always = { status: 200, body: { hello: 'captive portal' } };
    expect(await d.make().syncNow()).toMatchObject({ code: 'bad-response' });
  });

  it('runs once more, not three times more, for triggers arriving during a run', async () => {
    const d = await device();
    await d.addCases(1);
    const engine = d.make();
    engine.start();
    const release = d.server.hold();
    const first = engine.syncNow();
    await settled();
    const more = [engine.syncNow(), engine.syncNow()];
    d.fireOnline();
    release();
    await Promise.all([first, ...more]);
    // start() + the coalesced triggers: two runs, each ending with one pull.
    expect(d.server.requests.filter((r) => r === 'GET /sync/pull')).toHaveLength(2);
    expect(pushCount(d.server)).toBe(1);
  });

  it('runs on the online event and on resume', async () => {
    const d = await device();
    let resume: () => void = () => undefined;
    const engine = d.make({
      subscribeResume: (listener) => {
        resume = listener;
        return () => undefined;
      },
    });
    engine.start();
    await engine.syncNow();
    const before = d.server.requests.length;
    d.fireOnline();
    await engine.syncNow();
    resume();
    await engine.syncNow();
    expect(d.server.requests.length - before).toBeGreaterThanOrEqual(3);
  });

  it('stops by itself for a revoked device and says so; only "sync now" tries again', async () => {
    const d = await device();
    await d.addCases(1);
    const engine = d.make();
    d.server.always = {
      status: 401,
      body: { code: 'token-revoked', message: 'this device was revoked' },
    };
    engine.start();
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      kind: 'error',
      code: 'token-revoked',
      retryAt: null,
      pendingCount: FIRST_RUN_CHANGES + 1,
    });
    expect(d.timers.pending()).toEqual([]);
    const before = d.server.requests.length;
    d.fireOnline();
    await settled();
    expect(d.server.requests.length).toBe(before);
    await engine.syncNow();
    expect(d.server.requests.length).toBe(before + 1);
    expect(await d.db.outbox.count()).toBe(FIRST_RUN_CHANGES + 1);
  });

  it('keeps a refused change on the device, marked, and does not send it again', async () => {
    const d = await device();
    await d.addCases(2);
    d.server.pushReplies.push((changes) => ({
      status: 200,
      body: {
        results: changes.map((c, i) =>
          i === 0
            ? { status: 'rejected', changeId: c.changeId, code: 'seq-reused', reason: 'x' }
            : { status: 'applied', changeId: c.changeId, rev: 1 },
        ),
        lastSeq: 2,
        serverTime: new Date().toISOString(),
      },
    }));
    const engine = d.make();
    expect(await engine.syncNow()).toMatchObject({
      kind: 'idle',
      pendingCount: 1,
      rejectedCount: 1,
    });
    const [row] = await d.db.outbox.toArray();
    expect(row).toMatchObject({ deviceSeq: 1, attempts: 1, lastError: 'refused:seq-reused' });
    const pushes = pushCount(d.server);
    await engine.syncNow();
    expect(pushCount(d.server)).toBe(pushes);
  });

  it('splits a batch the server refuses as a whole, so one bad change holds back no other', async () => {
    const d = await device();
    await d.addCases(5);
    const poisoned = (await d.db.outbox.get(3))?.changeId;
    const refuseIfPoisoned = (changes: { changeId: string }[]) =>
      changes.some((c) => c.changeId === poisoned)
        ? { status: 400, body: { code: 'bad-request', message: 'unstorable text' } }
        : null;
    const revs = new Map<string, number>();
    for (let i = 0; i < 10; i++) {
      d.server.pushReplies.push((changes) => {
        const refusal = refuseIfPoisoned(changes);
        if (refusal) return refusal;
        return {
          status: 200,
          body: {
            results: changes.map((c) => {
              revs.set(c.entityId, 1);
              return { status: 'applied', changeId: c.changeId, rev: 1 };
            }),
            lastSeq: 5,
            serverTime: new Date().toISOString(),
          },
        };
      });
    }
    const status = await d.make({ batchSize: 5 }).syncNow();
    expect(status).toMatchObject({ kind: 'idle', pendingCount: 1, rejectedCount: 1 });
    expect(await d.db.outbox.toArray()).toMatchObject([
      { deviceSeq: 3, lastError: 'refused:bad-request' },
    ]);
  });

  it('reports "pending but not draining" after three runs where nothing was accepted', async () => {
    const d = await device();
    await d.addCases(1);
    const engine = d.make();
    d.server.always = { status: 500, body: { code: 'internal', message: 'bug' } };
    for (let i = 0; i < 2; i++) await engine.syncNow();
    expect(engine.getStatus().stalledSince).toBeNull();
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      code: 'internal',
      pendingCount: FIRST_RUN_CHANGES + 1,
    });
    expect(engine.getStatus().stalledSince).not.toBeNull();
    d.server.always = null;
    expect(await engine.syncNow()).toMatchObject({ kind: 'idle', stalledSince: null });
  });

  it('refuses to remove the device’s data while changes are pending', async () => {
    const d = await device();
    await d.addCases(1);
    expect(await removeDeviceData(d.db)).toEqual({
      ok: false,
      pendingCount: FIRST_RUN_CHANGES + 1,
    });
    expect(await d.db.cases.count()).toBe(1);
    await d.make().syncNow();
    expect(await removeDeviceData(d.db)).toEqual({ ok: true });
    expect(await databaseExists(d.db)).toBe(false);
  });
});

async function databaseExists(db: JianhuDb): Promise<boolean> {
  const names = (await indexedDB.databases()).map((info) => info.name);
  return names.includes(db.name);
}
