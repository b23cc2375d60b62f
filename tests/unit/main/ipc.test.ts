import { describe, expect, it } from 'vitest';
import {
  IpcChannel,
  ipcContract,
  MAX_BACKUP_PIECE_BYTES,
  MAX_FILE_BYTES,
} from '../../../src-shared/ipc';
import { createIpcHandlers } from '../../../src-main/handlers';
import { IpcHandlerError, registerIpcHandlers, type IpcHandlers } from '../../../src-main/ipc';
import { createTrust, type SenderFrame } from '../../../src-main/trustedSender';
import {
  FAKE_HANDLE,
  KEPT_BACKUP,
  createFakeDeps,
  createFakeIpcMain,
  createMemoryLogger,
  provinceCa,
  subFrame,
  topFrame,
  type FakeSender,
} from './fakes';

const pdfFilter = { name: 'PDF', extensions: ['pdf'] };
const jsonFilter = { name: 'JSON', extensions: ['json'] };

/** One well-formed request per channel. */
const validRequests: Record<IpcChannel, unknown> = {
  [IpcChannel.appInfo]: undefined,
  [IpcChannel.dialogSaveFile]: {
    suggestedName: '支持起诉意见书.pdf',
    filters: [pdfFilter],
    data: new Uint8Array([1, 2, 3]),
  },
  [IpcChannel.dialogOpenFile]: { filters: [jsonFilter], maxBytes: 1024 },
  [IpcChannel.documentPrintToPdf]: { suggestedName: '案件登记表.pdf', landscape: true },
  [IpcChannel.secretStatus]: undefined,
  [IpcChannel.secretAcceptWeak]: undefined,
  [IpcChannel.secretWrap]: { plain: 'tok_0123456789' },
  [IpcChannel.secretUnwrap]: { wrapped: btoa('v10tok_0123456789') },
  [IpcChannel.caStatus]: undefined,
  [IpcChannel.caImport]: { serverUrl: 'https://jianhu.prov.test:8443' },
  [IpcChannel.caRemove]: undefined,
  [IpcChannel.syncSetServer]: { serverUrl: 'https://jianhu.prov.test:8443/' },
  [IpcChannel.backupBegin]: { target: 'file', suggestedName: '检护备份-2026-03-02.jhbak' },
  [IpcChannel.backupAppend]: { writeId: FAKE_HANDLE, data: new Uint8Array([1, 2, 3]) },
  [IpcChannel.backupFinish]: { writeId: FAKE_HANDLE, keep: 7 },
  [IpcChannel.backupAbort]: { writeId: FAKE_HANDLE },
  [IpcChannel.backupList]: undefined,
  [IpcChannel.backupOpen]: { from: 'auto', name: KEPT_BACKUP },
  [IpcChannel.backupRead]: { readId: FAKE_HANDLE, offset: 0, length: 1024 },
};

