/**
 * Bad input on every route gets a 4xx with a machine-readable code, never a 5xx, and leaves no
 * trace in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncErrorSchema } from '../../../src-shared/sync/errors';
import { issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { change, create } from './helpers/changes';
import type { RequestOptions, TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

const HASH = 'a'.repeat(64);
const OCTETS = { 'content-type': 'application/octet-stream' };

function deeplyNested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** name | path | request (built once the device token exists) | expected status | expected code */
type Case = [
  name: string,
  path: string,
  options: (token: string) => RequestOptions,
  status: number,
  code: string,
];

describe.each(BACKENDS)('bad input on %s', (backend) => {
  let env: TestEnv;
  let token: string;
  let code: string;
  let before: string;

  /** Rows in every table a request could write, as one comparable string. */
  async function snapshot(): Promise<string> {
    const tables = [
      'units',
      'devices',
      'records',
      'record_versions',
      'applied_changes',
      'conflicts',
      'blobs',
      'blob_chunks',
      'server_audit',
    ];
    const counts = await Promise.all(
      tables.map((t) => env.count(`select count(*)::int as n from ${t}`)),
    );
    const used = await env.count(
      'select count(*)::int as n from enrollment_codes where used_at is not null',
    );
    return JSON.stringify({ counts, used });
  }

  beforeAll(async () => {
    env = await createTestEnv(backend, {
      bodyLimitBytes: 256 * 1024,
      blobChunkBytes: 64 * 1024,
      maxBlobBytes: 1024 * 1024,
    });
    token = (await env.enroll(UNITS.yaohai)).token;
    code = (await issueEnrollmentCode(env.db, { unitCode: UNITS.yaohai }, new Date())).code;
    before = await snapshot();
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const post =
    (body: unknown, extra: RequestOptions = {}) =>
    (): RequestOptions => ({ method: 'POST', body, ...extra });
  const push =
    (changes: unknown, extra: RequestOptions = {}) =>
    (token: string): RequestOptions => ({ method: 'POST', token, body: { changes }, ...extra });
  const as =
    (options: RequestOptions) =>
    (token: string): RequestOptions => ({ token, ...options });
  const ok = () => create(1, 'never-stored', { title: 't' });
  const big = 'x'.repeat(300 * 1024);
  const twice = ok();

  // prettier-ignore
  const CASES: Case[] = [
    ['enroll: malformed JSON',             '/devices/enroll', post('{"code":', { headers: { 'content-type': 'application/json' } }), 400, 'bad-request'],
    ['enroll: empty JSON body',            '/devices/enroll', post('', { headers: { 'content-type': 'application/json' } }), 400, 'bad-request'],
    ['enroll: wrong type',                 '/devices/enroll', post({ code: 12345 }), 400, 'bad-request'],
    ['enroll: unknown field',              '/devices/enroll', post({ code: 'x', admin: true }), 400, 'bad-request'],
    ['enroll: oversized body',             '/devices/enroll', post({ code: big }), 413, 'payload-too-large'],
    ['enroll: text/plain',                 '/devices/enroll', post('code', { headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-media-type'],
    ['push: malformed JSON',               '/sync/push', as({ method: 'POST', body: '{"changes": [', headers: { 'content-type': 'application/json' } }), 400, 'bad-request'],
    ['push: changes not an array',         '/sync/push', push({ 0: ok() }), 400, 'bad-request'],
    ['push: empty batch',                  '/sync/push', push([]), 400, 'bad-request'],
    ['push: wrong type in a change',       '/sync/push', push([{ ...ok(), deviceSeq: '1' }]), 400, 'bad-request'],
    ['push: negative baseRev',             '/sync/push', push([{ ...ok(), baseRev: -1 }]), 400, 'bad-request'],
    ['push: unknown entity',               '/sync/push', push([{ ...ok(), entity: 'payment' }]), 400, 'bad-request'],
    ['push: unknown field in a change',    '/sync/push', push([{ ...ok(), extra: 1 }]), 400, 'bad-request'],
    ['push: unknown top-level field',      '/sync/push', as({ method: 'POST', body: { changes: [ok()], force: true } }), 400, 'bad-request'],
    ['push: not a uuid',                   '/sync/push', push([{ ...ok(), changeId: 'abc' }]), 400, 'bad-request'],
    ['push: impossible device time',       '/sync/push', push([{ ...ok(), deviceTime: '2026-13-45T99:00:00Z' }]), 400, 'bad-request'],
    ['push: NUL in a patch value',         '/sync/push', push([create(1, 'nul', { title: 'a\u0000b' })]), 400, 'bad-request'],
    ['push: lone surrogate in a patch',    '/sync/push', push([create(1, 'sur', { title: 'a\ud800b' })]), 400, 'bad-request'],
    ['push: NUL in entityId',              '/sync/push', push([create(1, 'id\u0000x', { title: 't' })]), 400, 'bad-request'],
    ['push: nesting too deep',             '/sync/push', push([create(1, 'deep', { v: deeplyNested(40) })]), 400, 'bad-request'],
    ['push: __proto__ in a patch',         '/sync/push', as({ method: 'POST', body: `{"changes":[${JSON.stringify(ok()).replace('"title":"t"', '"__proto__":{"x":1}')}]}`, headers: { 'content-type': 'application/json' } }), 400, 'bad-request'],
    ['push: seqs not rising',              '/sync/push', push([create(2, 'a', {}), create(1, 'b', {})]), 400, 'bad-request'],
    ['push: one changeId twice',           '/sync/push', push([twice, { ...twice, deviceSeq: 2, entityId: 'other' }]), 400, 'bad-request'],
    ['push: 501 changes',                  '/sync/push', push(Array.from({ length: 501 }, (_, i) => change({ deviceSeq: i + 1, entityId: `n${i}`, patch: {} }))), 400, 'bad-request'],
    ['push: oversized body',               '/sync/push', push([create(1, 'huge', { facts: big })]), 413, 'payload-too-large'],
    ['push: malformed protocol header',    '/sync/push', push([ok()], { headers: { 'x-jianhu-protocol': 'one' } }), 400, 'bad-request'],
    ['pull: cursor not a number',          '/sync/pull?cursor=abc', as({}), 400, 'bad-request'],
    ['pull: negative cursor',              '/sync/pull?cursor=-1', as({}), 400, 'bad-request'],
    ['pull: limit 0',                      '/sync/pull?limit=0', as({}), 400, 'bad-request'],
    ['pull: limit too large',              '/sync/pull?limit=5000', as({}), 400, 'bad-request'],
    ['pull: unknown parameter',            '/sync/pull?since=0', as({}), 400, 'bad-request'],
    ['record: unknown entity',             '/records/payment/1', as({}), 400, 'bad-request'],
    ['blob: hash not hex',                 '/blobs/xyz', as({ method: 'HEAD' }), 400, 'bad-request'],
    ['blob: upper-case hash',              `/blobs/${HASH.toUpperCase()}?size=1`, as({ method: 'PUT', body: new Uint8Array(1), headers: OCTETS }), 400, 'bad-request'],
    ['blob: first chunk without size',     `/blobs/${HASH}`, as({ method: 'PUT', body: new Uint8Array(4), headers: OCTETS }), 400, 'bad-request'],
    ['blob: chunk over the chunk limit',   `/blobs/${HASH}?size=100000`, as({ method: 'PUT', body: new Uint8Array(100_000), headers: OCTETS }), 413, 'payload-too-large'],
    ['blob: blob over the size limit',     `/blobs/${HASH}?size=2000000`, as({ method: 'PUT', body: new Uint8Array(4), headers: OCTETS }), 413, 'payload-too-large'],
    ['blob: chunk past declared size',     `/blobs/${HASH}?size=2`, as({ method: 'PUT', body: new Uint8Array(4), headers: OCTETS }), 400, 'bad-request'],
    ['blob: malformed Content-Range',      `/blobs/${HASH}`, as({ method: 'PUT', body: new Uint8Array(4), headers: { ...OCTETS, 'content-range': 'bytes=0-3' } }), 400, 'bad-request'],
    ['blob: Content-Range ≠ body length',  `/blobs/${HASH}`, as({ method: 'PUT', body: new Uint8Array(4), headers: { ...OCTETS, 'content-range': 'bytes 0-9/10' } }), 400, 'bad-request'],
    ['blob: JSON instead of bytes',        `/blobs/${HASH}?size=2`, as({ method: 'PUT', body: { a: 1 } }), 415, 'unsupported-media-type'],
    ['blob: negative offset',              `/blobs/${HASH}?offset=-1&size=4`, as({ method: 'PUT', body: new Uint8Array(4), headers: OCTETS }), 400, 'bad-request'],
    ['stats: no token',                    '/stats', () => ({}), 401, 'unauthorized'],
    ['unknown route',                      '/sync/everything', as({}), 404, 'not-found'],
  ];

  it.each(CASES)('%s', async (_name, path, options, status, errorCode) => {
    const request = options(token);
    const reply = await env.request(path, request);
    expect(reply.status).toBe(status);
    if (request.method !== 'HEAD') expect(syncErrorSchema.parse(reply.body).code).toBe(errorCode);
  });

  it('left nothing in the database after all of them', async () => {
    expect(await snapshot()).toBe(before);
  });

  it('still enrols with the code afterwards, proving the enroll failures did not consume it', async () => {
    expect((await env.request('/devices/enroll', { method: 'POST', body: { code } })).status).toBe(
      200,
    );
  });
});
