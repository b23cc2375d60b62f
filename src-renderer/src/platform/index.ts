/**
 * The renderer's door to the machine. `getPlatform()` picks the Electron bridge when the preload
 * exposed `window.jianhu`, the web fallback otherwise, once, at first use.
 */
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { createWebPlatform } from './webPlatform';

export { PlatformError, PlatformKind } from './platform';
export type {
  AppInfo,
  BackupFiles,
  CaInfo,
  CaStatus,
  FileFilter,
  OpenedFile,
  OpenedSecret,
  Platform,
  PrintOptions,
  SecretStatus,
  StoredBackup,
  StoredSecret,
} from './platform';
export { PRINTING_ATTRIBUTE } from './webPlatform';

/** The implementation for `win`: Electron when the preload bridge is there, else the web. */
export function selectPlatform(win: Window & typeof globalThis): Platform {
  return win.jianhu ? createElectronPlatform(win.jianhu) : createWebPlatform(win);
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= selectPlatform(window);
  return current;
}
