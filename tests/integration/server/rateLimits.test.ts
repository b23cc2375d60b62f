/**
 * Rate limits where no valid device token vouches for the caller are keyed by the client
 * address: a different made-up bearer per request is the same client. Behind a trusted proxy the
 * forwarded address is that client; a peer that is not the proxy cannot choose one.
 */
import { describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../../src-server/buildServer';
import { BACKENDS, UNITS, sendRequest, startServer, useTestEnv } from './helpers/testEnv';

const LIMITS = { max: 5, timeWindowMs: 60_000, enrollMax: 3 };

function junkToken(i: number): string {
  return `junk${String(i).padStart(4, '0')}${'x'.repeat(24)}`;
}

describe.each(BACKENDS)('rate limits by client address on %s', (backend) => {
  const env = useTestEnv(backend);

  async function withServer(
    options: Partial<ServerOptions>,
    body: (url: string) => Promise<void>,
  ): Promise<void> {
    const server = await startServer(env().db, { rateLimit: LIMITS, ...options });
    try {
      await body(server.url);
    } finally {
      await server.app.close();
    }
  }

  async function statuses(count: number, send: (i: number) => Promise<number>): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(await send(i));
    return out;
  }

  it('enrolment: a different Authorization header per request still hits 429', async () => {
    await withServer({}, async (url) => {
      const got = await statuses(20, async (i) => {
        const reply = await sendRequest(`${url}/devices/enroll`, {
          method: 'POST',
          token: junkToken(i),
          body: { code: 'AAAA-BBBB-CCCC' },
        });
        return reply.status;
      });
      expect(got.slice(0, LIMITS.enrollMax)).toEqual([401, 401, 401]);
      expect(got.slice(LIMITS.enrollMax).every((s) => s === 429)).toBe(true);
    });
  });

  it('device routes: made-up bearers share the address bucket; an active device keeps its own', async () => {
    const device = await env().enroll(UNITS.yaohai);
    await withServer({}, async (url) => {
      // The device authenticates once, so its token has a bucket of its own from then on.
      expect((await sendRequest(`${url}/sync/pull`, { token: device.token })).status).toBe(200);
      const junk = await statuses(LIMITS.max + 5, async (i) => {
        return (await sendRequest(`${url}/sync/pull`, { token: junkToken(i) })).status;
      });
      expect(junk.filter((s) => s === 401).length).toBeLessThanOrEqual(LIMITS.max);
      expect(junk.slice(-5)).toEqual([429, 429, 429, 429, 429]);
      // No header at all is the same address too.
      expect((await sendRequest(`${url}/sync/pull`)).status).toBe(429);
      expect((await sendRequest(`${url}/sync/pull`, { token: device.token })).status).toBe(200);
    });
  });

  it('behind a trusted proxy the X-Forwarded-For address is the key', async () => {
    await withServer({ trustProxy: ['127.0.0.1'] }, async (url) => {
      const enroll = (client: string) =>
        sendRequest(`${url}/devices/enroll`, {
          method: 'POST',
          headers: { 'x-forwarded-for': client },
          body: { code: 'AAAA-BBBB-CCCC' },
        }).then((reply) => reply.status);
      const first = await statuses(LIMITS.enrollMax + 1, () => enroll('203.0.113.7'));
      expect(first).toEqual([401, 401, 401, 429]);
      // Another client behind the same proxy has its own budget.
      expect(await enroll('198.51.100.20')).toBe(401);
    });
  });

  it('an untrusted peer cannot spoof X-Forwarded-For to get fresh budgets', async () => {
    for (const trustProxy of [false, ['10.9.9.9']] as const) {
      await withServer({ trustProxy }, async (url) => {
        const got = await statuses(LIMITS.enrollMax + 3, async (i) => {
          const reply = await sendRequest(`${url}/devices/enroll`, {
            method: 'POST',
            headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
            body: { code: 'AAAA-BBBB-CCCC' },
          });
          return reply.status;
        });
        expect(got.slice(LIMITS.enrollMax)).toEqual([429, 429, 429]);
      });
    }
  });
});
