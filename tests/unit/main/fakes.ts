/** Small fakes of the Electron objects the main modules take as parameters. */
import { vi } from 'vitest';
import type { IpcInvokeEvent, IpcMainLike } from '../../../src-main/ipc';
import type { CaTrust } from '../../../src-main/caTrust';
import type { Logger } from '../../../src-main/log';
import type { BackupStore } from '../../../src-main/backupStore';
import type { SecretVault } from '../../../src-main/secrets';
import type { SyncOrigin } from '../../../src-main/syncOrigin';
import type { SenderFrame } from '../../../src-main/trustedSender';

export type FakeSender = { readonly id: number };
export type Listener = (event: IpcInvokeEvent<FakeSender>, ...args: unknown[]) => Promise<unknown>;

export const APP_PAGE = 'app://jianhu/index.html';

/** ipcMain that keeps the registered listeners so a test can call them like Electron would. */
export function createFakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike<FakeSender> = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (
    channel: string,
    request: unknown,
    frame: SenderFrame | null = topFrame(APP_PAGE),
  ) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame, sender: { id: 1 } }, request);
  };
  return { ipcMain, listeners, invoke };
}

export function topFrame(url: string): SenderFrame {
  return { url, parent: null };
}

export function subFrame(url: string): SenderFrame {
  return { url, parent: topFrame(APP_PAGE) };
}

/** A logger that remembers every line, to prove what is (not) logged. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
}

/** Spies for every capability the IPC handlers reach; each answers a plausible success. */
export function createFakeDeps() {
  const written = new Map<string, Uint8Array>();
  return {
    written,
    app: { getName: () => 'Jianhu', getVersion: () => '0.1.0', getLocale: () => 'zh-CN' },
    process: {
      platform: 'linux',
      arch: 'arm64',
      versions: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
    },
    showSaveDialog: vi.fn((_sender: FakeSender, options: { defaultPath: string }) =>
      Promise.resolve({
        canceled: false,
        filePath: `/chosen/${options.defaultPath.split('/').pop() ?? ''}`,
      }),
    ),
    showOpenDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: ['/home/user/导入/案件.json'] }),
    ),
    printToPdf: vi.fn(() => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]))),
    files: {
      writeFile: vi.fn((path: string, data: Uint8Array) => {
        written.set(path, data);
        return Promise.resolve();
      }),
      readFile: vi.fn(() => Promise.resolve(new Uint8Array([123, 125]))),
      fileSize: vi.fn(() => Promise.resolve(2)),
      defaultDirectory: () => '/home/user/Documents',
    },
    secrets: {
      status: vi.fn(() => Promise.resolve(osProtected)),
      acceptWeak: vi.fn(() => Promise.resolve({ ...osProtected, isWeakAccepted: true })),
      wrap: vi.fn((plain: string) => Promise.resolve(btoa(`v10${plain}`))),
      unwrap: vi.fn((wrapped: string) =>
        Promise.resolve({ plain: atob(wrapped).slice(3), rewrapped: null }),
      ),
    } satisfies SecretVault,
    caTrust: {
      load: vi.fn(() => Promise.resolve()),
      status: vi.fn(() => null),
      importCa: vi.fn((_bytes: Uint8Array, serverUrl: string) =>
        Promise.resolve({ ...provinceCa, host: new URL(serverUrl).hostname }),
      ),
      remove: vi.fn(() => Promise.resolve()),
      verify: vi.fn(),
    } satisfies CaTrust,
    syncOrigin: {
      load: vi.fn(() => Promise.resolve()),
      current: vi.fn(() => null),
      set: vi.fn((serverUrl: string | null) =>
        Promise.resolve(serverUrl === null ? null : new URL(serverUrl).origin),
      ),
    } satisfies SyncOrigin,
    backups: {
      beginKept: vi.fn(() => Promise.resolve(FAKE_HANDLE)),
      beginFile: vi.fn((_path: string) => Promise.resolve(FAKE_HANDLE)),
      append: vi.fn((_writeId: string, _data: Uint8Array) => Promise.resolve()),
      finish: vi.fn((_writeId: string, _keep?: number) =>
        Promise.resolve({ name: KEPT_BACKUP, size: 3, createdAt: '2026-03-02T02:00:00.000Z' }),
      ),
      abort: vi.fn(() => Promise.resolve()),
      list: vi.fn(() => Promise.resolve([])),
      openKept: vi.fn((name: string) => Promise.resolve({ readId: FAKE_HANDLE, name, size: 3 })),
      openFile: vi.fn((_path: string) =>
        Promise.resolve({ readId: FAKE_HANDLE, name: 'a.jhbak', size: 3 }),
      ),
      read: vi.fn(() => Promise.resolve(new Uint8Array([1, 2, 3]))),
    } satisfies BackupStore,
  };
}

/** A handle id as main makes them (crypto.randomUUID). */
export const FAKE_HANDLE = '0b6c5e1a-3f7d-4c2b-9a8e-5d4f3c2b1a09';
/** A kept backup's name as main makes them. */
export const KEPT_BACKUP = 'jianhu-backup-20260302T020000000Z.jhbak';

const osProtected = {
  protection: 'os',
  backend: '',
  isWeakAccepted: false,
  canWrap: true,
} as const;

/** What a fake trust store answers for an imported CA. */
export const provinceCa = {
  subject: 'C=CN, O=Province Procuratorate, CN=Province Root CA',
  issuer: 'C=CN, O=Province Procuratorate, CN=Province Root CA',
  fingerprint256: Array.from({ length: 32 }, () => 'AB').join(':'),
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2036-01-01T00:00:00.000Z',
  host: 'jianhu.prov.test',
};
