/**
 * A web page whose origin is not on the server's CORS allow-list sees the same TypeError as a
 * page whose server is down: the browser hides the difference from a normal request. A
 * `no-cors` request is not subject to CORS: it resolves with an opaque response when anything
 * answered and rejects only when nothing did. So after a "server unreachable", one such probe
 * tells a refused origin (the server answered) apart from a server that is really not there.
 */
import type { FetchLike } from './syncHttp';

/** True when the server answers a no-cors probe: the earlier failure was this page's origin. */
export async function serverAnswersNoCors(
  serverUrl: string,
  fetch: FetchLike,
  timeoutMs = 5000,
): Promise<boolean> {
  let probe: URL;
  try {
    probe = new URL('/health', serverUrl.trim());
  } catch {
    return false;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetch(probe.href, {
      method: 'GET',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
