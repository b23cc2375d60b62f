/**
 * The HTTPS rule for the provincial server's address, one row per case: https anywhere, plain
 * http only to this machine, and a specific problem for everything else.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptableServerUrlSchema,
  checkServerUrl,
  isLoopbackHost,
  type ServerUrlProblem,
} from '../../../src-shared/sync/serverUrl';

type Verdict = `${'http' | 'https'}://${string}` | ServerUrlProblem;

/** [address as typed, the origin it allows or the problem it has] */
const table: readonly (readonly [string, Verdict])[] = [
  // https: anywhere, with a port, a path (a reverse proxy's prefix), spaces around it.
  ['https://jianhu.jcy.example', 'https://jianhu.jcy.example'],
  ['https://jianhu.jcy.example:8443/', 'https://jianhu.jcy.example:8443'],
  ['https://jianhu.jcy.example:443/api/v1', 'https://jianhu.jcy.example'],
  ['https://10.12.0.8:8443/jianhu', 'https://10.12.0.8:8443'],
  ['  https://JIANHU.jcy.example  ', 'https://jianhu.jcy.example'],
  ['https://[fd00::8]:8443', 'https://[fd00::8]:8443'],
  // http: on loopback only — the dev server, tests, a local TLS proxy.
  ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ['http://127.8.9.10:8787/', 'http://127.8.9.10:8787'],
  ['http://127.1:8787', 'http://127.0.0.1:8787'],
  ['http://0x7f000001:8787', 'http://127.0.0.1:8787'],
  ['http://localhost:8787', 'http://localhost:8787'],
  ['http://LocalHost', 'http://localhost'],
  ['http://[::1]:8787', 'http://[::1]:8787'],
  // http: to any other machine: the token and case data would travel in clear.
  ['http://jianhu.jcy.example', 'insecure-scheme'],
  ['http://10.12.0.8:8787', 'insecure-scheme'],
  ['http://128.0.0.1', 'insecure-scheme'],
  ['http://0.0.0.0:8787', 'insecure-scheme'],
  ['http://localhost.evil.example', 'insecure-scheme'],
  ['http://127.0.0.1.evil.example', 'insecure-scheme'],
  ['http://foo.localhost', 'insecure-scheme'],
  ['http://[::ffff:7f00:1]', 'insecure-scheme'],
  ['http://[fd00::8]', 'insecure-scheme'],
  // Not an address, or not a web one.
  ['', 'invalid-url'],
  ['jianhu', 'invalid-url'],
  ['127.0.0.1:8787', 'invalid-url'],
  ['https://', 'invalid-url'],
  ['https://exa mple.test', 'invalid-url'],
  [`https://${'a'.repeat(2100)}.test`, 'invalid-url'],
  ['jianhu.jcy.example:8443', 'unsupported-scheme'],
  ['ftp://jianhu.jcy.example', 'unsupported-scheme'],
  ['file:///etc/passwd', 'unsupported-scheme'],
  ['ws://127.0.0.1:8787', 'unsupported-scheme'],
  ['javascript:alert(1)', 'unsupported-scheme'],
  // Extras that do not belong in a server address.
  ['https://admin:secret@jianhu.jcy.example', 'credentials-in-url'],
  ['https://admin@jianhu.jcy.example', 'credentials-in-url'],
  ['http://user:pw@127.0.0.1:8787', 'credentials-in-url'],
  ['https://jianhu.jcy.example/?next=evil', 'query-in-url'],
  ['https://jianhu.jcy.example/?', 'query-in-url'],
  ['https://jianhu.jcy.example/#top', 'fragment-in-url'],
  ['https://jianhu.jcy.example#', 'fragment-in-url'],
];

describe('checkServerUrl', () => {
  it.each(table)('%j → %s', (address, expected) => {
    const check = checkServerUrl(address);
    expect(check.ok ? check.origin : check.problem).toBe(expected);
    // The IPC schema agrees with the check, so main refuses exactly what the form refuses.
    expect(acceptableServerUrlSchema.safeParse(address).success).toBe(check.ok);
  });

  it('accepts exactly its own answers: an allowed origin passes the check again unchanged', () => {
    for (const [address] of table) {
      const check = checkServerUrl(address);
      if (check.ok) expect(checkServerUrl(check.origin)).toEqual(check);
    }
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.255', true],
    ['localhost', true],
    ['[::1]', true],
    ['127.0.0.256', false],
    ['127.0.0', false],
    ['126.0.0.1', false],
    ['localhost.', false],
    ['::1', false],
  ] as const)('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
