// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { IpcResult, JianhuBridge } from '../../../src-shared/ipc';
import { PlatformError, selectPlatform } from '../../../src-renderer/src/platform';
import { createElectronPlatform } from '../../../src-renderer/src/platform/electronPlatform';

function fakeBridge(answer: IpcResult<string | null>) {
  const saveFile = vi.fn(() => Promise.resolve(answer));
  const printToPdf = vi.fn(() => Promise.resolve(answer));
  const bridge: JianhuBridge = {
    app: {
      info: () =>
        Promise.resolve({
          ok: true,
          value: {
            name: 'Jianhu',
            version: '0.1.0',
            platform: 'win32',
            arch: 'x64',
            versions: { electron: '45.5.0', chrome: '142', node: '22' },
            locale: 'zh-CN',
          },
        }),
      onResumed: () => () => undefined,
    },
    dialog: { saveFile, openFile: () => Promise.resolve({ ok: true, value: null }) },
    document: { printToPdf },
  };
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
