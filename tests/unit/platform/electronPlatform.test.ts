// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../../src-shared/ipc';
import { PlatformError, selectPlatform } from '../../../src-renderer/src/platform';
import { createElectronPlatform } from '../../../src-renderer/src/platform/electronPlatform';
import { createFakeBridge } from './fakeBridge';

function fakeBridge(answer: IpcResult<string | null>) {
  const saveFile = vi.fn(() => Promise.resolve(answer));
  const printToPdf = vi.fn(() => Promise.resolve(answer));
  const bridge = createFakeBridge({ dialog: { saveFile }, document: { printToPdf } });
  return { bridge, saveFile, printToPdf };
}

describe('the Electron platform', () => {
  it('passes a saved path through and null for a cancelled dialog', async () => {
    const saved = createElectronPlatform(
      fakeBridge({ ok: true, value: 'D:\\案件\\a.json' }).bridge,
    );
    await expect(saved.saveFile('a.json', new Uint8Array(1), [])).resolves.toBe('D:\\案件\\a.json');
    const cancelled = createElectronPlatform(fakeBridge({ ok: true, value: null }).bridge);
    await expect(cancelled.printToPdf('a.pdf')).resolves.toBeNull();
  });

  it('throws a PlatformError carrying the IPC error code', async () => {
    const platform = createElectronPlatform(
      fakeBridge({ ok: false, error: { code: 'forbidden-sender', message: 'no' } }).bridge,
    );
    const saving = platform.saveFile('a.json', new Uint8Array(1), []);
    await expect(saving).rejects.toBeInstanceOf(PlatformError);
    await expect(saving).rejects.toMatchObject({ code: 'forbidden-sender', message: 'no' });
  });

  it('maps its arguments onto the contract', async () => {
    const fake = fakeBridge({ ok: true, value: '/x.pdf' });
    const platform = createElectronPlatform(fake.bridge);
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    await platform.saveFile('a.json', new Uint8Array([7]), filters);
    await platform.printToPdf('a.pdf', { landscape: true });
    expect(fake.saveFile).toHaveBeenCalledWith({
      suggestedName: 'a.json',
      filters,
      data: new Uint8Array([7]),
    });
    expect(fake.printToPdf).toHaveBeenCalledWith({
      suggestedName: 'a.pdf',
      pageSize: undefined,
      landscape: true,
    });
    await expect(platform.appInfo()).resolves.toMatchObject({ platform: 'win32' });
  });
});

describe('the Electron platform: secrets and the CA', () => {
  const info = {
    subject: 'CN=Province Root CA',
    issuer: 'CN=Province Root CA',
    fingerprint256: Array.from({ length: 32 }, () => 'AB').join(':'),
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2036-01-01T00:00:00.000Z',
    host: 'jianhu.prov.test',
  };

  it('wraps through main and unwraps, handing back re-wrapped bytes to store', async () => {
    const platform = createElectronPlatform(
      createFakeBridge({
        secret: {
          unwrap: () =>
            Promise.resolve({ ok: true, value: { plain: 'tok', rewrapped: btoa('v11tok') } }),
        },
      }),
    );
    await expect(platform.wrapSecret('tok')).resolves.toEqual({ wrapped: btoa('v10tok') });
    await expect(platform.unwrapSecret({ wrapped: btoa('v10tok') })).resolves.toEqual({
      plain: 'tok',
      restore: { wrapped: btoa('v11tok') },
    });
    await expect(platform.unwrapSecret({ clear: 'old' })).resolves.toEqual({
      plain: 'old',
      restore: null,
    });
  });

  it('turns a refused wrap into a PlatformError with its code', async () => {
    const platform = createElectronPlatform(
      createFakeBridge({
        secret: {
          wrap: () =>
            Promise.resolve({
              ok: false,
              error: { code: 'secret-unprotected', message: 'weak' },
            }),
        },
      }),
    );
    await expect(platform.wrapSecret('tok')).rejects.toMatchObject({ code: 'secret-unprotected' });
  });

  it('reports the CA as none or trusted, and imports for the server URL', async () => {
    const importCa = vi.fn(() => Promise.resolve({ ok: true as const, value: info }));
    const none = createElectronPlatform(createFakeBridge({ ca: { import: importCa } }));
    await expect(none.caStatus()).resolves.toEqual({ kind: 'none' });
    await expect(none.importCa('https://jianhu.prov.test')).resolves.toEqual(info);
    expect(importCa).toHaveBeenCalledWith({ serverUrl: 'https://jianhu.prov.test' });
    const trusted = createElectronPlatform(
      createFakeBridge({ ca: { status: () => Promise.resolve({ ok: true, value: info }) } }),
    );
    await expect(trusted.caStatus()).resolves.toEqual({ kind: 'trusted', info });
  });

  it("sets main's allowed sync server, and surfaces main's refusal as a PlatformError", async () => {
    const setServer = vi.fn(({ serverUrl }: { serverUrl: string | null }) =>
      Promise.resolve(
        serverUrl?.startsWith('http:')
          ? { ok: false as const, error: { code: 'invalid-request' as const, message: 'no' } }
          : { ok: true as const, value: { origin: serverUrl } },
      ),
    );
    const platform = createElectronPlatform(createFakeBridge({ sync: { setServer } }));
    await platform.allowSyncServer('https://jianhu.prov.test');
    await platform.allowSyncServer(null);
    expect(setServer.mock.calls).toEqual([
      [{ serverUrl: 'https://jianhu.prov.test' }],
      [{ serverUrl: null }],
    ]);
    await expect(platform.allowSyncServer('http://jianhu.prov.test')).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('selectPlatform', () => {
  it('uses the bridge when the preload exposed one, the web otherwise', () => {
    expect(selectPlatform(window).kind).toBe('web');
    Object.defineProperty(window, 'jianhu', {
      value: fakeBridge({ ok: true, value: null }).bridge,
      configurable: true,
    });
    try {
      expect(selectPlatform(window).kind).toBe('electron');
    } finally {
      Reflect.deleteProperty(window, 'jianhu');
    }
    expect(window.jianhu).toBeUndefined();
  });
});
