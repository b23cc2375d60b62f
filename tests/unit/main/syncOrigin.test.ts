/**
 * The one sync origin main lets the pages reach: kept under userData, checked on the way in and
 * on the way back from disk, and enforced twice — in the CSP of every app page and, at once, by
 * cancelling fetches to any other origin.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  devContentSecurityPolicy,
} from '../../../src-shared/security/csp';
import { createAppProtocolHandler } from '../../../src-main/protocol';
import { hardenSession } from '../../../src-main/security';
import { createSyncOrigin } from '../../../src-main/syncOrigin';
import { createTrust } from '../../../src-main/trustedSender';
import { createUserDataFile } from '../../../src-main/userDataFile';
import { createMemoryLogger } from './fakes';
import { createFakeSession } from './fakeSession';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'jianhu-sync-origin-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function setUp() {
  const path = join(directory, 'sync-origin.json');
  const log = createMemoryLogger();
  const origin = createSyncOrigin({ store: createUserDataFile(path), log });
  return { path, log, origin };
}

describe('the stored sync origin', () => {
  it('allows nothing until told, then the origin of the address, kept owner-only', async () => {
    const { path, origin } = setUp();
    await origin.load();
    expect(origin.current()).toBeNull();
    await expect(origin.set('https://jianhu.prov.test:8443/api/v1')).resolves.toBe(
      'https://jianhu.prov.test:8443',
    );
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      version: 1,
      origin: 'https://jianhu.prov.test:8443',
    });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const reloaded = setUp().origin;
    await reloaded.load();
    expect(reloaded.current()).toBe('https://jianhu.prov.test:8443');
  });

  it('refuses an address the HTTPS rule refuses and keeps the one it had', async () => {
    const { origin } = setUp();
    await origin.set('https://jianhu.prov.test');
    for (const refused of [
      'http://jianhu.prov.test',
      'https://user:pw@jianhu.prov.test',
      'ftp://jianhu.prov.test',
    ]) {
      await expect(origin.set(refused)).rejects.toThrow(RangeError);
    }
    expect(origin.current()).toBe('https://jianhu.prov.test');
  });

  it('accepts plain http to loopback only', async () => {
    const { origin } = setUp();
    await expect(origin.set('http://127.0.0.1:8787')).resolves.toBe('http://127.0.0.1:8787');
    await expect(origin.set('http://localhost:8787/')).resolves.toBe('http://localhost:8787');
  });

  it('clears the origin and its file', async () => {
    const { path, origin } = setUp();
    await origin.set('https://jianhu.prov.test');
    await expect(origin.set(null)).resolves.toBeNull();
    expect(origin.current()).toBeNull();
    await expect(stat(path)).rejects.toThrow();
  });

  it.each([
    ['plain http to another machine', { version: 1, origin: 'http://evil.example' }],
    ['an address that is not an origin', { version: 1, origin: 'https://a.test/path' }],
    ['credentials', { version: 1, origin: 'https://u:p@a.test' }],
    ['an unknown version', { version: 2, origin: 'https://a.test' }],
    ['not JSON at all', 'https://a.test'],
  ])('ignores a stored file with %s, and logs no content', async (_what, content) => {
    const { path, log, origin } = setUp();
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    await origin.load();
    expect(origin.current()).toBeNull();
    expect(log.lines.join('\n')).toContain('ignored the stored origin');
    expect(log.lines.join('\n')).not.toMatch(/evil|a\.test/);
  });
});

describe('enforcing the sync origin', () => {
  const SERVER = 'https://jianhu.prov.test:8443';

  function harden() {
    const { origin, log } = setUp();
    const fake = createFakeSession();
    hardenSession(fake.session, {
      trust: createTrust(undefined),
      policy: contentSecurityPolicy,
      syncOrigin: origin.current,
      log,
    });
    const fetchCancelled = (url: string) => fake.isCancelled({ url, resourceType: 'xhr' });
    const pagePolicy = () =>
      fake.headersOf({ url: 'app://jianhu/index.html' })?.responseHeaders?.[
        'Content-Security-Policy'
      ]?.[0];
    return { origin, log, fake, fetchCancelled, pagePolicy };
  }

  it('before enrolment: no fetch leaves the app, and the page CSP allows only itself', () => {
    const { fetchCancelled, pagePolicy } = harden();
    expect(fetchCancelled(`${SERVER}/api/v1/health`)).toBe(true);
    expect(fetchCancelled('http://127.0.0.1:8787/api/v1/health')).toBe(true);
    expect(pagePolicy()).toContain("connect-src 'self';");
    expect(pagePolicy()).not.toMatch(/https?:(?!\/\/)/);
  });

  it('lets fetch reach the allowed origin and nothing that only looks like it', async () => {
    const { origin, fake, fetchCancelled } = harden();
    await origin.set(SERVER);
    expect(fetchCancelled(`${SERVER}/api/v1/sync/pull?cursor=0`)).toBe(false);
    for (const other of [
      'https://jianhu.prov.test/api/v1/health',
      'http://jianhu.prov.test:8443/api/v1/health',
      'https://evil.jianhu.prov.test:8443/',
      'https://jianhu.prov.test.evil.example:8443/',
      'https://user@jianhu.prov.test:8443/api/v1/health',
      'https://sync.other-province.example/api/v1/health',
    ]) {
      expect(fetchCancelled(other), other).toBe(true);
    }
    expect(fake.isCancelled({ url: `${SERVER}/x.js`, resourceType: 'script' })).toBe(true);
    expect(fake.isCancelled({ url: `${SERVER}/`, resourceType: 'mainFrame' })).toBe(true);
  });

  it('takes a new origin into account at once, for requests and the next page', async () => {
    const { origin, fetchCancelled, pagePolicy } = harden();
    await origin.set(SERVER);
    expect(pagePolicy()).toBe(contentSecurityPolicy(SERVER));
    await origin.set('https://jianhu2.prov.test');
    expect(fetchCancelled(`${SERVER}/api/v1/health`)).toBe(true);
    expect(fetchCancelled('https://jianhu2.prov.test/api/v1/health')).toBe(false);
    expect(pagePolicy()).toContain("connect-src 'self' https://jianhu2.prov.test;");
    await origin.set(null);
    expect(fetchCancelled('https://jianhu2.prov.test/api/v1/health')).toBe(true);
  });

  it('serves app:// pages with the CSP of the origin allowed now', async () => {
    const { origin } = setUp();
    const handle = createAppProtocolHandler({
      rootDir: directory,
      policy: () => contentSecurityPolicy(origin.current()),
      readFile: () => Promise.resolve(new Uint8Array([60])),
      log: createMemoryLogger(),
    });
    const policyNow = async () =>
      (await handle({ url: 'app://jianhu/index.html', method: 'GET' })).headers.get(
        'content-security-policy',
      );
    await expect(policyNow()).resolves.toBe(contentSecurityPolicy(null));
    await origin.set(SERVER);
    await expect(policyNow()).resolves.toBe(contentSecurityPolicy(SERVER));
  });
});

describe('the policies', () => {
  it('name the origin in connect-src and keep every other directive', () => {
    const withOrigin = contentSecurityPolicy('https://jianhu.prov.test');
    expect(withOrigin).toContain("connect-src 'self' https://jianhu.prov.test;");
    expect(withOrigin.replace(/connect-src[^;]*/, '')).toBe(
      CONTENT_SECURITY_POLICY.replace(/connect-src[^;]*/, ''),
    );
    expect(devContentSecurityPolicy(null)).toContain("connect-src 'self' ws:;");
    expect(devContentSecurityPolicy('http://127.0.0.1:8787')).toContain(
      "connect-src 'self' ws: http://127.0.0.1:8787;",
    );
  });

  it("keep the web build's meta policy open to any server, as the web build needs", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' http: https:");
  });
});
