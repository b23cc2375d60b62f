/**
 * The real engine against the real server with compression: a device's large push goes gzipped
 * (after one question to a server it has not heard from) and pull pages come back gzipped, and
 * every device ends holding exactly the server's records. Against a server that does not say it
 * decodes gzip (an older one, played by removing its header), nothing is sent compressed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import type { FetchLike } from '../../../src-renderer/src/sync';
import { ACCEPT_REQUEST_ENCODING_HEADER } from '../../../src-shared/sync/protocol';
import { validInput } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { expectConverged } from './helpers/converge';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

type Seen = { request: string; sent: string; answered: string };

/** globalThis.fetch, noting what each request sent and got; `older` hides the server's offer. */
function recordingFetch(seen: Seen[], older = false): FetchLike {
  return async (input, init) => {
    const response = await fetch(input, init);
    const headers = (init.headers ?? {}) as Record<string, string>;
    seen.push({
      request: `${init.method ?? 'GET'} ${new URL(input).pathname.replace('/api/v1', '')}`,
      sent: headers['content-encoding'] ?? 'plain',
      answered: response.headers.get('content-encoding') ?? 'plain',
    });
    if (!older) return response;
    const answer = new Headers(response.headers);
    answer.delete(ACCEPT_REQUEST_ENCODING_HEADER);
    return new Response(response.body, { status: response.status, headers: answer });
  };
}

/** Cases of ≈ 1.5 KB of Chinese each, so one push batch is far above the gzip threshold. */
async function writeCases(device: TestDevice, count: number, from: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const facts = `申请人在某建筑工地务工，被拖欠工资${String(1000 + i)}元，多次讨要未果。`.repeat(
      12,
    );
    const created = await createCase(device.db, device.actor, validInput(i, { facts }), new Date());
    if (!created.ok) throw new Error('create failed');
  }
}

describe.each(BACKENDS)('sync with compressed bodies on %s', (backend) => {
  let env: TestEnv;
  const seen: Seen[] = [];
  const olderSeen: Seen[] = [];
  const devices: TestDevice[] = [];
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await closeDevices(devices);
    await env.close();
  });

  it('pushes a large batch gzipped and pulls gzipped pages, converging exactly', async () => {
    const engine = { fetch: recordingFetch(seen), pullLimit: 1000 };
    const writer = await addDevice(env, UNITS.yaohai, { engine });
    const reader = await addDevice(env, UNITS.yaohai, { engine });
    devices.push(writer, reader);
    await writeCases(writer, 30, 0);
    expect((await writer.engine.syncNow()).kind).toBe('idle');
    const pushes = seen.filter((s) => s.request === 'POST /sync/push');
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((s) => s.sent === 'gzip')).toBe(true);
    // The first request of the run carried the batch: the server was asked once before it.
    expect(seen[0]?.request).toBe('GET /health');
    expect(seen.filter((s) => s.request === 'GET /health')).toHaveLength(1);

    seen.length = 0;
    expect((await reader.engine.syncNow()).kind).toBe('idle');
    const pulls = seen.filter((s) => s.request === 'GET /sync/pull');
    expect(pulls[0]?.answered).toBe('gzip');
    await expectConverged(env.db, UNITS.yaohai, [writer, reader]);
  });

  it('sends nothing compressed to a server that does not say it decodes gzip', async () => {
    const engine = { fetch: recordingFetch(olderSeen, true) };
    const writer = await addDevice(env, UNITS.luyang, { engine });
    const reader = await addDevice(env, UNITS.luyang, { engine });
    devices.push(writer, reader);
    await writeCases(writer, 30, 100);
    expect((await writer.engine.syncNow()).kind).toBe('idle');
    expect((await reader.engine.syncNow()).kind).toBe('idle');
    expect(olderSeen.filter((s) => s.request === 'POST /sync/push').length).toBeGreaterThan(0);
    expect(olderSeen.filter((s) => s.sent !== 'plain')).toEqual([]);
    await expectConverged(env.db, UNITS.luyang, [writer, reader]);
  });
});
