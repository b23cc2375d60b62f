/**
 * Backup archives on disk (src-main/backupStore.ts) on a real temporary folder, and the backup
 * handlers' dialogs: pieces land in a partial file renamed into place, kept backups rotate to the
 * newest N, a crash's partial file is removed, reads go by pieces through a handle.
 */
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, UnknownBackupHandleError } from '../../../src-main/backupStore';
import { createBackupHandlers } from '../../../src-main/handlers/backups';
import { IpcChannel } from '../../../src-shared/ipc';
import { createFakeDeps, type FakeSender } from './fakes';

let folder: string;
let clock: number;
let ids: number;

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'jianhu-backups-')), 'backups');
  clock = Date.parse('2026-03-02T02:00:00.000Z');
  ids = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function store() {
  return createBackupStore({
    directory: folder,
    now: () => new Date(clock),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
}

async function keep(backups: ReturnType<typeof store>, bytes: Uint8Array, keepLast?: number) {
  const writeId = await backups.beginKept();
  await backups.append(writeId, bytes.subarray(0, 2));
  await backups.append(writeId, bytes.subarray(2));
  return backups.finish(writeId, keepLast);
}

describe('the backup store', () => {
  it('stores a kept backup under a name from the clock, owner-only, with no partial file left', async () => {
    const backups = store();
    const written = await keep(backups, new Uint8Array([1, 2, 3, 4, 5]));
    expect(written).toEqual({
      name: 'jianhu-backup-20260302T020000000Z.jhbak',
      size: 5,
      createdAt: '2026-03-02T02:00:00.000Z',
    });
    expect(await readdir(folder)).toEqual([written.name]);
    const path = join(folder, written.name);
    expect(new Uint8Array(await readFile(path))).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('keeps only the newest N kept backups, oldest first in the list', async () => {
    const backups = store();
    for (let i = 0; i < 9; i++) {
      await keep(backups, new Uint8Array([i, i, i]), 7);
      clock += 3_600_000;
    }
    const listed = await backups.list();
    expect(listed).toHaveLength(7);
    expect(listed[0]?.createdAt).toBe('2026-03-02T04:00:00.000Z');
    expect(listed.at(-1)?.createdAt).toBe('2026-03-02T10:00:00.000Z');
    expect(listed.every((b) => b.size === 3)).toBe(true);
  });

  it('gives two backups of one millisecond different names', async () => {
    const backups = store();
    const first = await keep(backups, new Uint8Array([1, 1, 1]));
    const second = await keep(backups, new Uint8Array([2, 2, 2]));
    expect(second.name).toBe('jianhu-backup-20260302T020000000Z-2.jhbak');
    expect((await backups.list()).map((b) => b.name)).toEqual([first.name, second.name]);
  });

  it('deletes an aborted archive, and partial files a crash left behind', async () => {
    const backups = store();
    const writeId = await backups.beginKept();
    await backups.append(writeId, new Uint8Array([9]));
    await backups.abort(writeId);
    expect(await readdir(folder)).toEqual([]);
    await expect(backups.append(writeId, new Uint8Array([9]))).rejects.toBeInstanceOf(
      UnknownBackupHandleError,
    );

    await writeFile(join(folder, 'partial-crashed.jhbak'), 'half');
    expect(await store().list()).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('reads a kept backup in pieces, and opens only names it keeps', async () => {
    const backups = store();
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const { name } = await keep(backups, bytes);
    const opened = await backups.openKept(name);
    expect(opened).toMatchObject({ name, size: 300 });
    const first = await backups.read(opened.readId, 0, 200);
    const rest = await backups.read(opened.readId, 200, 200);
    expect(new Uint8Array([...first, ...rest])).toEqual(bytes);
    await expect(backups.openKept('jianhu-backup-20990101T000000000Z.jhbak')).rejects.toThrow();
    await expect(backups.read('unknown', 0, 1)).rejects.toBeInstanceOf(UnknownBackupHandleError);
  });

  it('writes a chosen file in place only when finished', async () => {
    const backups = store();
    const path = join(folder, '..', '检护备份.jhbak');
    const writeId = await backups.beginFile(path);
    await backups.append(writeId, new Uint8Array([7, 7]));
    await expect(stat(path)).rejects.toThrow();
    expect(await backups.finish(writeId)).toMatchObject({ name: '检护备份.jhbak', size: 2 });
    expect(new Uint8Array(await readFile(path))).toEqual(new Uint8Array([7, 7]));
    expect(await readdir(join(folder, '..'))).not.toContain('检护备份.jhbak.partial');
  });
});

describe('the backup handlers', () => {
  const sender: FakeSender = { id: 1 };

  it('open the save dialog in the documents folder, offering only .jhbak, and stop on cancel', async () => {
    const deps = createFakeDeps();
    deps.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const handlers = createBackupHandlers(deps);
    const request = { target: 'file', suggestedName: '检护备份.jhbak' } as const;
    expect(await handlers[IpcChannel.backupBegin](request, sender)).toBeNull();
    expect(deps.showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: '/home/user/Documents/检护备份.jhbak',
      filters: [{ name: '检护备份 Jianhu backup', extensions: ['jhbak'] }],
    });
    expect(deps.backups.beginFile).not.toHaveBeenCalled();
  });

  it('answer invalid-request for a handle main does not know', async () => {
    const deps = createFakeDeps();
    deps.backups.finish.mockRejectedValueOnce(new UnknownBackupHandleError('unknown write'));
    const handlers = createBackupHandlers(deps);
    await expect(
      handlers[IpcChannel.backupFinish]({ writeId: 'x', keep: 7 }, sender),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
