/**
 * `POST /sync/audit` at its boundary: a request that breaks the protocol (shape, size, token,
 * another device's server id) is a 4xx that flags nothing, logs keep the entries' contents out,
 * and the OpenAPI document describes both audit routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryWire } from '../../../src-shared/sync/audit';
import type { AuditDevice as Device } from './helpers/auditChain';
import { GENESIS, auditDevices, chain, edited, link } from './helpers/auditChain';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, createTestEnv, sendRequest, startServer } from './helpers/testEnv';

describe.each(BACKENDS)('the audit route’s boundary on %s', (backend) => {
  let env: TestEnv;
  let devices: ReturnType<typeof auditDevices>;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    devices = auditDevices(env);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const device = () => devices.enroll();
  const send = (d: Device, entries: readonly AuditEntryWire[]) => devices.send(d, entries);
  const stored = (d: Device) => devices.stored(d);
  const flagOf = (d: Device) => devices.flagOf(d);

  // [what is wrong with the request, its body]: the protocol is broken, not the chain.
  const malformed: [string, (d: Device) => unknown][] = [
    ['no entries', () => ({ entries: [] })],
    ['a hash that is not hex', (d) => ({ entries: [{ ...chain(d.localId, 1)[0], hash: 'x' }] })],
    ['an unknown field', (d) => ({ entries: [{ ...chain(d.localId, 1)[0], extra: 1 }] })],
    ['a missing field', (d) => ({ entries: [{ ...chain(d.localId, 1)[0], action: undefined }] })],
    [
      'a NUL in the action',
      (d) => ({ entries: [{ ...chain(d.localId, 1)[0], action: 'a\u0000' }] }),
    ],
    ['more than 500 entries', (d) => ({ entries: chain(d.localId, 501) })],
    [
      'a diff nested 100 levels deep',
      (d) => {
        let diff: unknown = 1;
        for (let i = 0; i < 100; i++) diff = [diff];
        return { entries: link(GENESIS, [{ ...chain(d.localId, 1)[0]!, diff }]) };
      },
    ],
  ];

  it.each(malformed)(
    'answers a request with %s 400 bad-request, without a flag',
    async (_n, body) => {
      const d = await device();
      expect(
        await env.request('/sync/audit', { method: 'POST', token: d.token, body: body(d) }),
      ).toMatchObject({ status: 400, body: { code: 'bad-request' } });
      expect(await flagOf(d)).toBeNull();
    },
  );

  it('refuses another device’s server id (403), a missing token (401) and a body over 4 MiB (413)', async () => {
    const d = await device();
    const other = await device();
    const entries = chain(d.localId, 1);
    expect(
      await env.request('/sync/audit', {
        method: 'POST',
        token: d.token,
        body: { deviceId: other.deviceId, entries },
      }),
    ).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect(await env.request('/sync/audit', { method: 'POST', body: { entries } })).toMatchObject({
      status: 401,
    });
    const huge = link(GENESIS, [{ ...entries[0]!, diff: { text: '案'.repeat(1_500_000) } }]);
    expect(await send(d, huge)).toMatchObject({ status: 413 });
    expect(await stored(d)).toBe(0);
    expect(await flagOf(d)).toBeNull();
  });

  it('logs neither the entries’ contents nor the token, accepted or refused', async () => {
    const lines: string[] = [];
    const logged = await startServer(env.db, {
      logger: { level: 'debug', stream: { write: (line) => lines.push(line) } },
    });
    try {
      const d = await device();
      const secret = '340102199003078712';
      const [first] = chain(d.localId, 1);
      const entries = link(GENESIS, [{ ...first!, diff: { idNumber: secret } }]);
      const post = (body: unknown) =>
        sendRequest(`${logged.url}/sync/audit`, { method: 'POST', token: d.token, body });
      expect((await post({ entries })).status).toBe(200);
      expect((await post({ entries: [edited(entries[0]!, true)] })).status).toBe(409);
      const text = lines.join('');
      expect(text).toContain('audit-chain-broken');
      expect(text).not.toContain(secret);
      expect(text).not.toContain('被篡改');
      expect(text).not.toContain(d.token);
    } finally {
      await logged.app.close();
    }
  });

  it('documents both audit routes in the OpenAPI document', async () => {
    const doc = await env.request('/docs/json');
    expect(doc.status).toBe(200);
    const paths = (doc.body as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(Object.keys(paths['/api/v1/sync/audit'] ?? {}).sort()).toEqual(['get', 'post']);
  });
});
