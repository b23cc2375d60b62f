// @vitest-environment jsdom
/**
 * The renderer's side of "connect only to the enrolled server": enrolment tells main the new
 * server before the first request and takes it back when enrolment fails; removing the device's
 * data leaves no server allowed; each start tells main what the database says. An address the
 * HTTPS rule refuses reaches neither main nor the network, and the form says what to change.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult, SyncServer } from '../../../src-shared/ipc';
import { getDb, setDb } from '../../../src-renderer/src/db/database';
import {
  allowEnrolledServer,
  enrolThisDevice,
  removeLocalData,
} from '../../../src-renderer/src/features/sync/commands';
import { EnrolForm } from '../../../src-renderer/src/features/sync/EnrolForm';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { SyncMetaKey, createSyncEngine } from '../../../src-renderer/src/sync';
import { createFakeBridge } from '../platform/fakeBridge';
import { setUpDevice } from '../db/fixtures';
import { createFakeServer, type FakeServer } from './fakeServer';
import { stubMatchMedia } from '../../helpers/jsdomMantine';

/** What main and the network saw, in order. */
const events: string[] = [];
let server: FakeServer;

const setServer = vi.fn(
  ({ serverUrl }: { serverUrl: string | null }): Promise<IpcResult<SyncServer>> => {
    events.push(`allow ${String(serverUrl)}`);
    return Promise.resolve({
      ok: true,
      value: { origin: serverUrl === null ? null : new URL(serverUrl).origin },
    });
  },
);

beforeAll(() => {
  // The desktop app's bridge, so the platform is Electron's and calls main.
  Object.defineProperty(window, 'jianhu', {
    value: createFakeBridge({ sync: { setServer } }),
    configurable: true,
  });
  stubMatchMedia();
  initI18n('en');
});

beforeEach(async () => {
  events.length = 0;
  setServer.mockClear();
  server = createFakeServer();
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    events.push(`fetch ${new URL(url).origin}`);
    return server.fetch(url, init);
  });
  setDb((await setUpDevice()).db);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LOCAL = 'http://127.0.0.1:8787';
const enrol = (serverUrl: string) =>
  enrolThisDevice({ serverUrl, code: 'ABCD-EFGH', deviceName: '' });

describe('enrolment and the allowed server', () => {
  it('allows the server first, then enrols with it', async () => {
    await expect(enrol(` ${LOCAL} `)).resolves.toMatchObject({ ok: true });
    expect(events).toEqual([`allow ${LOCAL}`, `fetch ${LOCAL}`]);
  });

  it('goes back to the enrolled server when enrolling with another fails', async () => {
    await enrol(LOCAL);
    events.length = 0;
    server.always = { status: 400, body: { code: 'enrollment-code-used', message: 'used' } };
    await expect(enrol('http://localhost:9999')).resolves.toEqual({
      ok: false,
      code: 'enrollment-code-used',
      problem: null,
    });
    expect(events).toEqual([
      'allow http://localhost:9999',
      'fetch http://localhost:9999',
      `allow ${LOCAL}`,
    ]);
  });

  it('allows no server again when a first enrolment fails', async () => {
    server.always = 'network-error';
    await expect(enrol(LOCAL)).resolves.toMatchObject({ ok: false, code: 'server-unreachable' });
    // The second fetch is the no-cors probe: nothing answered it either.
    expect(events).toEqual([`allow ${LOCAL}`, `fetch ${LOCAL}`, 'allow null', `fetch ${LOCAL}`]);
  });

  it('issue 15 item 2: tells a refused origin apart from a server that is not there', async () => {
    const modes: (RequestMode | undefined)[] = [];
    // What a browser does for a page whose origin the server's allow-list leaves out: the CORS
    // request fails like a network error, a no-cors request gets an opaque answer.
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      modes.push(init.mode);
      return init.mode === 'no-cors'
        ? Promise.resolve(new Response(null, { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch'));
    });
    await expect(enrol(LOCAL)).resolves.toEqual({
      ok: false,
      code: 'origin-refused',
      problem: null,
    });
    expect(modes.at(-1)).toBe('no-cors');
  });

  it('refuses an insecure address before main or the network hears of it', async () => {
    await expect(enrol('http://jianhu.prov.example')).resolves.toEqual({
      ok: false,
      code: 'insecure-server-url',
      problem: 'insecure-scheme',
    });
    expect(events).toEqual([]);
  });

  it('allows no server once the device data is removed', async () => {
    await enrol(LOCAL);
    // The first run's administrator waits for the server like any change: sent before leaving.
    const engine = createSyncEngine({
      db: getDb(),
      fetch: server.fetch,
      now: () => new Date(),
      random: () => 0.5,
      subscribeOnline: () => () => undefined,
    });
    await expect(engine.syncNow()).resolves.toMatchObject({ kind: 'idle', pendingCount: 0 });
    // The delete is real; jsdom cannot reload, so the page's reload is only observed.
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    events.length = 0;
    await expect(removeLocalData(null)).resolves.toEqual({ ok: true });
    expect(events).toEqual(['allow null']);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('at start', () => {
  it('tells main the server the database is enrolled with, or none', async () => {
    await allowEnrolledServer();
    expect(events).toEqual(['allow null']);
    await enrol(LOCAL);
    events.length = 0;
    await allowEnrolledServer();
    expect(events).toEqual([`allow ${LOCAL}`]);
  });

  it('allows nothing for an insecure address an older build stored', async () => {
    await enrol(LOCAL);
    await getDb().meta.put({ key: SyncMetaKey.serverUrl, value: 'http://jianhu.prov.example' });
    events.length = 0;
    await allowEnrolledServer();
    expect(events).toEqual(['allow null']);
  });
});

describe('the enrol form', () => {
  it('marks the address field with what to change, and sends nothing', async () => {
    render(
      <MantineProvider>
        <EnrolForm initialUrl="http://jianhu.prov.example:8787" />
      </MantineProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Enrollment code/ }), {
      target: { value: 'ABCD-EFGH' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enrol this device' }));
    const field = screen.getByRole('textbox', { name: /Server address/ });
    expect(await screen.findByText(/With http:\/\/ the device token and case data/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(events).toEqual([]);
    fireEvent.change(field, { target: { value: 'https://jianhu.prov.example:8443' } });
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('issue 15 item 2: says what to do when the server refuses this page’s origin', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      init.mode === 'no-cors'
        ? Promise.resolve(new Response(null, { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    render(
      <MantineProvider>
        <EnrolForm initialUrl={LOCAL} />
      </MantineProvider>,
    );
    expect(screen.getByText(/Demo cases stay on this device/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Enrollment code/ }), {
      target: { value: 'ABCD-EFGH' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enrol this device' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('JIANHU_ALLOWED_ORIGINS');
    expect(alert.textContent).toContain(window.location.origin);
  });
});