/** Malformed requests per channel; each must be refused before any dialog opens. */
const malformedRequests: Record<IpcChannel, readonly unknown[]> = {
  [IpcChannel.appInfo]: [{}, 'info', 1],
  [IpcChannel.dialogSaveFile]: [
    undefined,
    { suggestedName: 'a.pdf', filters: [pdfFilter] },
    { suggestedName: 'a.pdf', filters: [pdfFilter], data: [1, 2, 3] },
    { suggestedName: '../../.bashrc.pdf', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'sub/dir.pdf', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'C:\\x.pdf', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'run.exe', filters: [pdfFilter], data: new Uint8Array(1) },
    {
      suggestedName: 'run.exe',
      filters: [{ name: 'x', extensions: ['exe'] }],
      data: new Uint8Array(1),
    },
    { suggestedName: 'a.docx', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'invoice\u202efdp.exe', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'CON.pdf', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'a.pdf ', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: '.pdf', filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: `${'案'.repeat(100)}.pdf`, filters: [pdfFilter], data: new Uint8Array(1) },
    { suggestedName: 'a.pdf', filters: [], data: new Uint8Array(1) },
    { suggestedName: 'a.pdf', filters: [pdfFilter], data: new Uint8Array(1), extra: true },
    { suggestedName: 'a.pdf', filters: [pdfFilter], data: oversizedBytes() },
  ],
  [IpcChannel.dialogOpenFile]: [
    undefined,
    { filters: [{ name: 'Scripts', extensions: ['sh'] }] },
    { filters: [jsonFilter], maxBytes: MAX_FILE_BYTES + 1 },
    { filters: [jsonFilter], maxBytes: 0 },
    { filters: [jsonFilter], maxBytes: 1.5 },
  ],
  [IpcChannel.documentPrintToPdf]: [
    undefined,
    { suggestedName: 'a.docx' },
    { suggestedName: '../a.pdf' },
    { suggestedName: 'a.pdf', pageSize: 'Letter' },
    { suggestedName: 'a.pdf', landscape: 'yes' },
  ],
  [IpcChannel.secretStatus]: [{}, 'status'],
  [IpcChannel.secretAcceptWeak]: [true, {}],
  [IpcChannel.secretWrap]: [
    undefined,
    { plain: '' },
    { plain: 1 },
    { plain: 'x'.repeat(4097) },
    { plain: 'a', extra: 1 },
  ],
  [IpcChannel.secretUnwrap]: [
    undefined,
    { wrapped: 'not base64!' },
    { wrapped: '' },
    { wrapped: 'A'.repeat(20_000) },
  ],
  [IpcChannel.caStatus]: [{}, null],
  [IpcChannel.caImport]: [
    undefined,
    {},
    { serverUrl: 'http://jianhu.prov.test' },
    { serverUrl: 'file:///etc/passwd' },
    { serverUrl: 'javascript:alert(1)' },
    { serverUrl: 'https://jianhu.prov.test', path: '/tmp/ca.pem' },
  ],
  [IpcChannel.caRemove]: [{}, 'all'],
  [IpcChannel.syncSetServer]: [
    undefined,
    {},
    'https://jianhu.prov.test',
    { serverUrl: 1 },
    { serverUrl: 'http://jianhu.prov.test' },
    { serverUrl: 'http://10.0.0.8:8787' },
    { serverUrl: 'https://admin:secret@jianhu.prov.test' },
    { serverUrl: 'https://jianhu.prov.test/?next=evil' },
    { serverUrl: 'https://jianhu.prov.test/#x' },
    { serverUrl: 'file:///etc/passwd' },
    { serverUrl: 'javascript:alert(1)' },
    { serverUrl: `https://${'a'.repeat(2100)}.test` },
    { serverUrl: 'https://jianhu.prov.test', extra: true },
  ],
  [IpcChannel.backupBegin]: [
    undefined,
    { target: 'elsewhere' },
    { target: 'auto', path: '/tmp/x.jhbak' },
    { target: 'file' },
    { target: 'file', suggestedName: 'backup.json' },
    { target: 'file', suggestedName: '../backup.jhbak' },
    { target: 'file', suggestedName: '/home/user/backup.jhbak' },
  ],
  [IpcChannel.backupAppend]: [
    undefined,
    { writeId: 'not-a-handle', data: new Uint8Array(1) },
    { writeId: FAKE_HANDLE, data: [1, 2, 3] },
    { writeId: FAKE_HANDLE, data: new Uint8Array(0) },
    { writeId: FAKE_HANDLE, data: oversizedBytes(MAX_BACKUP_PIECE_BYTES + 1) },
  ],
  [IpcChannel.backupFinish]: [
    undefined,
    { writeId: FAKE_HANDLE, keep: 0 },
    { writeId: FAKE_HANDLE, keep: 101 },
    { writeId: FAKE_HANDLE, keep: 2.5 },
    { writeId: FAKE_HANDLE, path: '/tmp/x.jhbak' },
  ],
  [IpcChannel.backupAbort]: [undefined, { writeId: '../../etc' }],
  [IpcChannel.backupList]: [{}, '/home/user'],
  [IpcChannel.backupOpen]: [
    undefined,
    { from: 'auto' },
    { from: 'auto', name: '../../.ssh/id_rsa' },
    { from: 'auto', name: 'jianhu-backup-20260302T020000000Z.jhbak/../x' },
    { from: 'auto', name: 'partial-0b6c5e1a.jhbak' },
    { from: 'file', path: '/etc/shadow' },
  ],
  [IpcChannel.backupRead]: [
    undefined,
    { readId: FAKE_HANDLE, offset: -1, length: 10 },
    { readId: FAKE_HANDLE, offset: 0, length: 0 },
    { readId: FAKE_HANDLE, offset: 0, length: MAX_BACKUP_PIECE_BYTES + 1 },
    { readId: 'x', offset: 0, length: 10 },
  ],
};

