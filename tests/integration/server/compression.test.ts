/**
 * Compressed bodies both ways: a gzipped push is applied exactly as the same push sent plain;
 * every route's body limit holds on the DECODED size (a zip bomb is 413, the connection and the
 * server go on); a corrupt body is 400 and an unknown encoding 415, never a 5xx; JSON answers go
 * gzipped to clients that accept it and read back the same.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_BODY_BYTES } from '../../../src-shared/sync/audit';
import { ACCEPT_REQUEST_ENCODING_HEADER } from '../../../src-shared/sync/protocol';
import { pullResponseSchema } from '../../../src-shared/sync/pull';
import { pushResponseSchema, type PushChange } from '../../../src-shared/sync/push';
import { RESPONSE_GZIP_MIN_BYTES } from '../../../src-server/http/responseEncoding';
import { create, nextId, update } from './helpers/changes';
import { consoleClient, makeAccount } from './helpers/consoleClient';
import { BACKENDS, UNITS, useTestEnv, type TestEnv } from './helpers/testEnv';

const NOW = new Date('2026-12-01T02:00:00.000Z');
const GZIP_JSON = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
const gzip = (data: string | Uint8Array) => new Uint8Array(gzipSync(data));
/** A JSON body of `bytes` bytes that gzip turns into a few KB. */
const padded = (bytes: number) => JSON.stringify({ changes: [], pad: 'x'.repeat(bytes) });

