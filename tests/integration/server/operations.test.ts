/**
 * What an operator and a client see around the sync routes: the admin commands, health, the
 * OpenAPI document, security headers, rate limits, protocol versions, migrations and logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enrollResponseSchema } from '../../../src-shared/sync/enroll';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import { migrate } from '../../../src-server/db/migrate';
import { create } from './helpers/changes';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv, sendRequest, startServer } from './helpers/testEnv';

const openApiSchema = z.object({
  paths: z.record(
    z.string(),
    z.record(z.string(), z.object({ requestBody: z.unknown().optional() })),
  ),
});

describe.each(BACKENDS)('operations on %s', (backend) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  async function admin(...argv: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, {
      db: env.db,
      now: new Date(),
      write: (line) => lines.push(line),
    });
    return { code, out: lines.join('\n') };
  }

  it('creates a unit, issues a code that enrols, lists the device with its last sequence and audit head, and revokes it', async () => {
    expect(
      await admin(
        'unit:create',
        '--code',
        '340104',
        '--name',
        '蜀山区人民检察院',
        '--level',
        'county',
        '--parent',
        UNITS.hefei,
      ),
    ).toMatchObject({ code: 0 });
    const issued = await admin('enroll:issue', '--unit', '340104', '--hours', '2');
    expect(issued.code).toBe(0);
    const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$/m.exec(issued.out)?.[1];
    expect(code).toBeDefined();
    const enrolled = await env.request('/devices/enroll', {
      method: 'POST',
      body: { code, deviceName: 'ws-7' },
    });
    expect(enrolled.status).toBe(200);
    const { token, deviceId } = enrollResponseSchema.parse(enrolled.body);
    await env.push(token, [create(1, 'ops-1', { title: 'a' }), create(2, 'ops-2', { title: 'b' })]);

    const listed = await admin('devices:list', '--unit', '340104');
    expect(listed.out).toMatch(new RegExp(`${deviceId}\\s+340104\\s+2\\s+0\\s+ok\\s+no\\s+ws-7`));
    expect(await admin('device:revoke', '--id', deviceId)).toMatchObject({ code: 0 });
    expect(await env.request('/sync/pull', { token })).toMatchObject({
      status: 401,
      body: { code: 'token-revoked' },
    });
    expect((await admin('devices:list')).out).toMatch(new RegExp(`${deviceId}.*yes`));
  });

  it('refuses wrong admin input with exit code 2 and a message, changing nothing', async () => {
    const before = await env.count('select count(*)::int as n from units');
    expect(
      await admin(
        'unit:create',
        '--code',
        '34',
        '--name',
        'x',
        '--level',
        'county',
        '--parent',
        UNITS.hefei,
      ),
    ).toMatchObject({ code: 2 });
    expect(
      await admin(
        'unit:create',
        '--code',
        '340199',
        '--name',
        'x',
        '--level',
        'county',
        '--parent',
        UNITS.province,
      ),
    ).toMatchObject({
      code: 2,
      out: 'error: the parent of a county must be a city',
    });
    expect(
      await admin('unit:create', '--code', '340199', '--name', 'x', '--level', 'town'),
    ).toMatchObject({ code: 2 });
    expect(await admin('enroll:issue', '--unit', '999999')).toMatchObject({
      code: 2,
      out: 'error: no unit 999999',
    });
    expect(await admin('device:revoke', '--id', 'nope')).toMatchObject({ code: 2 });
    expect(await admin('devices:list', '--bogus')).toMatchObject({ code: 2 });
    expect(await admin('explode')).toMatchObject({ code: 2 });
    expect(await env.count('select count(*)::int as n from units')).toBe(before);
  });

  it('answers health without a token, with the protocol versions', async () => {
    const reply = await env.request('/health');
    expect(reply).toMatchObject({
      status: 200,
      body: { status: 'ok', protocolVersion: 2, minProtocolVersion: 1 },
    });
    expect(reply.headers.get('x-jianhu-protocol')).toBe('2');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('serves an OpenAPI document generated from the zod schemas, and the docs page', async () => {
    const doc = await env.request('/docs/json');
    expect(doc.status).toBe(200);
    const { paths } = openApiSchema.parse(doc.body);
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/devices/enroll',
        '/api/v1/sync/push',
        '/api/v1/sync/pull',
        '/api/v1/blobs/{sha256}',
        '/api/v1/stats',
        '/api/v1/health',
      ]),
    );
    expect(JSON.stringify(paths['/api/v1/sync/push']?.post?.requestBody)).toContain('deviceSeq');
    expect((await env.request('/docs/')).status).toBe(200);
  });

  it('refuses a client older than the server’s minimum protocol with protocol-too-old', async () => {
    const strict = await startServer(env.db, { minProtocolVersion: 2 });
    try {
      const device = await env.enroll(UNITS.yaohai);
      const old = await sendRequest(`${strict.url}/sync/pull`, {
        token: device.token,
        headers: { 'x-jianhu-protocol': '1' },
      });
      expect(old).toMatchObject({ status: 400, body: { code: 'protocol-too-old' } });
      expect(
        (await sendRequest(`${strict.url}/health`, { headers: { 'x-jianhu-protocol': '1' } })).body,
      ).toMatchObject({ minProtocolVersion: 2 });
    } finally {
      await strict.app.close();
    }
  });

  it('rate-limits per device with 429 rate-limited', async () => {
    const limited = await startServer(env.db, {
      rateLimit: { max: 3, timeWindowMs: 60_000, enrollMax: 1 },
    });
    try {
      const device = await env.enroll(UNITS.yaohai);
      const statuses: number[] = [];
      // The first request, before this process knows the token, counts against the address;
      // from then on the device has a bucket of its own.
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await sendRequest(`${limited.url}/sync/pull`, { token: device.token })).status,
        );
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect(await sendRequest(`${limited.url}/sync/pull`, { token: device.token })).toMatchObject({
        body: { code: 'rate-limited' },
      });
      const enroll = () =>
        sendRequest(`${limited.url}/devices/enroll`, {
          method: 'POST',
          body: { code: 'AAAA-BBBB-CCCC' },
        });
      expect((await enroll()).status).toBe(401);
      expect(await enroll()).toMatchObject({ status: 429, body: { code: 'rate-limited' } });
    } finally {
      await limited.app.close();
    }
  });

  it('never logs tokens or case data', async () => {
    const lines: string[] = [];
    const logged = await startServer(env.db, {
      logger: { level: 'debug', stream: { write: (line) => lines.push(line) } },
    });
    try {
      const device = await env.enroll(UNITS.yaohai);
      const secret = '340102199003078712';
      await sendRequest(`${logged.url}/sync/push`, {
        method: 'POST',
        token: device.token,
        body: { changes: [create(1, 'log-1', { idNumber: secret, phone: '13800138000' })] },
      });
      await sendRequest(`${logged.url}/sync/push`, {
        method: 'POST',
        token: device.token,
        body: { changes: [{ idNumber: secret }] },
      });
      const text = lines.join('');
      expect(lines.length).toBeGreaterThan(0);
      expect(text).not.toContain(device.token);
      expect(text).not.toContain(secret);
      expect(text).not.toContain('13800138000');
    } finally {
      await logged.app.close();
    }
  });

  it('applies migrations once: a second run finds nothing to do', async () => {
    expect(await migrate(env.db)).toEqual([]);
    expect(await env.count('select count(*)::int as n from schema_migrations')).toBeGreaterThan(0);
  });
});
