/**
 * The Content-Security-Policy of the app, in one place for every runtime that states it: the
 * build writes it into index.html as a meta tag, the main process sends it as a response header
 * from the `app://` protocol and on every web response.
 */

/** Every directive but connect-src, which is where the web build and the desktop app differ. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
] as const;

const CLOSING_DIRECTIVES = ["object-src 'none'", "base-uri 'none'", "form-action 'none'"] as const;

/**
 * The policy of the built app as its index.html states it (the meta tag).
 * connect-src allows http(s) because the web build reaches whatever server the device enrolled
 * with; the desktop app narrows it to that one origin with the header below (a page obeys both).
 */
export const CONTENT_SECURITY_POLICY = [
  ...BASE_DIRECTIVES,
  "connect-src 'self' http: https:",
  ...CLOSING_DIRECTIVES,
].join('; ');

/**
 * The header the desktop app sends with its pages: connect-src names only the enrolled sync
 * server's origin (`scheme://host[:port]`, already checked by `checkServerUrl`), or nothing but
 * the app itself before enrolment.
 */
export function contentSecurityPolicy(syncOrigin: string | null): string {
  return [
    ...BASE_DIRECTIVES,
    syncOrigin === null ? "connect-src 'self'" : `connect-src 'self' ${syncOrigin}`,
    ...CLOSING_DIRECTIVES,
  ].join('; ');
}

/**
 * The policy under the electron-vite dev server: its React-refresh preamble is an inline script
 * and hot reload talks over a WebSocket, which the built policy would block. Still no remote
 * scripts and no plugins, and fetch reaches only the enrolled server, as in the built app.
 */
export function devContentSecurityPolicy(syncOrigin: string | null): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    ...BASE_DIRECTIVES.slice(2),
    syncOrigin === null ? "connect-src 'self' ws:" : `connect-src 'self' ws: ${syncOrigin}`,
    ...CLOSING_DIRECTIVES,
  ].join('; ');
}
