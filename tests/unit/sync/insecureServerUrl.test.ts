/**
 * An address the HTTPS rule refuses gets no request at all: not at enrolment, not from the HTTP
 * layer, not from an engine whose database holds one (stored by a build before the rule). The
 * engine then stops for a person instead of retrying. Loopback http keeps working.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  createSyncEngine,
  enrollDevice,
  needsPerson,
  readSyncOverview,
  SyncFailure,
  SyncMetaKey,
  type SyncEngine,
} from '../../../src-renderer/src/sync';
import { createSyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { setUpDevice } from '../db/fixtures';
import { createFakeServer } from './fakeServer';

const refused = [
  ['plain http to another machine', 'http://jianhu.prov.example:8787', 'insecure-scheme'],
  ['credentials', 'https://admin:pw@jianhu.prov.example', 'credentials-in-url'],
  ['a query', 'https://jianhu.prov.example/?x=1', 'query-in-url'],
  ['no scheme', 'jianhu.prov.example:8443', 'unsupported-scheme'],
] as const;

function spiedServer() {
  const server = createFakeServer();
  const fetch = vi.fn(server.fetch);
  return { server, fetch };
}

async function expectRefusal(promise: Promise<unknown>, problem: string) {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SyncFailure);
  expect(error).toMatchObject({ code: 'insecure-server-url', message: problem });
}

describe('the HTTP layer', () => {
  it.each(refused)('sends nothing to an address with %s', async (_what, serverUrl, problem) => {
    const { fetch } = spiedServer();
    const http = createSyncHttp({ serverUrl, fetch, timeoutMs: 1000, isOnline: () => true });
    await expectRefusal(http.request('GET', '/health', z.unknown()), problem);
    await expectRefusal(http.bytes('HEAD', '/blobs/abc'), problem);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('still talks plain http to loopback', async () => {
    const { fetch } = spiedServer();
    const http = createSyncHttp({
      serverUrl: 'http://127.0.0.1:8787',
      fetch,
      timeoutMs: 1000,
      isOnline: () => true,
    });
    await http.request('POST', '/devices/enroll', z.unknown(), { code: 'ABCD-EFGH' });
    expect(fetch).toHaveBeenCalledWith(
      'http://127.0.0.1:8787/api/v1/devices/enroll',
      expect.anything(),
    );
  });

  it('is a failure a person must fix: the engine does not retry it by itself', () => {
    expect(needsPerson('insecure-server-url')).toBe(true);
  });
});

describe('enrolment', () => {
  it.each(refused)(
    'refuses an address with %s before sending the code or storing anything',
    async (_what, serverUrl, problem) => {
      const { db } = await setUpDevice();
      const { fetch } = spiedServer();
      const enrolling = enrollDevice({
        db,
        serverUrl,
        code: 'ABCD-EFGH',
        fetch,
        now: () => new Date(),
      });
      await expectRefusal(enrolling, problem);
      expect(fetch).not.toHaveBeenCalled();
      expect(await readSyncOverview(db)).toMatchObject({ serverUrl: null, enrollment: null });
    },
  );
});

let engines: SyncEngine[] = [];
afterEach(() => {
  for (const engine of engines) engine.stop();
  engines = [];
});

describe('an engine whose database holds an insecure address', () => {
  it('reports insecure-server-url, sends nothing and schedules no retry', async () => {
    const { db } = await setUpDevice();
    const { server, fetch } = spiedServer();
    await enrollDevice({
      db,
      serverUrl: 'http://127.0.0.1:8787',
      code: 'ABCD-EFGH',
      fetch,
      now: () => new Date(),
    });
    // What a build before the rule could have stored.
    await db.meta.put({ key: SyncMetaKey.serverUrl, value: 'http://jianhu.prov.example:8787' });
    fetch.mockClear();
    const timers: unknown[] = [];
    const engine = createSyncEngine({
      db,
      fetch,
      now: () => new Date('2026-11-29T08:00:00Z'),
      random: () => 0.5,
      timers: { set: (run, ms) => timers.push({ run, ms }), clear: () => undefined },
      isOnline: () => true,
    });
    engines.push(engine);
    engine.start();
    const status = await engine.syncNow();
    expect(status).toMatchObject({ kind: 'error', code: 'insecure-server-url', retryAt: null });
    expect(fetch).not.toHaveBeenCalled();
    expect(server.requests).toEqual(['POST /devices/enroll']);
    expect(timers).toEqual([]);
  });
});
