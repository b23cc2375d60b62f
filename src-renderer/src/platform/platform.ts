/**
 * What the renderer may ask of the machine it runs on. Two implementations, chosen once at start
 * (./index.ts): the Electron bridge (`window.jianhu`) and a plain-browser fallback.
 */
import type {
  AppInfo,
  FileFilter,
  IpcErrorCode,
  JianhuBridge,
  OpenedFile,
  PdfPageSize,
} from '../../../src-shared/ipc';

export type { AppInfo, FileFilter, OpenedFile } from '../../../src-shared/ipc';

/** Which implementation is running. */
export const PlatformKind = {
  /** The desktop app: native dialogs, printing to PDF, power events. */
  electron: 'electron',
  /** A plain browser tab: downloads, a file picker and the browser's print dialog. */
  web: 'web',
} as const;
export type PlatformKind = (typeof PlatformKind)[keyof typeof PlatformKind];

export type PrintOptions = {
  readonly pageSize?: PdfPageSize;
  readonly landscape?: boolean;
};

export type Platform = {
  readonly kind: PlatformKind;
  appInfo(): Promise<AppInfo>;
  /**
   * Saves `bytes` under a name the user confirms. Resolves to the saved path (Electron), the
   * downloaded file's name (web), or null when the user cancelled.
   */
  saveFile(name: string, bytes: Uint8Array, filters: readonly FileFilter[]): Promise<string | null>;
  /** Lets the user pick one file; null when cancelled. `maxBytes` defaults to the contract's cap. */
  openFile(filters: readonly FileFilter[], maxBytes?: number): Promise<OpenedFile | null>;
  /**
   * Prints the current view (its print stylesheet applies) to a PDF named `name`. Resolves to the
   * saved path, or null when cancelled — or, on the web, whenever the browser's dialog closed.
   */
  printToPdf(name: string, options?: PrintOptions): Promise<string | null>;
  /** Calls `listener` when the machine wakes (or, on the web, the tab becomes visible again). */
  onResumed(listener: () => void): () => void;
};

/** A platform call that failed; `code` says why (never thrown for a cancelled dialog). */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

declare global {
  // An interface, not a type: only interfaces merge into the DOM's Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The preload's bridge; absent in the plain web build. Use getPlatform(), not this. */
    readonly jianhu?: JianhuBridge;
  }
}
