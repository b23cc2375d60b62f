import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src-shared/security/csp';
import {
  hardenAllWebContents,
  hardenSession,
  isAllowedRequest,
  withCspHeader,
  type GuardedContents,
  type NavigationEvent,
} from '../../../src-main/security';
import { createTrust } from '../../../src-main/trustedSender';
import { createMemoryLogger } from './fakes';
import { createFakeSession } from './fakeSession';

const trust = createTrust(undefined);
const devTrust = createTrust('http://localhost:5173');

function createFakeContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (event: string, listener: (event: NavigationEvent) => void) => {
      listeners.set(event, listener);
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  /** Fires `name` like Electron would and says whether the default was prevented. */
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

/** Installs the hardening through the app's 'web-contents-created' like Electron would. */
function createHardenedContents() {
  const fake = createFakeContents();
  const log = createMemoryLogger();
  hardenAllWebContents(
    {
      on: (_event, listener) => {
        listener({}, fake.contents);
      },
    },
    trust,
    log,
  );
  return { ...fake, log };
}

describe('web contents hardening', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from the app is prevented',
    (name) => {
      const { fire } = createHardenedContents();
      expect(fire(name, 'https://evil.example/')).toBe(true);
      expect(fire(name, 'file:///home/user/dropped.html')).toBe(true);
      expect(fire(name, 'app://jianhu/index.html')).toBe(false);
    },
  );

  it('denies every window.open', () => {
    const { open, log } = createHardenedContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://jianhu/index.html')).toEqual({ action: 'deny' });
    expect(log.lines).toContain('warn security: refused window.open');
  });

  it('refuses to attach a webview', () => {
    const { fire } = createHardenedContents();
    expect(fire('will-attach-webview')).toBe(true);
  });
});

const SYNC_ORIGIN = 'https://sync.jcy.example';

describe('session hardening', () => {
  const setup = (origin: string | null = SYNC_ORIGIN) => {
    const fake = createFakeSession();
    const allowed = { origin };
    hardenSession(fake.session, {
      trust,
      policy: contentSecurityPolicy,
      syncOrigin: () => allowed.origin,
      log: createMemoryLogger(),
    });
    return { ...fake, allowed };
  };

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission request',
    (permission) => {
      expect(setup().requestPermission(permission)).toBe(false);
    },
  );

  it('answers every permission and device check with no', () => {
    const fake = setup();
    expect(fake.checkPermission()).toBe(false);
    expect(fake.checkDevice()).toBe(false);
  });

  it('turns off the spell checker, which would download dictionaries', () => {
    expect(setup().spellChecker).toHaveBeenCalledWith(false);
  });

  it('cancels remote pages and scripts but lets fetch reach the sync server', () => {
    const fake = setup();
    expect(fake.isCancelled({ url: 'https://cdn.example/x.js', resourceType: 'script' })).toBe(
      true,
    );
    expect(fake.isCancelled({ url: 'https://evil.example/', resourceType: 'mainFrame' })).toBe(
      true,
    );
    expect(fake.isCancelled({ url: 'http://img.example/a.png', resourceType: 'image' })).toBe(true);
    expect(fake.isCancelled({ url: 'file:///etc/passwd', resourceType: 'xhr' })).toBe(true);
    expect(
      fake.isCancelled({ url: 'https://sync.jcy.example/api/v1/pull', resourceType: 'xhr' }),
    ).toBe(false);
    expect(fake.isCancelled({ url: 'app://jianhu/assets/a.js', resourceType: 'script' })).toBe(
      false,
    );
  });

  it("sends the CSP header on the app's responses, replacing any other policy", () => {
    const answer = setup().headersOf({
      url: 'app://jianhu/index.html',
      responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] },
    });
    expect(answer).toEqual({
      responseHeaders: {
        'Content-Security-Policy': [contentSecurityPolicy(SYNC_ORIGIN)],
        'X-Other': ['1'],
      },
    });
  });

  it('leaves the sync server responses as they came', () => {
    const answer = setup().headersOf({
      url: 'https://sync.jcy.example/api/v1/pull',
      responseHeaders: { 'Content-Type': ['application/json'] },
    });
    expect(answer).toEqual({});
  });
});

describe('isAllowedRequest in development', () => {
  it('lets the dev server serve pages and hot reload, nothing else', () => {
    expect(
      isAllowedRequest(
        { url: 'http://localhost:5173/src/main.tsx', resourceType: 'script' },
        devTrust,
        null,
      ),
    ).toBe(true);
    expect(
      isAllowedRequest({ url: 'ws://localhost:5173/', resourceType: 'webSocket' }, devTrust, null),
    ).toBe(true);
    expect(
      isAllowedRequest({ url: 'ws://evil.example/', resourceType: 'webSocket' }, devTrust, null),
    ).toBe(false);
    expect(
      isAllowedRequest({ url: 'ws://localhost:5173/', resourceType: 'webSocket' }, trust, null),
    ).toBe(false);
  });

  it('adds the header when the server sent none', () => {
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
