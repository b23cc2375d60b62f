/**
 * The client gzips a request body only when it is large and the server has said it decodes gzip;
 * a server that never said so (an older one) gets every body as plain JSON.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACCEPT_REQUEST_ENCODING_HEADER, PROTOCOL_HEADER } from '../../../src-shared/sync/protocol';
import { REQUEST_GZIP_MIN_BYTES } from '../../../src-renderer/src/sync/requestEncoding';
import { createSyncHttp, type FetchLike } from '../../../src-renderer/src/sync/syncHttp';

type Sent = { request: string; encoding: string | undefined; body: unknown };

type ServerKind = 'decodes-gzip' | 'older' | 'behind-refusing-proxy';

function fakeServer(kind: ServerKind) {
  const sent: Sent[] = [];
  const fetch: FetchLike = (url, init) => {
    const headers = init.headers as Record<string, string>;
    const encoding = headers['content-encoding'];
    sent.push({
      request: `${init.method ?? 'GET'} ${new URL(url).pathname.replace('/api/v1', '')}`,
      encoding,
      body: init.body,
    });
    const reply = new Headers({ 'content-type': 'application/json', [PROTOCOL_HEADER]: '2' });
    if (kind !== 'older') reply.set(ACCEPT_REQUEST_ENCODING_HEADER, 'gzip');
    if (kind === 'behind-refusing-proxy' && encoding !== undefined)
      return Promise.resolve(new Response('<html>415</html>', { status: 415 }));
    return Promise.resolve(new Response('{"ok":true}', { status: 200, headers: reply }));
  };
  const http = createSyncHttp({
    serverUrl: 'http://127.0.0.1:9/api/v1',
    token: 'token',
    fetch,
    timeoutMs: 5_000,
    isOnline: () => true,
  });
  const post = (body: unknown) => http.request('POST', '/sync/push', okSchema, body);
  return { sent, post, http };
}

const okSchema = z.object({ ok: z.literal(true) });
/** A push-like body well above the threshold, of Chinese text as cases are. */
const large = {
  changes: Array.from({ length: 60 }, (_, i) => ({ i, facts: '被拖欠工资'.repeat(40) })),
};
const small = { changes: [{ i: 1, facts: '被拖欠工资' }] };

function decoded(body: unknown): unknown {
  expect(body).toBeInstanceOf(Uint8Array);
  return JSON.parse(gunzipSync(body as Uint8Array).toString('utf8'));
}

describe('gzipped request bodies', () => {
  it('asks a server not heard from first, then gzips large bodies it said it decodes', async () => {
    expect(new TextEncoder().encode(JSON.stringify(large)).length).toBeGreaterThan(
      REQUEST_GZIP_MIN_BYTES,
    );
    const { sent, post } = fakeServer('decodes-gzip');
    await post(large);
    await post(large);
    expect(sent.map((s) => `${s.request} ${s.encoding ?? 'plain'}`)).toEqual([
      'GET /health plain',
      'POST /sync/push gzip',
      'POST /sync/push gzip',
    ]);
    expect(decoded(sent[1]?.body)).toEqual(large);
    expect((sent[1]?.body as Uint8Array).length * 4).toBeLessThan(JSON.stringify(large).length);
  });

  it('learns from any answer, so a run that began small asks nothing more', async () => {
    const { sent, post } = fakeServer('decodes-gzip');
    await post(small);
    await post(large);
    expect(sent.map((s) => `${s.request} ${s.encoding ?? 'plain'}`)).toEqual([
      'POST /sync/push plain',
      'POST /sync/push gzip',
    ]);
    expect(sent[0]?.body).toBe(JSON.stringify(small));
  });

  it('sends small bodies plain without asking anything', async () => {
    const { sent, post } = fakeServer('decodes-gzip');
    await post(small);
    await post(small);
    expect(sent.map((s) => s.request)).toEqual(['POST /sync/push', 'POST /sync/push']);
    expect(sent.every((s) => s.encoding === undefined && typeof s.body === 'string')).toBe(true);
  });

  it('never gzips for an older server, and asks it only once', async () => {
    const { sent, post } = fakeServer('older');
    await post(large);
    await post(large);
    expect(sent.map((s) => `${s.request} ${s.encoding ?? 'plain'}`)).toEqual([
      'GET /health plain',
      'POST /sync/push plain',
      'POST /sync/push plain',
    ]);
    expect(sent[1]?.body).toBe(JSON.stringify(large));
  });

  it('sends a body again plain when something on the way refuses it encoded, and stays plain', async () => {
    const { sent, post } = fakeServer('behind-refusing-proxy');
    await expect(post(large)).resolves.toEqual({ ok: true });
    await post(large);
    expect(sent.map((s) => `${s.request} ${s.encoding ?? 'plain'}`)).toEqual([
      'GET /health plain',
      'POST /sync/push gzip',
      'POST /sync/push plain',
      'POST /sync/push plain',
    ]);
    expect(sent[2]?.body).toBe(JSON.stringify(large));
  });
});
