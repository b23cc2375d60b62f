/**
 * Backup archives in the desktop app: written and read in pieces over `backup:*` (≤ 8 MiB each),
 * so an archive of any size crosses IPC without one big buffer. Main picks every path: its own
 * dialogs for a chosen file, userData/backups for the kept ones.
 */
import {
  MAX_BACKUP_PIECE_BYTES,
  type BackupOpened,
  type IpcResult,
  type JianhuBridge,
} from '../../../src-shared/ipc';
import { PlatformError, type BackupFiles } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** Pieces read gathered into one Blob part, so their buffers can be collected. */
const PIECES_PER_PART = 8;

async function writePieces(bridge: JianhuBridge, writeId: string, archive: Blob): Promise<void> {
  for (let offset = 0; offset < archive.size; offset += MAX_BACKUP_PIECE_BYTES) {
    const data = new Uint8Array(
      await archive.slice(offset, offset + MAX_BACKUP_PIECE_BYTES).arrayBuffer(),
    );
    unwrap(await bridge.backup.append({ writeId, data }));
  }
}

/** Writes `archive` through `writeId`, or drops the partial file when anything fails. */
async function writeAll<T>(
  bridge: JianhuBridge,
  writeId: string,
  archive: Blob,
  finish: () => Promise<IpcResult<T>>,
): Promise<T> {
  try {
    await writePieces(bridge, writeId, archive);
    return unwrap(await finish());
  } catch (error) {
    await bridge.backup.abort({ writeId });
    throw error;
  }
}

async function readAll(bridge: JianhuBridge, opened: BackupOpened): Promise<Blob> {
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < opened.size;) {
    const length = Math.min(MAX_BACKUP_PIECE_BYTES, opened.size - offset);
    const piece = unwrap(await bridge.backup.read({ readId: opened.readId, offset, length }));
    if (piece.byteLength === 0) break; // The file shrank meanwhile: what was read is refused later.
    pending.push(piece);
    offset += piece.byteLength;
    if (pending.length >= PIECES_PER_PART) {
      parts.push(new Blob(pending));
      pending = [];
    }
  }
  parts.push(new Blob(pending));
  return new Blob(parts, { type: 'application/octet-stream' });
}

export function createElectronBackups(bridge: JianhuBridge): BackupFiles {
  return {
    saveAs: async (name, archive) => {
      const begun = unwrap(await bridge.backup.begin({ target: 'file', suggestedName: name }));
      if (begun === null) return null;
      const written = await writeAll(bridge, begun.writeId, archive, () =>
        bridge.backup.finish({ writeId: begun.writeId }),
      );
      return written.name;
    },
    pick: async () => {
      const opened = unwrap(await bridge.backup.open({ from: 'file' }));
      return opened === null ? null : readAll(bridge, opened);
    },
    list: async () => unwrap(await bridge.backup.list()),
    keep: async (archive, keep) => {
      const begun = unwrap(await bridge.backup.begin({ target: 'auto' }));
      if (begun === null) throw new Error('main answered no write for a kept backup');
      return writeAll(bridge, begun.writeId, archive, () =>
        bridge.backup.finish({ writeId: begun.writeId, keep }),
      );
    },
    read: async (name) => {
      const opened = unwrap(await bridge.backup.open({ from: 'auto', name }));
      if (opened === null) throw new Error('main answered no file for a kept backup');
      return readAll(bridge, opened);
    },
  };
}
