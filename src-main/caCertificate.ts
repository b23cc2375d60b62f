/**
 * Reading the province's CA certificate from a file the user picked: PEM or DER, X.509, a CA
 * (basicConstraints CA:TRUE) and valid now. What the user compares by phone with the provincial
 * administrator is the subject and the SHA-256 fingerprint.
 */
import { X509Certificate } from 'node:crypto';
import { IpcErrorCode, type CaInfo } from '../src-shared/ipc';
import { IpcHandlerError } from './ipc';

/** A CA certificate file is a few kilobytes; anything much larger is not one. */
export const MAX_CA_FILE_BYTES = 64 * 1024;

/** One line instead of Node's one-attribute-per-line form: `C=CN, O=…, CN=…`. */
export function formatName(name: string): string {
  return name
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}

/** Node 20 gives dates as OpenSSL text ("Jan  1 00:00:00 2030 GMT"); Date parses that form. */
export function validityOf(cert: X509Certificate): { from: Date; to: Date } {
  return { from: new Date(cert.validFrom), to: new Date(cert.validTo) };
}

export function isValidAt(cert: X509Certificate, now: Date): boolean {
  const { from, to } = validityOf(cert);
  return from.getTime() <= now.getTime() && now.getTime() <= to.getTime();
}

function parse(bytes: Uint8Array): X509Certificate {
  try {
    return new X509Certificate(Buffer.from(bytes));
  } catch {
    throw new IpcHandlerError(IpcErrorCode.caUnreadable, 'not an X.509 certificate');
  }
}

/** The certificate in `bytes`, checked to be a CA valid at `now`; throws a translated code. */
export function readCaCertificate(bytes: Uint8Array, now: Date): X509Certificate {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_CA_FILE_BYTES) {
    throw new IpcHandlerError(IpcErrorCode.caUnreadable, 'not a certificate file');
  }
  const cert = parse(bytes);
  if (!cert.ca) throw new IpcHandlerError(IpcErrorCode.caNotCa, 'not a CA certificate');
  if (!isValidAt(cert, now)) {
    throw new IpcHandlerError(IpcErrorCode.caExpired, 'expired or not yet valid');
  }
  return cert;
}

export function describeCa(cert: X509Certificate, host: string): CaInfo {
  const { from, to } = validityOf(cert);
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    fingerprint256: cert.fingerprint256,
    validFrom: from.toISOString(),
    validTo: to.toISOString(),
    host,
  };
}
