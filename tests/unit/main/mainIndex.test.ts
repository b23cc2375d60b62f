import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { IpcChannel } from '../../../src-shared/ipc';

/** A scripted Electron: records what src-main/index.ts asks of it. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const windows: FakeWindow[] = [];
  const handledChannels: string[] = [];
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers: string[] = [];
  const calls: string[] = [];
  const state = {
    hasLock: true,
    /** A fresh, empty folder per start: no stored CA or sync origin, a new log. */
    userData: '',
    appListeners: new Map<string, Listener>(),
    windows,
    handledChannels,
    privilegedSchemes,
    protocolHandlers,
    calls,
  };
  class FakeWindow {
    readonly loaded: string[] = [];
    isMinimizedNow = true;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      state.windows.push(this);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return this.isMinimizedNow;
    }
    restore() {
      state.calls.push('restore');
    }
    focus() {
      state.calls.push('focus');
    }
    static getAllWindows() {
      return state.windows;
    }
    static fromWebContents() {
      return null;
    }
  }
  const noop = () => undefined;
  const module = {
    app: {
      isPackaged: true,
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => state.hasLock,
      quit: () => state.calls.push('quit'),
      on: (event: string, listener: Listener) => {
        state.appListeners.set(event, listener);
      },
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      getLocale: () => 'zh-CN',
      getName: () => 'Jianhu',
      getVersion: () => '0.1.0',
      getPath: () => state.userData,
    },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: noop },
    ipcMain: { handle: (channel: string) => state.handledChannels.push(channel) },
    powerMonitor: { on: noop, removeListener: noop },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string) => state.protocolHandlers.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.calls.push('permissions'),
        setPermissionCheckHandler: noop,
        setDevicePermissionHandler: noop,
        setSpellCheckerEnabled: noop,
        webRequest: { onBeforeRequest: noop, onHeadersReceived: () => state.calls.push('csp') },
        setCertificateVerifyProc: () => state.calls.push('verifyProc'),
        closeAllConnections: () => Promise.resolve(),
      },
    },
    safeStorage: {},
    webContents: { getAllWebContents: () => [] },
    dialog: {},
  };
  return { state, module };
});

vi.mock('electron', () => electron.module);

async function startMain(hasLock: boolean) {
  const { state } = electron;
  state.hasLock = hasLock;
  state.appListeners.clear();
  state.windows.length = 0;
  state.handledChannels.length = 0;
  state.privilegedSchemes.length = 0;
  state.protocolHandlers.length = 0;
  state.calls.length = 0;
  state.userData = mkdtempSync(join(tmpdir(), 'jianhu-main-'));
  vi.resetModules();
  await import('../../../src-main/index');
  // Let start() run past app.whenReady() and the CA store's (missing) file read.
  for (let turn = 0; turn < 100 && hasLock && state.windows.length === 0; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return state;
}

describe('the main process lifecycle', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    rmSync(electron.state.userData, { recursive: true, force: true });
  });

  it('quits at once when another instance holds the lock', async () => {
    const state = await startMain(false);
    expect(state.calls).toContain('quit');
    expect(state.windows).toHaveLength(0);
    expect(state.handledChannels).toHaveLength(0);
  });

  it('sandboxes, registers app:// and every channel, then opens one hardened window', async () => {
    const state = await startMain(true);
    expect(state.calls).toEqual(
      expect.arrayContaining(['enableSandbox', 'permissions', 'csp', 'verifyProc']),
    );
    expect(state.privilegedSchemes).toMatchObject([{ scheme: 'app' }]);
    expect(state.protocolHandlers).toEqual(['app']);
    expect(state.handledChannels.sort()).toEqual(Object.values(IpcChannel).sort());
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window?.loaded).toEqual(['app://jianhu/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect([...state.appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']),
    );
  });

  it('brings the window back when a second instance starts', async () => {
    const state = await startMain(true);
    state.appListeners.get('second-instance')?.();
    expect(state.calls).toEqual(expect.arrayContaining(['restore', 'focus']));
  });

  it('writes its log to userData/logs/main.log', async () => {
    const state = await startMain(true);
    state.appListeners.get('render-process-gone')?.({}, {}, { reason: 'crashed' });
    const logged = readFileSync(join(state.userData, 'logs', 'main.log'), 'utf8');
    expect(logged).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z error renderer gone: crashed$/m);
  });
});
