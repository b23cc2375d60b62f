/**
 * The app's pages live on other origins than the server (`app://jianhu`, the web build), so the
 * browser needs CORS answers for them — and for no one else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_REQUEST_ENCODING_HEADER, PROTOCOL_HEADER } from '../../../src-shared/sync';
import { readAllowedOrigins } from '../../../src-server/http/cors';
import { createTestEnv, type TestEnv } from './helpers/testEnv';

describe('CORS', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv('pglite', {
      allowedOrigins: ['app://jianhu', 'http://127.0.0.1:4173'],
    });
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const preflight = (origin: string) =>
    env.request('/sync/push', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': `authorization, content-type, content-encoding, ${PROTOCOL_HEADER}`,
      },
    });

  it('answers a preflight from the desktop app with the methods and headers sync uses', async () => {
    const reply = await preflight('app://jianhu');
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('app://jianhu');
    expect(reply.headers.get('access-control-allow-methods')).toContain('POST');
    expect(reply.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(reply.headers.get('access-control-allow-headers')).toContain(PROTOCOL_HEADER);
    // Large push and audit batches go gzipped.
    expect(reply.headers.get('access-control-allow-headers')).toContain('content-encoding');
  });

  it('lets an allowed page read answers, including the protocol header', async () => {
    const reply = await env.request('/health', { headers: { origin: 'http://127.0.0.1:4173' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(reply.headers.get('access-control-expose-headers')).toContain(PROTOCOL_HEADER);
    // The app compresses its requests only once it can read that the server decodes them.
    expect(reply.headers.get(ACCEPT_REQUEST_ENCODING_HEADER)).toBe('gzip');
    expect(reply.headers.get('access-control-expose-headers')).toContain(
      ACCEPT_REQUEST_ENCODING_HEADER,
    );
  });

  it('gives any other origin no CORS headers, so its browser cannot read the answer', async () => {
    const reply = await preflight('https://evil.example');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const health = await env.request('/health', { headers: { origin: 'https://evil.example' } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reads the allow-list from the environment, with the app and loopback as defaults', () => {
    expect(readAllowedOrigins(undefined)).toContain('app://jianhu');
    expect(readAllowedOrigins(' https://a.example , app://jianhu ')).toEqual([
      'https://a.example',
      'app://jianhu',
    ]);
  });
});
