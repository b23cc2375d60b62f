import type { IpcResult, JianhuBridge } from '../../../src-shared/ipc';
import { createElectronBackups } from './electronBackups';
import { PlatformError, PlatformKind, type FileFilter, type Platform } from './platform';

/** The value of a successful call; a failed one becomes a PlatformError with its code. */
function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

function copyFilters(filters: readonly FileFilter[]): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/** The desktop implementation over `window.jianhu` (src-main/preload). */
export function createElectronPlatform(bridge: JianhuBridge): Platform {
  return {
    kind: PlatformKind.electron,
    appInfo: async () => unwrap(await bridge.app.info()),
    saveFile: async (name, bytes, filters) =>
      unwrap(
        await bridge.dialog.saveFile({
          suggestedName: name,
          filters: copyFilters(filters),
          data: bytes,
        }),
      ),
    openFile: async (filters, maxBytes) =>
      unwrap(await bridge.dialog.openFile({ filters: copyFilters(filters), maxBytes })),
    printToPdf: async (name, options = {}) =>
      unwrap(
        await bridge.document.printToPdf({
          suggestedName: name,
          pageSize: options.pageSize,
          landscape: options.landscape,
        }),
      ),
    onResumed: (listener) => bridge.app.onResumed(listener),
    secretStatus: async () => unwrap(await bridge.secret.status()),
    acceptWeakSecretProtection: async () => unwrap(await bridge.secret.acceptWeak()),
    wrapSecret: async (plain) => unwrap(await bridge.secret.wrap({ plain })),
    unwrapSecret: async (stored) => {
      // A token stored in clear by an older version opens as it is, without main; wrapping it
      // is syncMeta's protectStoredToken, which can also say why that was refused.
      if ('clear' in stored) return { plain: stored.clear, restore: null };
      const opened = unwrap(await bridge.secret.unwrap({ wrapped: stored.wrapped }));
      return {
        plain: opened.plain,
        restore: opened.rewrapped === null ? null : { wrapped: opened.rewrapped },
      };
    },
    caStatus: async () => {
      const info = unwrap(await bridge.ca.status());
      return info === null ? { kind: 'none' } : { kind: 'trusted', info };
    },
    importCa: async (serverUrl) => unwrap(await bridge.ca.import({ serverUrl })),
    removeCa: async () => {
      unwrap(await bridge.ca.remove());
    },
    allowSyncServer: async (serverUrl) => {
      unwrap(await bridge.sync.setServer({ serverUrl }));
    },
    backups: createElectronBackups(bridge),
  };
}
