/**
 * Where automatic backups are kept: the shared naming and rotation rule, the web build's
 * origin-private folder (a fake of the handle API) and the desktop app's pieces over IPC (a fake
 * bridge holding the "file" main would write).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  backupsToRemove,
  sortStoredBackups,
  storedBackupName,
  storedBackupTime,
} from '../../../src-shared/backup/backupFiles';
import { MAX_BACKUP_PIECE_BYTES } from '../../../src-shared/ipc';
import { createElectronBackups } from '../../../src-renderer/src/platform/electronBackups';
import {
  createFolderBackups,
  type BackupFolder,
  type BackupRoot,
} from '../../../src-renderer/src/platform/webBackups';
import { createFakeBridge } from '../platform/fakeBridge';
import { patternBytes, sha256Of } from './backupFixtures';

const HOUR = 3_600_000;
const START = Date.parse('2026-03-02T02:00:00.000Z');

describe('kept backup names and rotation', () => {
  it('names a backup by its UTC millisecond, and reads the time back', () => {
    const at = new Date('2026-03-02T02:03:04.005Z');
    expect(storedBackupName(at)).toBe('jianhu-backup-20260302T020304005Z.jhbak');
    expect(storedBackupName(at, 3)).toBe('jianhu-backup-20260302T020304005Z-3.jhbak');
    expect(storedBackupTime(storedBackupName(at, 3))).toEqual({ at, counter: 3 });
    expect(storedBackupTime('notes.jhbak')).toBeNull();
  });

  it('removes the oldest beyond the newest N, and never a file that is not a kept backup', () => {
    const names = Array.from({ length: 9 }, (_, i) => storedBackupName(new Date(START + i * HOUR)));
    const shuffled = [names[4], 'readme.txt', ...names.slice(5), ...names.slice(0, 4)].map(String);
    expect(sortStoredBackups(shuffled)).toEqual(names);
    expect(backupsToRemove(shuffled, 7)).toEqual(names.slice(0, 2));
    expect(backupsToRemove(shuffled, 20)).toEqual([]);
    // At least one is always kept, whatever is asked.
    expect(backupsToRemove(shuffled, 0)).toEqual(names.slice(0, 8));
  });
});

async function* toAsync<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/** An in-memory stand-in for an OPFS directory: a file's bytes change only at close(). */
function fakeRoot() {
  const files = new Map<string, Blob>();
  const folder: BackupFolder = {
    keys: () => toAsync([...files.keys()]),
    getFileHandle: (name, options) => {
      if (!files.has(name) && options?.create !== true) return Promise.reject(new Error('missing'));
      if (!files.has(name)) files.set(name, new Blob([]));
      return Promise.resolve({
        getFile: () => Promise.resolve(files.get(name) ?? new Blob([])),
        createWritable: () => {
          let written: Blob | null = null;
          return Promise.resolve({
            write: (data: Blob) => {
              written = data;
              return Promise.resolve();
            },
            close: () => {
              if (written) files.set(name, written);
              return Promise.resolve();
            },
          });
        },
      });
    },
    removeEntry: (name) => {
      files.delete(name);
      return Promise.resolve();
    },
  };
  const root: BackupRoot = { getDirectoryHandle: () => Promise.resolve(folder) };
  return { files, root: () => Promise.resolve(root) };
}

describe('kept backups in the web build (origin-private file system)', () => {
  it('keeps the newest N, lists them oldest first, and reads one back byte for byte', async () => {
    const { root, files } = fakeRoot();
    let clock = START;
    const kept = createFolderBackups(root, () => new Date(clock));
    for (let i = 0; i < 9; i++) {
      await kept.keep(new Blob([patternBytes(100 + i)]), 7);
      clock += HOUR;
    }
    const listed = await kept.list();
    expect(listed.map((b) => b.size)).toEqual([102, 103, 104, 105, 106, 107, 108]);
    expect(files.size).toBe(7);
    const newest = listed.at(-1);
    expect(newest?.createdAt).toBe('2026-03-02T10:00:00.000Z');
    const read = await kept.read(newest?.name ?? '');
    expect(await sha256Of(read)).toBe(await sha256Of(new Blob([patternBytes(108)])));
  });

  it('does not list an empty file a cut-off write left, and reads only kept names', async () => {
    const { root, files } = fakeRoot();
    files.set(storedBackupName(new Date(START)), new Blob([]));
    const kept = createFolderBackups(root, () => new Date(START + HOUR));
    expect(await kept.list()).toEqual([]);
    await expect(kept.read('../secrets.jhbak')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

/** A fake main process: the pieces appended per write, and files to read by handle. */
function fakeMain() {
  const handle = '0b6c5e1a-3f7d-4c2b-9a8e-5d4f3c2b1a09';
  const pieces: Uint8Array[] = [];
  let stored = new Blob([]);
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const bridge = createFakeBridge({
    backup: {
      begin: () => ok({ writeId: handle }),
      append: ({ data }) => {
        pieces.push(data);
        return ok(null);
      },
      finish: () => {
        stored = new Blob(pieces.map((p) => Uint8Array.from(p)));
        return ok({
          name: storedBackupName(new Date(START)),
          size: stored.size,
          createdAt: '2026-03-02T02:00:00.000Z',
        });
      },
      abort: vi.fn(() => ok(null)),
      open: () => ok({ readId: handle, name: 'x.jhbak', size: stored.size }),
      read: async ({ offset, length }) =>
        ok(new Uint8Array(await stored.slice(offset, offset + length).arrayBuffer())),
    },
  });
  return { bridge, pieces };
}

describe('kept backups in the desktop app (pieces over IPC)', () => {
  it('sends an archive in pieces of at most 8 MiB and reads back the same bytes', async () => {
    const { bridge, pieces } = fakeMain();
    const archive = new Blob([patternBytes(20 * 1024 * 1024 + 5)]);
    const backups = createElectronBackups(bridge);
    const written = await backups.keep(archive, 7);
    expect(pieces.map((p) => p.byteLength)).toEqual([
      MAX_BACKUP_PIECE_BYTES,
      MAX_BACKUP_PIECE_BYTES,
      4 * 1024 * 1024 + 5,
    ]);
    expect(written.size).toBe(archive.size);
    const read = await backups.read(written.name);
    expect(await sha256Of(read)).toBe(await sha256Of(archive));
  });

  it('drops the partial file when a piece is refused, and answers null for a cancelled save', async () => {
    const abort = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    const failing = createFakeBridge({
      backup: {
        begin: () => Promise.resolve({ ok: true, value: { writeId: 'w' } }),
        append: () =>
          Promise.resolve({ ok: false, error: { code: 'failed', message: 'disk full' } }),
        abort,
      },
    });
    await expect(
      createElectronBackups(failing).keep(new Blob([patternBytes(10)]), 7),
    ).rejects.toMatchObject({
      code: 'failed',
    });
    expect(abort).toHaveBeenCalledWith({ writeId: 'w' });
    expect(
      await createElectronBackups(createFakeBridge()).saveAs('a.jhbak', new Blob(['x'])),
    ).toBeNull();
  });
});
