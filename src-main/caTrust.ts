/**
 * The province's CA, trusted explicitly (DESIGN.md §5): imported by the user from a file, kept
 * under userData, and trusted only for the sync server's host — never added to the OS store,
 * never for any other site. `verify` is what `session.setCertificateVerifyProc` calls.
 */
import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import type { CaInfo } from '../src-shared/ipc';
import { describeCa, readCaCertificate } from './caCertificate';
import { verifyServerCertificate, type TrustedCa, type VerifyRequest } from './caVerify';
import { describeError, type Logger } from './log';
import type { UserDataFile } from './userDataFile';

/** The file under userData holding the CA and its host. */
export type CaFileStore = UserDataFile;

export type CaTrustDeps = {
  readonly store: CaFileStore;
  readonly now: () => Date;
  readonly log: Logger;
  /** After the trusted CA changed: reinstall the verify proc (its verdicts are cached) and drop connections. */
  readonly onChange: () => void;
};

export type CaTrust = {
  /** Reads the stored CA; an unreadable file is logged and ignored (nothing trusted). */
  readonly load: () => Promise<void>;
  readonly status: () => CaInfo | null;
  /** Checks `bytes` (PEM or DER) and trusts them for `serverUrl`'s host; throws a `ca-*` code. */
  readonly importCa: (bytes: Uint8Array, serverUrl: string) => Promise<CaInfo>;
  readonly remove: () => Promise<void>;
  readonly verify: (request: VerifyRequest, callback: (verdict: number) => void) => void;
};

const storedCaSchema = z.strictObject({
  version: z.literal(1),
  /** The certificate as PEM. */
  pem: z.string().min(1),
  host: z.string().min(1),
});

/** The host the CA is trusted for, as Chromium names it in the verify request. */
export function hostOf(serverUrl: string): string {
  return new URL(serverUrl).hostname.toLowerCase();
}

export function createCaTrust(deps: CaTrustDeps): CaTrust {
  let trusted: TrustedCa | null = null;

  const set = (next: TrustedCa | null) => {
    trusted = next;
    deps.onChange();
  };

  return {
    load: async () => {
      try {
        const text = await deps.store.read();
        if (text === null) return;
        const stored = storedCaSchema.parse(JSON.parse(text));
        set({ cert: new X509Certificate(stored.pem), host: stored.host });
      } catch (error) {
        deps.log.warn(`ca: ignored the stored CA certificate: ${describeError(error)}`);
      }
    },
    status: () => (trusted ? describeCa(trusted.cert, trusted.host) : null),
    importCa: async (bytes, serverUrl) => {
      const cert = readCaCertificate(bytes, deps.now());
      const host = hostOf(serverUrl);
      await deps.store.write(JSON.stringify({ version: 1, pem: cert.toString(), host }));
      set({ cert, host });
      deps.log.info(`ca: trusting ${cert.fingerprint256} for the sync server`);
      return describeCa(cert, host);
    },
    remove: async () => {
      await deps.store.remove();
      set(null);
      deps.log.info('ca: removed the trusted CA certificate');
    },
    verify: (request, callback) => {
      callback(verifyServerCertificate(request, trusted, deps.now()));
    },
  };
}
