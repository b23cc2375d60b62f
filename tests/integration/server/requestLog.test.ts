/**
 * Request logs name the route pattern and keyed hashes of path parameters: an ID number sent in
 * a path or a query string never reaches the log, whatever the route answers.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { logHash } from '../../../src-server/http/requestLog';
import { BACKENDS, UNITS, sendRequest, startServer, useTestEnv } from './helpers/testEnv';

const ID_NUMBER = '340102199003078712';
const LOG_KEY = 'test-log-key';

const requestLine = z.object({
  msg: z.literal('request completed'),
  method: z.string(),
  route: z.string().nullable(),
  params: z.record(z.string(), z.string()).optional(),
  status: z.number(),
});

describe.each(BACKENDS)('request logs on %s', (backend) => {
  const env = useTestEnv(backend);

  it('carry the route pattern and hashed params, never a raw path parameter or query', async () => {
    const lines: string[] = [];
    const logged = await startServer(env().db, {
      logger: { level: 'debug', stream: { write: (line) => lines.push(line) } },
      logHashKey: LOG_KEY,
    });
    try {
      const { token } = await env().enroll(UNITS.yaohai);
      const query = `?idNumber=${ID_NUMBER}&q=${ID_NUMBER}`;
      const sent = [
        sendRequest(`${logged.url}/records/case/${ID_NUMBER}${query}`, { token }),
        sendRequest(`${logged.url}/blobs/${ID_NUMBER}${query}`, { method: 'HEAD', token }),
        sendRequest(`${logged.url}/sync/pull${query}`, { token }),
        sendRequest(`${logged.url}/health${query}`),
        sendRequest(`${logged.url}/no-such-route/${ID_NUMBER}${query}`),
        sendRequest(`${logged.url}/records/case/${ID_NUMBER}${query}`, { token: 'x'.repeat(40) }),
      ];
      const statuses = [];
      for (const reply of sent) statuses.push((await reply).status);
      expect(statuses).toEqual([404, 400, 400, 200, 404, 401]);
    } finally {
      await logged.app.close();
    }
    const text = lines.join('');
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain('idNumber');
    // Fastify's own request lines (with `url`) are off, not merely redacted.
    expect(text).not.toContain('"url"');
    expect(text).not.toContain('incoming request');
    const requests = lines.flatMap((line) => {
      const parsed = requestLine.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    });
    expect(requests.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        '/api/v1/records/:entity/:entityId',
        '/api/v1/blobs/:sha256',
        '/api/v1/sync/pull',
        '/api/v1/health',
        null,
      ]),
    );
    const record = requests.find((r) => r.route === '/api/v1/records/:entity/:entityId');
    expect(record?.params).toEqual({
      entity: logHash(LOG_KEY, 'case'),
      entityId: logHash(LOG_KEY, ID_NUMBER),
    });
  });
});
