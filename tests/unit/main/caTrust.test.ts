/**
 * The province's CA: importing checks the file (garbage, non-CA, expired → translated codes),
 * shows subject and SHA-256 fingerprint, and persists; the verify proc accepts only the configured
 * host with a chain from that CA and leaves every other verdict to Chromium (-3).
 */
import { X509Certificate, createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaTrust, type CaFileStore } from '../../../src-main/caTrust';
import { ERR_CERT_AUTHORITY_INVALID, type PresentedCertificate } from '../../../src-main/caVerify';
import {
  SYNC_HOST,
  SYNC_IP,
  hasOpenssl,
  makeCertFixtures,
  type CertFixtures,
} from './certFixtures';
import { createMemoryLogger } from './fakes';

if (!hasOpenssl()) throw new Error('these tests make their certificates with openssl');

/** The certificates are made at test time, valid from now: dates are counted from here. */
const DAY_MS = 86_400_000;
const MADE_AT = Date.now();
const daysFromNow = (days: number) => new Date(MADE_AT + days * DAY_MS);
/** A day after they were made: well inside every certificate's validity. */
const NOW = daysFromNow(1);
const SERVER_URL = `https://${SYNC_HOST}:8443`;
let certs: CertFixtures;

beforeAll(() => {
  certs = makeCertFixtures();
});
afterAll(() => {
  certs.cleanUp();
});

function memoryStore(): CaFileStore & { text: string | null } {
  const store = {
    text: null as string | null,
    read: () => Promise.resolve(store.text),
    write: (text: string) => {
      store.text = text;
      return Promise.resolve();
    },
    remove: () => {
      store.text = null;
      return Promise.resolve();
    },
  };
  return store;
}

