import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IpcChannel, IpcEvent, type JianhuBridge } from '../../../src-shared/ipc';

/** What the preload hands to contextBridge and ipcRenderer, captured by the electron mock. */
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; request: unknown }[] = [];
  const subscribed = new Map<string, Set<() => void>>();
  const answers = new Map<string, unknown>();
  return {
    exposed,
    invoked,
    subscribed,
    answers,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed.set(key, api);
        },
      },
      ipcRenderer: {
        invoke: (channel: string, request: unknown) => {
          invoked.push({ channel, request });
          if (typeof request === 'function')
            return Promise.reject(new Error('could not be cloned'));
          return Promise.resolve(answers.get(channel));
        },
        on: (channel: string, listener: () => void) => {
          const listeners = subscribed.get(channel) ?? new Set();
          listeners.add(listener);
          subscribed.set(channel, listeners);
        },
        removeListener: (channel: string, listener: () => void) => {
          subscribed.get(channel)?.delete(listener);
        },
      },
    },
  };
});

vi.mock('electron', () => electron.module);

function isBridge(value: unknown): value is JianhuBridge {
  return typeof value === 'object' && value !== null && 'app' in value && 'dialog' in value;
}

let bridge: JianhuBridge;

beforeAll(async () => {
  await import('../../../src-main/preload/index');
  const exposed = electron.exposed.get('jianhu');
  if (!isBridge(exposed)) throw new Error('window.jianhu was not exposed');
  bridge = exposed;
});

describe('the preload', () => {
  it('exposes one frozen object, window.jianhu, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['jianhu']);
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const area of Object.values(bridge)) expect(Object.isFrozen(area)).toBe(true);
  });

  it('exposes only the named functions, no ipcRenderer and no generic invoke', () => {
    const shape = Object.fromEntries(
      Object.entries(bridge).map(([area, functions]) => [area, Object.keys(functions).sort()]),
    );
    expect(shape).toEqual({
      app: ['info', 'onResumed'],
      dialog: ['openFile', 'saveFile'],
      document: ['printToPdf'],
      secret: ['acceptWeak', 'status', 'unwrap', 'wrap'],
      ca: ['import', 'remove', 'status'],
      sync: ['setServer'],
      backup: ['abort', 'append', 'begin', 'finish', 'list', 'open', 'read'],
    });
    const serialised = JSON.stringify(Object.keys(bridge));
    expect(serialised).not.toMatch(/ipcRenderer|invoke|send/);
    for (const functions of Object.values(bridge)) {
      for (const fn of Object.values(functions)) expect(typeof fn).toBe('function');
    }
  });

  it('calls every channel of the contract with the request as given', async () => {
    electron.invoked.length = 0;
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    await bridge.app.info();
    await bridge.dialog.saveFile({ suggestedName: 'a.pdf', filters, data: new Uint8Array(1) });
    await bridge.dialog.openFile({ filters });
    await bridge.document.printToPdf({ suggestedName: 'a.pdf' });
    await bridge.secret.status();
    await bridge.secret.acceptWeak();
    await bridge.secret.wrap({ plain: 'tok' });
    await bridge.secret.unwrap({ wrapped: 'AAAA' });
    await bridge.ca.status();
    await bridge.ca.import({ serverUrl: 'https://jianhu.prov.test' });
    await bridge.ca.remove();
    await bridge.sync.setServer({ serverUrl: null });
    const writeId = '0b6c5e1a-3f7d-4c2b-9a8e-5d4f3c2b1a09';
    await bridge.backup.begin({ target: 'auto' });
    await bridge.backup.append({ writeId, data: new Uint8Array(1) });
    await bridge.backup.finish({ writeId, keep: 7 });
    await bridge.backup.abort({ writeId });
    await bridge.backup.list();
    await bridge.backup.open({ from: 'file' });
    await bridge.backup.read({ readId: writeId, offset: 0, length: 1 });
    expect(electron.invoked.map((call) => call.channel).sort()).toEqual(
      Object.values(IpcChannel).sort(),
    );
  });

  it('passes a valid answer through and turns a malformed one into failed', async () => {
    electron.answers.set(IpcChannel.documentPrintToPdf, { ok: true, value: '/home/u/a.pdf' });
    await expect(bridge.document.printToPdf({ suggestedName: 'a.pdf' })).resolves.toEqual({
      ok: true,
      value: '/home/u/a.pdf',
    });
    electron.answers.set(IpcChannel.documentPrintToPdf, { ok: true, value: 42 });
    await expect(bridge.document.printToPdf({ suggestedName: 'a.pdf' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    electron.answers.set(IpcChannel.documentPrintToPdf, {
      ok: false,
      error: { code: 'forbidden-sender', message: 'no' },
    });
    await expect(bridge.document.printToPdf({ suggestedName: 'a.pdf' })).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'no' },
    });
  });

  it('answers invalid-request instead of throwing when a request cannot be sent', async () => {
    const uncloneable = Object.assign(() => 1, { filters: [] });
    await expect(bridge.dialog.openFile(uncloneable)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('forwards app:resumed without the Electron event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.app.onResumed(listener);
    const fire = () => {
      for (const forward of electron.subscribed.get(IpcEvent.appResumed) ?? []) forward();
    };
    fire();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith();
    unsubscribe();
    fire();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
