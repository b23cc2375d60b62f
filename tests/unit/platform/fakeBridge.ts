/** A complete `window.jianhu` whose every function answers a plausible success; override per test. */
import type { IpcResult, JianhuBridge } from '../../../src-shared/ipc';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

export function createFakeBridge(
  overrides: {
    [A in keyof JianhuBridge]?: Partial<JianhuBridge[A]>;
  } = {},
): JianhuBridge {
  const base: JianhuBridge = {
    app: {
      info: () =>
        ok({
          name: 'Jianhu',
          version: '0.1.0',
          platform: 'win32',
          arch: 'x64',
          versions: { electron: '45.5.0', chrome: '142', node: '22' },
          locale: 'zh-CN',
        }),
      onResumed: () => () => undefined,
    },
    dialog: { saveFile: () => ok(null), openFile: () => ok(null) },
    document: { printToPdf: () => ok(null) },
    secret: {
      status: () => ok({ protection: 'os', backend: '', isWeakAccepted: false, canWrap: true }),
      acceptWeak: () => ok({ protection: 'os', backend: '', isWeakAccepted: true, canWrap: true }),
      wrap: ({ plain }) => ok({ wrapped: btoa(`v10${plain}`) }),
      unwrap: ({ wrapped }) => ok({ plain: atob(wrapped).slice(3), rewrapped: null }),
    },
    ca: { status: () => ok(null), import: () => ok(null), remove: () => ok(null) },
    sync: {
      setServer: ({ serverUrl }) =>
        ok({ origin: serverUrl === null ? null : new URL(serverUrl).origin }),
    },
    backup: {
      begin: () => ok(null),
      append: () => ok(null),
      finish: () => ok({ name: 'a.jhbak', size: 0, createdAt: '2026-03-02T02:00:00.000Z' }),
      abort: () => ok(null),
      list: () => ok([]),
      open: () => ok(null),
      read: () => ok(new Uint8Array(0)),
    },
  };
  return {
    app: { ...base.app, ...overrides.app },
    dialog: { ...base.dialog, ...overrides.dialog },
    document: { ...base.document, ...overrides.document },
    secret: { ...base.secret, ...overrides.secret },
    ca: { ...base.ca, ...overrides.ca },
    sync: { ...base.sync, ...overrides.sync },
    backup: { ...base.backup, ...overrides.backup },
  };
}