function setUp(now = NOW, store = memoryStore()) {
  let changes = 0;
  const log = createMemoryLogger();
  const trust = createCaTrust({
    store,
    now: () => now,
    log,
    onChange: () => {
      changes += 1;
    },
  });
  return { trust, store, log, changes: () => changes };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The chain as Electron hands it to the verify proc: leaf first, each with its issuer. */
function chain(...names: string[]): PresentedCertificate {
  const [first, ...rest] = names;
  if (first === undefined) throw new Error('empty chain');
  return { data: certs.pem(first), issuerCert: rest.length > 0 ? chain(...rest) : null };
}

function verdict(
  trust: ReturnType<typeof setUp>['trust'],
  certificate: PresentedCertificate,
  hostname = SYNC_HOST,
  errorCode = ERR_CERT_AUTHORITY_INVALID,
): number {
  let answer: number | undefined;
  trust.verify({ hostname, certificate, errorCode }, (value) => {
    answer = value;
  });
  if (answer === undefined) throw new Error('the verify proc did not answer');
  return answer;
}

describe('importing the CA certificate', () => {
  it('accepts the root as PEM or DER and describes it for a phone check', async () => {
    const { trust, changes } = setUp();
    const info = await trust.importCa(bytes(certs.pem('root')), SERVER_URL);
    const expected = createHash('sha256')
      .update(new X509Certificate(certs.pem('root')).raw)
      .digest('hex')
      .toUpperCase()
      .match(/../g)
      ?.join(':');
    expect(info).toMatchObject({
      subject: 'C=CN, O=Province Procuratorate, CN=Province Root CA',
      fingerprint256: expected,
      host: SYNC_HOST,
    });
    expect(new Date(info.validTo).getTime()).toBeGreaterThan(NOW.getTime());
    expect(trust.status()).toEqual(info);
    expect(changes()).toBe(1);

    const fromDer = await setUp().trust.importCa(certs.der('root'), SERVER_URL);
    expect(fromDer.fingerprint256).toBe(info.fingerprint256);
  });

  it.each([
    ['garbage bytes', () => new Uint8Array([1, 2, 3, 4, 5]), 'ca-unreadable'],
    [
      'a private key',
      () => bytes(certs.pem('root').replace(/CERTIFICATE/g, 'PRIVATE KEY')),
      'ca-unreadable',
    ],
    ['an empty file', () => new Uint8Array(0), 'ca-unreadable'],
    ['a server certificate', () => bytes(certs.pem('server')), 'ca-not-ca'],
    ['a non-CA certificate', () => bytes(certs.pem('not-a-ca')), 'ca-not-ca'],
  ])('refuses %s with %s and trusts nothing', async (_, file, code) => {
    const { trust, store } = setUp();
    await expect(trust.importCa(file(), SERVER_URL)).rejects.toMatchObject({ code });
    expect(trust.status()).toBeNull();
    expect(store.text).toBeNull();
  });

  it('refuses an expired CA and one not yet valid', async () => {
    const future = setUp(daysFromNow(4000)).trust;
    await expect(future.importCa(bytes(certs.pem('root')), SERVER_URL)).rejects.toMatchObject({
      code: 'ca-expired',
    });
    const past = setUp(daysFromNow(-1)).trust;
    await expect(past.importCa(bytes(certs.pem('root')), SERVER_URL)).rejects.toMatchObject({
      code: 'ca-expired',
    });
  });

  it('is kept across restarts and removed on request', async () => {
    const first = setUp();
    const info = await first.trust.importCa(bytes(certs.pem('root')), SERVER_URL);
    const second = setUp(NOW, first.store);
    expect(second.trust.status()).toBeNull();
    await second.trust.load();
    expect(second.trust.status()).toEqual(info);
    expect(verdict(second.trust, chain('server'))).toBe(0);

    await second.trust.remove();
    expect(second.trust.status()).toBeNull();
    expect(first.store.text).toBeNull();
    expect(verdict(second.trust, chain('server'))).toBe(-3);
  });

  it('ignores a damaged stored file instead of failing to start', async () => {
    const store = memoryStore();
    store.text = '{"version":1,"pem":"not a cert","host":"x"}';
    const { trust, log } = setUp(NOW, store);
    await trust.load();
    expect(trust.status()).toBeNull();
    expect(log.lines.join('\n')).toContain('ignored the stored CA certificate');
  });
});

describe('the certificate verify proc', () => {
  async function trusting() {
    const setup = setUp();
    await setup.trust.importCa(bytes(certs.pem('root')), SERVER_URL);
    return setup.trust;
  }

  it('accepts the configured host with a chain from the trusted CA', async () => {
    const trust = await trusting();
    expect(verdict(trust, chain('server'))).toBe(0);
    expect(verdict(trust, chain('server', 'root'))).toBe(0);
    expect(verdict(trust, chain('server-via-intermediate', 'intermediate'))).toBe(0);
    expect(verdict(trust, chain('server-via-intermediate', 'intermediate', 'root'))).toBe(0);
  });

  it('accepts the configured server by IP address when the certificate names it', async () => {
    const { trust } = setUp();
    await trust.importCa(bytes(certs.pem('root')), `https://${SYNC_IP}:8443`);
    expect(verdict(trust, chain('server'), SYNC_IP)).toBe(0);
  });

  it.each([
    ['another host, even with a chain from the CA', 'server', 'www.example.com'],
    ['a certificate for another name on the configured host', 'server-other-host', SYNC_HOST],
    ['a chain from another root', 'server-other-root', SYNC_HOST],
  ])('returns -3 for %s', async (_, leaf, hostname) => {
    const trust = await trusting();
    expect(verdict(trust, chain(leaf), hostname)).toBe(-3);
  });

  it('returns -3 when the intermediate is missing or the chain is forged', async () => {
    const trust = await trusting();
    expect(verdict(trust, chain('server-via-intermediate'))).toBe(-3);
    // A leaf claiming the intermediate but followed by a certificate that did not sign it.
    expect(verdict(trust, chain('server-other-root', 'intermediate', 'root'))).toBe(-3);
  });

  it('leaves every other Chromium verdict alone (revoked, invalid, already trusted)', async () => {
    const trust = await trusting();
    for (const errorCode of [0, -200, -201, -207, -208]) {
      expect(verdict(trust, chain('server'), SYNC_HOST, errorCode)).toBe(-3);
    }
  });

  it('returns -3 with nothing imported, for garbage, and once the server certificate expired (825 days)', async () => {
    expect(verdict(setUp().trust, chain('server'))).toBe(-3);
    const trust = await trusting();
    expect(verdict(trust, { data: 'not a certificate' })).toBe(-3);
    const later = setUp(daysFromNow(1000));
    await later.trust.importCa(bytes(certs.pem('root')), SERVER_URL);
    expect(verdict(later.trust, chain('server'))).toBe(-3);
  });
});