/** A Uint8Array that reports a size over the cap without allocating 200 MiB. */
function oversizedBytes(byteLength = MAX_FILE_BYTES + 1): Uint8Array {
  const bytes = new Uint8Array(1);
  Object.defineProperty(bytes, 'byteLength', { value: byteLength });
  return bytes;
}

const foreignFrames: readonly [string, SenderFrame | null][] = [
  ['a remote page', topFrame('https://evil.example/')],
  ['a local file', topFrame('file:///home/user/evil.html')],
  ['another app:// host', topFrame('app://evil/index.html')],
  ['a dev-server URL outside development', topFrame('http://localhost:5173/')],
  ['a sub-frame of the app', subFrame('app://jianhu/index.html')],
  ['a destroyed frame', null],
];

function setup(overrides: Partial<IpcHandlers<FakeSender>> = {}) {
  const deps = createFakeDeps();
  const log = createMemoryLogger();
  const fake = createFakeIpcMain();
  const handlers = { ...createIpcHandlers<FakeSender>(deps), ...overrides };
  registerIpcHandlers(fake.ipcMain, handlers, {
    isTrustedFrame: createTrust(undefined).isTrustedFrame,
    log,
  });
  const touchedOutside = () =>
    deps.showSaveDialog.mock.calls.length +
    deps.showOpenDialog.mock.calls.length +
    deps.printToPdf.mock.calls.length +
    deps.files.writeFile.mock.calls.length +
    deps.files.readFile.mock.calls.length +
    deps.secrets.wrap.mock.calls.length +
    deps.secrets.unwrap.mock.calls.length +
    deps.caTrust.importCa.mock.calls.length +
    deps.syncOrigin.set.mock.calls.length +
    Object.values(deps.backups).reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  return { deps, log, invoke: fake.invoke, listeners: fake.listeners, touchedOutside };
}

