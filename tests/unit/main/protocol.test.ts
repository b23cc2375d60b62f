import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/csp';
import {
  appSchemePrivileges,
  createAppProtocolHandler,
  mimeTypeOf,
  resolveAppPath,
} from '../../../src-main/protocol';
import { createMemoryLogger } from './fakes';

// A real directory: out/renderer stand-in, with a secret beside it that must stay unreachable.
let base: string;
let root: string;
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'jianhu-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>检护</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'SECRET');
  handle = createAppProtocolHandler({
    rootDir: root,
    policy: () => CONTENT_SECURITY_POLICY,
    readFile: (path) => readFile(path),
    log: createMemoryLogger(),
  });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => handle({ url, method: 'GET' });

describe('the app:// protocol', () => {
  it('is registered standard and secure, so the page gets an origin and WebCrypto', () => {
    expect(appSchemePrivileges).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
  });

  it('serves index.html for the root with its type and the CSP header', async () => {
    const response = await get('app://jianhu/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('检护');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://jianhu/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://jianhu/../../etc/passwd',
    'app://jianhu/../secret.txt',
    'app://jianhu/%2e%2e/secret.txt',
    'app://jianhu/..%2fsecret.txt',
    'app://jianhu/assets/..%2f..%2fsecret.txt',
    'app://jianhu/..%5csecret.txt',
    'app://jianhu/index.html%00.js',
    'app://jianhu/%E0%A4%A',
    'app://other/index.html',
  ])('refuses %s and never serves a file outside the root', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and 405 for a write', async () => {
    expect((await get('app://jianhu/missing.js')).status).toBe(404);
    expect((await handle({ url: 'app://jianhu/index.html', method: 'POST' })).status).toBe(405);
  });

  it('resolves only paths inside the root', () => {
    expect(resolveAppPath(root, 'app://jianhu/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://jianhu/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'https://jianhu/index.html')).toBeNull();
  });

  it('knows the types the renderer ships', () => {
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
