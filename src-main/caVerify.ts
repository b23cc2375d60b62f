/**
 * The server-certificate check behind `session.setCertificateVerifyProc`. It changes one verdict
 * only: Chromium's "unknown authority" for the configured sync host, when the chain presented
 * leads to the CA the user imported and the leaf names that host and is in date. Every other
 * connection, and every other complaint (revoked, invalid, …), keeps Chromium's own verdict.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { isValidAt } from './caCertificate';

/** Answers a verify proc may give (Electron's session docs). */
export const VerifyVerdict = {
  /** Accept the certificate. */
  accept: 0,
  /** Keep Chromium's own verdict. */
  chromium: -3,
} as const;
export type VerifyVerdict = (typeof VerifyVerdict)[keyof typeof VerifyVerdict];

/** net::ERR_CERT_AUTHORITY_INVALID: the chain does not end in a root the OS trusts. */
export const ERR_CERT_AUTHORITY_INVALID = -202;
/** Intermediates between the server and the province's CA; real chains have one or two. */
const MAX_CHAIN_DEPTH = 4;

/** The part of Electron's Certificate read here (`data` is PEM). */
export type PresentedCertificate = {
  readonly data: string;
  readonly issuerCert?: PresentedCertificate | null;
};

/** The part of Electron's certificate verify request read here. */
export type VerifyRequest = {
  readonly hostname: string;
  readonly certificate: PresentedCertificate;
  readonly errorCode: number;
};

export type TrustedCa = { readonly cert: X509Certificate; readonly host: string };

function namesHost(leaf: X509Certificate, hostname: string): boolean {
  // Chromium ignores the subject's CN; so does this check.
  return isIP(hostname) === 0
    ? leaf.checkHost(hostname, { subject: 'never' }) !== undefined
    : leaf.checkIP(hostname) !== undefined;
}

function isIssuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

/** Walks leaf → intermediates as presented until a certificate the trusted CA signed. */
function chainsToCa(presented: PresentedCertificate, ca: X509Certificate, now: Date): boolean {
  let node = presented;
  for (let depth = 0; depth <= MAX_CHAIN_DEPTH; depth += 1) {
    const cert = new X509Certificate(node.data);
    if (!isValidAt(cert, now)) return false;
    if (cert.fingerprint256 === ca.fingerprint256 || isIssuedBy(cert, ca)) return true;
    const next: PresentedCertificate | null | undefined = node.issuerCert;
    if (!next || next.data === node.data) return false;
    const issuer = new X509Certificate(next.data);
    if (!issuer.ca || !isIssuedBy(cert, issuer)) return false;
    node = next;
  }
  return false;
}

export function verifyServerCertificate(
  request: VerifyRequest,
  trusted: TrustedCa | null,
  now: Date,
): VerifyVerdict {
  if (!trusted || request.errorCode !== ERR_CERT_AUTHORITY_INVALID) return VerifyVerdict.chromium;
  if (request.hostname.toLowerCase() !== trusted.host) return VerifyVerdict.chromium;
  try {
    if (!isValidAt(trusted.cert, now)) return VerifyVerdict.chromium;
    const leaf = new X509Certificate(request.certificate.data);
    if (!namesHost(leaf, request.hostname)) return VerifyVerdict.chromium;
    return chainsToCa(request.certificate, trusted.cert, now)
      ? VerifyVerdict.accept
      : VerifyVerdict.chromium;
  } catch {
    // An unparsable certificate is not ours to accept.
    return VerifyVerdict.chromium;
  }
}