const channels = Object.values(IpcChannel);

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  describe.each(channels)('%s', (channel) => {
    it('answers a valid call from the app page', async () => {
      const { invoke } = setup();
      await expect(invoke(channel, validRequests[channel])).resolves.toMatchObject({ ok: true });
    });

    it.each(malformedRequests[channel].map((request, index) => [index, request]))(
      'refuses malformed request #%i with invalid-request and opens nothing',
      async (_index, request) => {
        const { invoke, touchedOutside } = setup();
        const result = await invoke(channel, request);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(touchedOutside()).toBe(0);
      },
    );

    it.each(foreignFrames)(
      'refuses %s with forbidden-sender and opens nothing',
      async (_, frame) => {
        const { invoke, touchedOutside } = setup();
        const result = await invoke(channel, validRequests[channel], frame);
        expect(result).toEqual({
          ok: false,
          error: { code: 'forbidden-sender', message: 'sender frame is not the app' },
        });
        expect(touchedOutside()).toBe(0);
      },
    );
  });

  it('answers failed, without the message, when a handler throws', async () => {
    const { invoke, log } = setup({
      [IpcChannel.appInfo]: () =>
        Promise.reject(new Error('cannot read /home/张三/110105194912310025')),
    });
    const result = await invoke(IpcChannel.appInfo, undefined);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'Error' } });
    expect(log.lines.join('\n')).not.toContain('110105194912310025');
    expect(log.lines.join('\n')).toContain('app:info');
  });

  it('passes a handler error code through', async () => {
    const { invoke } = setup({
      [IpcChannel.appInfo]: () =>
        Promise.reject(new IpcHandlerError('too-large', 'file too large')),
    });
    await expect(invoke(IpcChannel.appInfo, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'too-large', message: 'file too large' },
    });
  });

  it('answers failed when a handler answers outside the contract', async () => {
    const { invoke } = setup({
      [IpcChannel.dialogSaveFile]: () => Promise.resolve(''),
    });
    const result = await invoke(
      IpcChannel.dialogSaveFile,
      validRequests[IpcChannel.dialogSaveFile],
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('never logs a refused payload', async () => {
    const { invoke, log } = setup();
    await invoke(IpcChannel.dialogSaveFile, {
      suggestedName: '张三 110105194912310025 13800138000.exe',
      filters: [pdfFilter],
      data: new Uint8Array(1),
    });
    const logged = log.lines.join('\n');
    expect(logged).toContain('invalid request');
    expect(logged).not.toMatch(/110105194912310025|13800138000|张三/);
  });

  it('never rejects, whatever arrives', async () => {
    const { invoke } = setup();
    const odd = [null, Symbol.iterator, () => 1, new Proxy({}, {}), 10n];
    for (const request of odd) {
      for (const channel of channels) {
        await expect(invoke(channel, request)).resolves.toHaveProperty('ok');
      }
    }
  });
});

describe('the dialog and printing handlers', () => {
  it('saves the bytes where the user chose, starting in Documents', async () => {
    const { invoke, deps } = setup();
    const result = await invoke(
      IpcChannel.dialogSaveFile,
      validRequests[IpcChannel.dialogSaveFile],
    );
    expect(result).toEqual({ ok: true, value: '/chosen/支持起诉意见书.pdf' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      { id: 1 },
      { defaultPath: '/home/user/Documents/支持起诉意见书.pdf', filters: [pdfFilter] },
    );
    expect([...(deps.written.get('/chosen/支持起诉意见书.pdf') ?? [])]).toEqual([1, 2, 3]);
  });

  it('answers null and writes nothing when the save dialog is cancelled', async () => {
    const { invoke, deps } = setup();
    deps.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await invoke(
      IpcChannel.dialogSaveFile,
      validRequests[IpcChannel.dialogSaveFile],
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(deps.files.writeFile).not.toHaveBeenCalled();
  });

  it('opens a file and answers its base name and bytes', async () => {
    const { invoke } = setup();
    const result = await invoke(
      IpcChannel.dialogOpenFile,
      validRequests[IpcChannel.dialogOpenFile],
    );
    expect(result).toEqual({
      ok: true,
      value: { name: '案件.json', data: new Uint8Array([123, 125]) },
    });
  });

  it('refuses a file over the caller cap without reading it', async () => {
    const { invoke, deps } = setup();
    deps.files.fileSize.mockResolvedValueOnce(1025);
    const result = await invoke(
      IpcChannel.dialogOpenFile,
      validRequests[IpcChannel.dialogOpenFile],
    );
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: 'file too large' } });
    expect(deps.files.readFile).not.toHaveBeenCalled();
  });

  it('answers null when the open dialog is cancelled', async () => {
    const { invoke, deps } = setup();
    deps.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const result = await invoke(
      IpcChannel.dialogOpenFile,
      validRequests[IpcChannel.dialogOpenFile],
    );
    expect(result).toEqual({ ok: true, value: null });
  });

  it('prints A4 landscape to the chosen PDF', async () => {
    const { invoke, deps } = setup();
    const result = await invoke(
      IpcChannel.documentPrintToPdf,
      validRequests[IpcChannel.documentPrintToPdf],
    );
    expect(result).toEqual({ ok: true, value: '/chosen/案件登记表.pdf' });
    expect(deps.printToPdf).toHaveBeenCalledWith(
      { id: 1 },
      expect.objectContaining({
        pageSize: 'A4',
        landscape: true,
        printBackground: true,
      }),
    );
    expect(deps.written.get('/chosen/案件登记表.pdf')?.[0]).toBe(0x25);
  });

  it('does not render a PDF the user cancelled', async () => {
    const { invoke, deps } = setup();
    deps.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await invoke(IpcChannel.documentPrintToPdf, { suggestedName: 'a.pdf' });
    expect(result).toEqual({ ok: true, value: null });
    expect(deps.printToPdf).not.toHaveBeenCalled();
  });

  it('reports app info from app and process', async () => {
    const { invoke } = setup();
    await expect(invoke(IpcChannel.appInfo, undefined)).resolves.toEqual({
      ok: true,
      value: {
        name: 'Jianhu',
        version: '0.1.0',
        platform: 'linux',
        arch: 'arm64',
        versions: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
        locale: 'zh-CN',
      },
    });
  });
});

