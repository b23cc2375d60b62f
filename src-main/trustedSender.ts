/**
 * Which pages may call IPC and navigate: the app's own origin (`app://jianhu`) and, in
 * development only, the electron-vite dev server on the loopback interface.
 */
import { APP_HOST, APP_SCHEME } from './protocolOrigin';

/** The part of Electron's WebFrameMain the check needs. */
export type SenderFrame = { readonly url: string; readonly parent: SenderFrame | null };

export type Trust = {
  /** Is `url` a page of the app itself? */
  readonly isTrustedUrl: (url: string) => boolean;
  /** Is the frame the app's own top-level page? Sub-frames are never trusted, whatever their URL. */
  readonly isTrustedFrame: (frame: SenderFrame | null | undefined) => boolean;
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server's origin, or null. Only an http URL on loopback counts: a stray
 * ELECTRON_RENDERER_URL must not make a remote site trusted.
 */
function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (devServerUrl === undefined || devServerUrl === '') return null;
  const parsed = parseUrl(devServerUrl);
  if (parsed?.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return parsed.origin;
}

/** Pass `process.env.ELECTRON_RENDERER_URL` only when the app is not packaged. */
export function createTrust(devServerUrl: string | undefined): Trust {
  const devOrigin = devServerOrigin(devServerUrl);
  const isTrustedUrl = (url: string): boolean => {
    const parsed = parseUrl(url);
    if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
    // Node gives non-special schemes the origin "null", so compare scheme and host instead.
    if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
    return devOrigin !== null && parsed.origin === devOrigin;
  };
  return {
    isTrustedUrl,
    isTrustedFrame: (frame) => !!frame && frame.parent === null && isTrustedUrl(frame.url),
  };
}
