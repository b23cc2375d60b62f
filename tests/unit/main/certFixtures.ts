/**
 * Test certificates made with the machine's `openssl` at test time (node:crypto reads X.509 but
 * cannot issue it): a province root CA, an intermediate, server certificates for the sync host,
 * and a second, unrelated root. EC P-256 keys keep this to a fraction of a second.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SYNC_HOST = 'jianhu.prov.test';
export const SYNC_IP = '10.1.2.3';

export type CertFixtures = {
  readonly dir: string;
  /** PEM text of each certificate. */
  readonly pem: (name: string) => string;
  readonly der: (name: string) => Uint8Array;
  readonly cleanUp: () => void;
};

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makeCertFixtures(): CertFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'jianhu-certs-'));
  const at = (name: string) => join(dir, name);
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = (name: string) =>
    run(
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      `${name}.key`,
    );
  const root = (name: string, subject: string) => {
    key(name);
    run(
      'req',
      '-x509',
      '-new',
      '-key',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '3650',
      '-subj',
      subject,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
  };
  const issue = (name: string, issuer: string, subject: string, extensions: string) => {
    key(name);
    writeFileSync(at(`${name}.ext`), extensions);
    run('req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    run(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${issuer}.pem`,
      '-CAkey',
      `${issuer}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '825',
      '-extfile',
      `${name}.ext`,
    );
  };
  const server = `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${SYNC_HOST},IP:${SYNC_IP}\n`;

  root('root', '/C=CN/O=Province Procuratorate/CN=Province Root CA');
  root('other-root', '/C=CN/O=Somebody Else/CN=Other Root CA');
  issue(
    'intermediate',
    'root',
    '/C=CN/O=Province Procuratorate/CN=Province Issuing CA',
    'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
  );
  issue('server', 'root', `/CN=${SYNC_HOST}`, server);
  issue('server-via-intermediate', 'intermediate', `/CN=${SYNC_HOST}`, server);
  issue('server-other-root', 'other-root', `/CN=${SYNC_HOST}`, server);
  issue(
    'server-other-host',
    'root',
    '/CN=elsewhere.test',
    'basicConstraints=CA:FALSE\nsubjectAltName=DNS:elsewhere.test\n',
  );
  issue('not-a-ca', 'root', '/CN=Not A CA', 'basicConstraints=CA:FALSE\n');
  run('x509', '-in', 'root.pem', '-outform', 'DER', '-out', 'root.der');

  return {
    dir,
    pem: (name) => readFileSync(at(`${name}.pem`), 'utf8'),
    der: (name) => new Uint8Array(readFileSync(at(`${name}.der`))),
    cleanUp: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