describe('the secret and CA handlers', () => {
  it('wraps and unwraps through the vault', async () => {
    const { invoke } = setup();
    const wrapped = await invoke(IpcChannel.secretWrap, { plain: 'tok_0123456789' });
    expect(wrapped).toEqual({ ok: true, value: { wrapped: btoa('v10tok_0123456789') } });
    await expect(
      invoke(IpcChannel.secretUnwrap, { wrapped: btoa('v10tok_0123456789') }),
    ).resolves.toEqual({ ok: true, value: { plain: 'tok_0123456789', rewrapped: null } });
  });

  it('passes the vault refusal through as secret-unprotected', async () => {
    const { invoke, deps } = setup();
    deps.secrets.wrap.mockRejectedValueOnce(new IpcHandlerError('secret-unprotected', 'weak'));
    await expect(invoke(IpcChannel.secretWrap, { plain: 'tok' })).resolves.toEqual({
      ok: false,
      error: { code: 'secret-unprotected', message: 'weak' },
    });
  });

  it('imports the CA from main own dialog, for the server host only', async () => {
    const { invoke, deps } = setup();
    deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/u/ca.crt'] });
    const result = await invoke(IpcChannel.caImport, {
      serverUrl: 'https://jianhu.prov.test:8443',
    });
    expect(result).toEqual({ ok: true, value: provinceCa });
    expect(deps.showOpenDialog).toHaveBeenCalledWith(
      { id: 1 },
      {
        filters: [{ name: 'CA certificate', extensions: ['pem', 'crt', 'cer', 'der'] }],
        properties: ['openFile'],
      },
    );
    expect(deps.caTrust.importCa).toHaveBeenCalledWith(
      new Uint8Array([123, 125]),
      'https://jianhu.prov.test:8443',
    );
  });

  it('answers null for a cancelled dialog and ca-unreadable for a large file', async () => {
    const { invoke, deps } = setup();
    deps.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const request = { serverUrl: 'https://jianhu.prov.test' };
    await expect(invoke(IpcChannel.caImport, request)).resolves.toEqual({ ok: true, value: null });
    deps.files.fileSize.mockResolvedValueOnce(10 * 1024 * 1024);
    await expect(invoke(IpcChannel.caImport, request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'ca-unreadable' },
    });
    expect(deps.files.readFile).not.toHaveBeenCalled();
    expect(deps.caTrust.importCa).not.toHaveBeenCalled();
  });

  it('reports and removes the trusted CA', async () => {
    const { invoke, deps } = setup();
    await expect(invoke(IpcChannel.caStatus, undefined)).resolves.toEqual({
      ok: true,
      value: null,
    });
    await expect(invoke(IpcChannel.caRemove, undefined)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(deps.caTrust.remove).toHaveBeenCalledTimes(1);
  });
});

describe('the sync server handler', () => {
  it('allows the origin of the server being enrolled, and none for null', async () => {
    const { invoke, deps } = setup();
    await expect(
      invoke(IpcChannel.syncSetServer, { serverUrl: 'https://jianhu.prov.test:8443/api/v1' }),
    ).resolves.toEqual({ ok: true, value: { origin: 'https://jianhu.prov.test:8443' } });
    await expect(invoke(IpcChannel.syncSetServer, { serverUrl: null })).resolves.toEqual({
      ok: true,
      value: { origin: null },
    });
    expect(deps.syncOrigin.set.mock.calls).toEqual([
      ['https://jianhu.prov.test:8443/api/v1'],
      [null],
    ]);
  });

  it('accepts plain http to loopback, where nothing leaves the machine', async () => {
    const { invoke } = setup();
    await expect(
      invoke(IpcChannel.syncSetServer, { serverUrl: 'http://127.0.0.1:8787' }),
    ).resolves.toEqual({ ok: true, value: { origin: 'http://127.0.0.1:8787' } });
  });
});
