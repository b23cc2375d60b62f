/**
 * The Content-Security-Policy of the app, in one place for every runtime that states it: the
 * build writes it into index.html as a meta tag, the main process sends it as a response header
 * from the `app://` protocol and on every web response.
 */

/**
 * The policy of the built app.
 * connect-src allows http(s) because the provincial server's address is configured per device;
 * everything else stays on the app's own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy under the electron-vite dev server: its React-refresh preamble is an inline script
 * and hot reload talks over a WebSocket, which the built policy would block. Still no remote
 * scripts and no plugins.
 */
export const DEV_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' ws: http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
