import type { IpcResult, JianhuBridge } from '../../../src-shared/ipc';
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
  };
}
