/**
 * Which provincial-server addresses a device may sync with. Every request carries the device's
 * bearer token and most carry case data, so the address must be https — except on loopback, where
 * nothing leaves the machine (the dev server, tests, a local proxy that speaks TLS onwards).
 * One check for the enrol form, the HTTP layer and the Electron main process.
 */
import { z } from 'zod';

/**
 * The WHATWG URL parser, the parts used here. Every runtime has it (Node, Chromium, Electron), but
 * src-shared compiles without DOM or Node types, so it is declared here instead of pulled in.
 */
type ParsedUrl = {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly origin: string;
};
declare const URL: new (input: string) => ParsedUrl;

/** Why an address is refused; each has its own sentence in the enrol form. */
export const ServerUrlProblem = {
  /** Not an absolute address at all (a typo, or the scheme left out). */
  invalidUrl: 'invalid-url',
  /** A scheme other than https: or http: (ftp:, file:, ws:, javascript:…). */
  unsupportedScheme: 'unsupported-scheme',
  /** Plain http: to another machine: the token and case data would cross the network in clear. */
  insecureScheme: 'insecure-scheme',
  /** `user:password@` in the address: a secret that would be stored, shown and logged in clear. */
  credentialsInUrl: 'credentials-in-url',
  /** A `?query`: the API paths are appended to the address and would land inside the query. */
  queryInUrl: 'query-in-url',
  /** A `#fragment`: the same, and a fragment never reaches a server anyway. */
  fragmentInUrl: 'fragment-in-url',
} as const;
export type ServerUrlProblem = (typeof ServerUrlProblem)[keyof typeof ServerUrlProblem];

export type ServerUrlCheck =
  | {
      readonly ok: true;
      /** `scheme://host[:port]`, what the desktop app lets the renderer connect to. */
      readonly origin: string;
    }
  | { readonly ok: false; readonly problem: ServerUrlProblem };

/** Longer than any real server address; keeps absurd input out of storage and IPC. */
export const MAX_SERVER_URL_LENGTH = 2048;

/**
 * Is `hostname` (as the WHATWG URL parser normalises it) this machine? 127.0.0.0/8, `[::1]` and
 * `localhost` only: the parser has already turned `127.1` or `0x7f000001` into dotted form.
 * Other names are not resolved here, so a name that happens to point at 127.0.0.1 does not count.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = hostname.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

function parse(text: string): ParsedUrl | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The verdict on a server address as a person typed it (surrounding spaces are ignored). */
export function checkServerUrl(serverUrl: string): ServerUrlCheck {
  const text = serverUrl.trim();
  const url = text.length > MAX_SERVER_URL_LENGTH ? null : parse(text);
  if (url === null) return { ok: false, problem: 'invalid-url' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'unsupported-scheme' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'credentials-in-url' };
  }
  // `text`, not `url.search`: the parser drops a bare `?` or `#`, which would still break paths.
  if (text.includes('?')) return { ok: false, problem: 'query-in-url' };
  if (text.includes('#')) return { ok: false, problem: 'fragment-in-url' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, problem: 'insecure-scheme' };
  }
  return { ok: true, origin: url.origin };
}

/** A server address that passes `checkServerUrl`, for IPC and other schema boundaries. */
export const acceptableServerUrlSchema = z
  .string()
  .max(MAX_SERVER_URL_LENGTH)
  .refine((value) => checkServerUrl(value).ok, 'not an acceptable sync server address');