/** Creates of long Chinese cases, edits of some of them, and one change the server refuses. */
function batch(): PushChange[] {
  const ids = Array.from({ length: 40 }, () => nextId());
  const facts = (i: number) =>
    `申请人在某建筑工地务工，被拖欠工资${String(1000 + i)}元。`.repeat(20);
  return [
    ...ids.map((id, i) => create(i + 1, id, { title: `张某${String(i)}欠薪案`, facts: facts(i) })),
    ...ids.slice(0, 10).map((id, i) => update(41 + i, id, 1, { claims: `支付工资 ${String(i)}` })),
    create(51, nextId(), { title: 12345 }),
  ];
}

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET as node:http sends it: nothing decoded, so the test sees what crossed the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe.each(BACKENDS)('compressed request and answer bodies on %s', (backend) => {
  const plainServer = useTestEnv(backend, { now: () => NOW, blobChunkBytes: 64 * 1024 });
  const gzipServer = useTestEnv(backend, { now: () => NOW });

  const pushGzipped = (env: TestEnv, token: string, changes: readonly PushChange[]) =>
    env.request('/sync/push', {
      method: 'POST',
      token,
      body: gzip(JSON.stringify({ changes })),
      headers: GZIP_JSON,
    });

  it('says on every API answer that it decodes gzip request bodies', async () => {
    const env = plainServer();
    const { token } = await env.enroll(UNITS.yaohai);
    for (const reply of [
      await env.request('/health'),
      await env.request('/sync/pull?cursor=0', { token }),
      await env.request('/sync/pull?cursor=0'),
    ])
      expect(reply.headers.get(ACCEPT_REQUEST_ENCODING_HEADER)).toBe('gzip');
  });

  it('applies a gzipped push exactly as the same push sent plain', async () => {
    const changes = batch();
    const body = JSON.stringify({ changes });
    expect(gzip(body).length * 3).toBeLessThan(Buffer.byteLength(body));
    const outcomes = [];
    for (const [env, encoded] of [
      [plainServer(), false],
      [gzipServer(), true],
    ] as const) {
      const { token } = await env.enroll(UNITS.luyang);
      const reply = encoded
        ? await pushGzipped(env, token, changes)
        : await env.request('/sync/push', { method: 'POST', token, body: { changes } });
      expect(reply.status).toBe(200);
      const pulled = await env.pull(token, '0', 1000);
      outcomes.push({
        results: pushResponseSchema.parse(reply.body).results,
        records: pulled.changes.map(({ seq: _seq, ...record }) => record),
      });
    }
    const [plain, gzipped] = outcomes;
    expect(plain?.results.map((r) => r.status)).toContain('rejected');
    expect(plain?.records).toHaveLength(40);
    expect(gzipped).toEqual(plain);
  });

  it('refuses a zip bomb with 413 on the decoded size, and answers the next request', async () => {
    const env = gzipServer();
    const { token } = await env.enroll(UNITS.yaohai);
    // 64 MB of JSON in ≈ 64 KB of gzip: far under the 5 MB limit as sent, far over it decoded.
    const bomb = gzip(padded(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    const reply = await env.request('/sync/push', {
      method: 'POST',
      token,
      body: bomb,
      headers: GZIP_JSON,
    });
    expect(reply).toMatchObject({ status: 413, body: { code: 'payload-too-large' } });
    // Decoding stopped at the limit instead of inflating all 64 MB.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await env.request('/health')).status).toBe(200);
  });

  it('holds the audit route’s own limit on the decoded size', async () => {
    const env = gzipServer();
    const { token } = await env.enroll(UNITS.yaohai);
    const reply = await env.request('/sync/audit', {
      method: 'POST',
      token,
      body: gzip(padded(MAX_AUDIT_BODY_BYTES + 1024)),
      headers: GZIP_JSON,
    });
    expect(reply).toMatchObject({ status: 413, body: { code: 'payload-too-large' } });
  });

  it('stores a gzipped attachment chunk decoded, and holds the chunk limit on the decoded size', async () => {
    const env = plainServer();
    const { token } = await env.enroll(UNITS.yaohai);
    const octets = { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' };
    const bytes = new Uint8Array(Buffer.concat([randomBytes(1000), Buffer.alloc(20_000, 7)]));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const put = await env.request(`/blobs/${hash}?offset=0&size=${String(bytes.length)}`, {
      method: 'PUT',
      token,
      body: gzip(bytes),
      headers: octets,
    });
    expect(put).toMatchObject({ status: 200, body: { received: bytes.length, complete: true } });
    const tooBig = new Uint8Array(65 * 1024);
    const bomb = await env.request(
      `/blobs/${'0'.repeat(64)}?offset=0&size=${String(tooBig.length)}`,
      { method: 'PUT', token, body: gzip(tooBig), headers: octets },
    );
    expect(bomb).toMatchObject({ status: 413, body: { code: 'payload-too-large' } });
  });

  it('holds the console upload limit on the decoded size', async () => {
    const env = plainServer();
    // Signed in at the server's pinned clock (its TOTP check uses that time).
    const city = consoleClient(env.url);
    const account = await makeAccount(env.db, 'city-admin', UNITS.hefei, { now: NOW });
    expect((await city.signIn(account, NOW)).status).toBe(200);
    const reply = await city.request('/leads/preview', {
      method: 'POST',
      body: gzip(padded(9 * 1024 * 1024)),
      headers: GZIP_JSON,
    });
    expect(reply).toMatchObject({ status: 413, body: { code: 'payload-too-large' } });
  });

  it('answers a corrupt or cut-off gzip body with 400, never a 5xx', async () => {
    const env = plainServer();
    const { token } = await env.enroll(UNITS.yaohai);
    const whole = gzip(JSON.stringify({ changes: batch() }));
    const corrupt = new Uint8Array(whole);
    corrupt.fill(0x55, 20, 200);
    const notGzip = new TextEncoder().encode(JSON.stringify({ changes: [] }));
    for (const body of [corrupt, whole.subarray(0, whole.length / 2), notGzip]) {
      const reply = await env.request('/sync/push', {
        method: 'POST',
        token,
        body: new Uint8Array(body),
        headers: GZIP_JSON,
      });
      expect(reply).toMatchObject({ status: 400, body: { code: 'bad-request' } });
    }
    expect((await env.request('/health')).status).toBe(200);
  });

  it('refuses an encoding other than gzip or identity with 415', async () => {
    const env = plainServer();
    const { token } = await env.enroll(UNITS.yaohai);
    const body = JSON.stringify({ changes: [create(1, nextId(), {})] });
    for (const encoding of ['br', 'deflate', 'gzip, gzip', 'compress']) {
      const reply = await env.request('/sync/push', {
        method: 'POST',
        token,
        body,
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      });
      expect(reply, encoding).toMatchObject({
        status: 415,
        body: { code: 'unsupported-media-type' },
      });
    }
    const identity = await env.request('/sync/push', {
      method: 'POST',
      token,
      body,
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
    });
    expect(identity.status).toBe(200);
  });

  it('gzips a pull page for a client that accepts it, and reads back the same page', async () => {
    const env = plainServer();
    const { token } = await env.enroll(UNITS.jinghu);
    await env.push(token, batch());
    const url = `${env.url}/sync/pull?cursor=0&limit=1000`;
    const auth = { authorization: `Bearer ${token}` };
    const compressed = await rawGet(url, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
    const plain = await rawGet(url, auth);
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.body.length * 3).toBeLessThan(plain.body.length);
    const page = pullResponseSchema.parse(JSON.parse(gunzipSync(compressed.body).toString()));
    expect(page.changes).toHaveLength(40);
    expect(page).toEqual(pullResponseSchema.parse(JSON.parse(plain.body.toString())));
    // fetch decodes on its own: the app's `response.text()` path reads the same page.
    expect(await env.pull(token, '0', 1000)).toEqual(page);
  });

  it('leaves small answers and clients that refuse gzip alone', async () => {
    const env = plainServer();
    const health = await rawGet(`${env.url}/health`, { 'accept-encoding': 'gzip' });
    expect(health.body.length).toBeLessThan(RESPONSE_GZIP_MIN_BYTES);
    expect(health.headers['content-encoding']).toBeUndefined();
    const { token } = await env.enroll(UNITS.wuhu);
    await env.push(token, batch().slice(0, 20));
    const refused = await rawGet(`${env.url}/sync/pull?cursor=0`, {
      authorization: `Bearer ${token}`,
      'accept-encoding': 'gzip;q=0, identity',
    });
    expect(refused.status).toBe(200);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(pullResponseSchema.parse(JSON.parse(refused.body.toString())).changes).toHaveLength(20);
  });
});
