/** Attachments: resumable chunked upload with HEAD offsets, hash verification, download. */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

const OCTETS = { 'content-type': 'application/octet-stream' };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(BACKENDS)('blobs on %s', (backend) => {
  let env: TestEnv;
  let token: string;
  beforeAll(async () => {
    env = await createTestEnv(backend, { blobChunkBytes: 64 * 1024 });
    token = (await env.enroll(UNITS.yaohai)).token;
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const head = (hash: string) => env.request(`/blobs/${hash}`, { method: 'HEAD', token });
  const put = (
    hash: string,
    query: string,
    body: Uint8Array,
    headers: Record<string, string> = {},
  ) =>
    env.request(`/blobs/${hash}${query}`, {
      method: 'PUT',
      token,
      body,
      headers: { ...OCTETS, ...headers },
    });

  it('resumes from the offset HEAD reports, refuses a wrong offset, and serves the verified bytes', async () => {
    const bytes = randomBytes(150 * 1024);
    const hash = sha256(bytes);
    expect((await head(hash)).status).toBe(404);

    const first = await put(hash, `?offset=0&size=${bytes.length}`, bytes.subarray(0, 60_000));
    expect(first).toMatchObject({
      status: 200,
      body: { received: 60_000, complete: false, size: bytes.length },
    });

    // The connection broke here; the client asks where to resume.
    const probe = await head(hash);
    expect(probe.status).toBe(200);
    expect(probe.headers.get('upload-offset')).toBe('60000');
    expect(probe.headers.get('upload-length')).toBe(String(bytes.length));
    expect(probe.headers.get('x-blob-complete')).toBe('false');

    const wrong = await put(hash, '?offset=10000', bytes.subarray(10_000, 20_000));
    expect(wrong).toMatchObject({ status: 409, body: { code: 'conflict' } });
    expect(wrong.headers.get('upload-offset')).toBe('60000');

    // Content-Range works as well as the offset query.
    await put(hash, '', bytes.subarray(60_000, 120_000), {
      'content-range': `bytes 60000-119999/${bytes.length}`,
    });
    const last = await put(hash, '?offset=120000', bytes.subarray(120_000));
    expect(last).toMatchObject({ status: 200, body: { received: bytes.length, complete: true } });
    expect((await head(hash)).headers.get('x-blob-complete')).toBe('true');

    const download = await fetch(`${env.url}/blobs/${hash}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers a repeated upload of a complete blob without storing it again', async () => {
    const bytes = randomBytes(1000);
    const hash = sha256(bytes);
    await put(hash, `?size=${bytes.length}`, bytes);
    const chunks = await env.count('select count(*)::int as n from blob_chunks where sha256 = $1', [
      hash,
    ]);
    expect(await put(hash, `?size=${bytes.length}`, bytes)).toMatchObject({
      status: 200,
      body: { complete: true },
    });
    expect(
      await env.count('select count(*)::int as n from blob_chunks where sha256 = $1', [hash]),
    ).toBe(chunks);
  });

  it('discards an upload whose bytes do not match the hash (400 hash-mismatch), so a retry starts clean', async () => {
    const bytes = randomBytes(2000);
    const claimed = sha256(randomBytes(2000));
    expect((await put(claimed, `?size=${bytes.length}`, bytes.subarray(0, 1000))).status).toBe(200);
    const end = await put(claimed, '?offset=1000', bytes.subarray(1000));
    expect(end).toMatchObject({ status: 400, body: { code: 'hash-mismatch' } });
    expect((await head(claimed)).status).toBe(404);
    expect(
      await env.count('select count(*)::int as n from blob_chunks where sha256 = $1', [claimed]),
    ).toBe(0);
    expect(
      await env.count("select count(*)::int as n from server_audit where action = 'blob.discard'"),
    ).toBe(1);
  });

  it('stores an empty attachment', async () => {
    const hash = sha256(new Uint8Array(0));
    expect(await put(hash, '?size=0', new Uint8Array(0))).toMatchObject({
      status: 200,
      body: { size: 0, complete: true },
    });
  });

  it('refuses a later chunk that declares a different total size', async () => {
    const bytes = randomBytes(3000);
    const hash = sha256(bytes);
    await put(hash, `?size=${bytes.length}`, bytes.subarray(0, 1000));
    expect(await put(hash, '?offset=1000&size=5000', bytes.subarray(1000, 2000))).toMatchObject({
      status: 409,
      body: { code: 'conflict' },
    });
  });
});
