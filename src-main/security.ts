/**
 * Global hardening beyond the window's webPreferences (DESIGN.md §5, Electron's security
 * checklist): every webContents may only show the app, opens no windows and attaches no
 * webviews; the session grants no permission, loads no remote page, script, style or image,
 * lets fetch reach only the enrolled sync server's origin, and sends the CSP header on the app's
 * responses. Types are the parts of Electron's objects used here, so tests drive the listeners
 * with plain fakes.
 */
import type { Trust } from './trustedSender';
import type { Logger } from './log';

type PreventableEvent = { preventDefault(): void };
export type NavigationEvent = PreventableEvent & { readonly url: string };

/** The part of Electron's WebContents hardened here. */
export type GuardedContents = {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
};

/** The part of Electron's App that announces new webContents. */
export type ContentsSource = {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardedContents) => void,
  ): unknown;
};

export type RequestDetails = { readonly url: string; readonly resourceType: string };
export type HeadersDetails = {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
};
/** No `responseHeaders` leaves the response as it came. */
export type HeadersResponse = { responseHeaders?: Record<string, string[]> };

/** The part of Electron's Session hardened here. */
export type GuardedSession = {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (
        details: RequestDetails,
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
    onHeadersReceived(
      listener: (details: HeadersDetails, callback: (response: HeadersResponse) => void) => void,
    ): void;
  };
};

/** Schemes a page may load from without a network: the app itself, inline data, devtools. */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

/**
 * May this request go ahead? Pages, scripts, styles, images and frames only from the app (or the
 * dev server); over the network only fetch/XHR, and only to the enrolled sync server's origin
 * (`syncOrigin`, null before enrolment). The CSP says the same, but only from the next page load:
 * this check takes a new origin into account at once.
 */
export function isAllowedRequest(
  details: RequestDetails,
  trust: Trust,
  syncOrigin: string | null,
): boolean {
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol) || trust.isTrustedUrl(details.url)) return true;
  if (url.protocol === 'ws:' && trust.isTrustedUrl(`http://${url.host}/`)) return true;
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    details.resourceType === 'xhr' &&
    url.username === '' &&
    url.password === '' &&
    url.origin === syncOrigin
  );
}

/** The response headers with the app's CSP replacing any the server sent. */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

/** Navigation, new windows and webviews: refused for every webContents, present and future. */
export function hardenWebContents(contents: GuardedContents, trust: Trust, log: Logger): void {
  const guardNavigation = (event: NavigationEvent) => {
    if (trust.isTrustedUrl(event.url)) return;
    event.preventDefault();
    log.warn('security: refused navigation away from the app');
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security: refused a webview');
  });
  // Links to the outside are not opened either: the workstation may be offline or air-gapped,
  // and a case file must not leak into a browser's history.
  contents.setWindowOpenHandler(() => {
    log.warn('security: refused window.open');
    return { action: 'deny' };
  });
}

export function hardenAllWebContents(app: ContentsSource, trust: Trust, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, trust, log);
  });
}

export type SessionHardening = {
  readonly trust: Trust;
  /** The production or dev CSP for the sync origin allowed now. */
  readonly policy: (syncOrigin: string | null) => string;
  /** The enrolled sync server's origin, read on every request and response. */
  readonly syncOrigin: () => string | null;
  readonly log: Logger;
};

/** Permissions, remote content, the one network origin, the CSP header. */
export function hardenSession(session: GuardedSession, options: SessionHardening): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    options.log.warn(`security: refused permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Chromium's spell checker downloads dictionaries from Google: remote content, and unneeded.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const isAllowed = isAllowedRequest(details, options.trust, options.syncOrigin());
    if (!isAllowed) options.log.warn(`security: blocked a ${details.resourceType} request`);
    callback({ cancel: !isAllowed });
  });
  // The policy goes on the app's own responses (in development the dev server's); other
  // responses are sync API answers, where a page policy means nothing, or DevTools' own pages.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback(
      options.trust.isTrustedUrl(details.url)
        ? {
            responseHeaders: withCspHeader(
              details.responseHeaders,
              options.policy(options.syncOrigin()),
            ),
          }
        : {},
    );
  });
}
