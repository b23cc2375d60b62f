/**
 * What the renderer may ask of the machine it runs on. Two implementations, chosen once at start
 * (./index.ts): the Electron bridge (`window.jianhu`) and a plain-browser fallback.
 */
import type {
  AppInfo,
  CaInfo,
  FileFilter,
  IpcErrorCode,
  JianhuBridge,
  OpenedFile,
  PdfPageSize,
  SecretStatus as DesktopSecretStatus,
  StoredBackup,
} from '../../../src-shared/ipc';

export type {
  AppInfo,
  CaInfo,
  FileFilter,
  OpenedFile,
  StoredBackup,
} from '../../../src-shared/ipc';

/** Which implementation is running. */
export const PlatformKind = {
  /** The desktop app: native dialogs, printing to PDF, power events. */
  electron: 'electron',
  /** A plain browser tab: downloads, a file picker and the browser's print dialog. */
  web: 'web',
} as const;
export type PlatformKind = (typeof PlatformKind)[keyof typeof PlatformKind];

/**
 * How secrets are kept at rest. The desktop app answers main's status (OS key store, weaker, or
 * unavailable); a browser keeps them as they are, protected only by its profile.
 */
export type SecretStatus = DesktopSecretStatus | { readonly protection: 'browser' };

/**
 * A secret as stored: wrapped by the desktop app (base64 of safeStorage's bytes), or as it is in
 * the web build, which has no key store.
 */
export type StoredSecret = { readonly wrapped: string } | { readonly clear: string };

/** A secret read back; `restore` is set when the stored form should be replaced (key rotated). */
export type OpenedSecret = { readonly plain: string; readonly restore: StoredSecret | null };

/** Which CA the sync connection trusts. */
export type CaStatus =
  | { readonly kind: 'browser' }
  | { readonly kind: 'none' }
  | { readonly kind: 'trusted'; readonly info: CaInfo };

/**
 * Backup archives (features/backup): saved where the user picks and picked to restore, and the
 * automatic ones the app keeps (Electron: userData/backups; web: the origin-private file system).
 * Archives go as Blobs, in pieces: never a whole archive in one buffer.
 */
export type BackupFiles = {
  /** Saves `archive` under a name the user confirms; the saved name, or null when cancelled. */
  saveAs(name: string, archive: Blob): Promise<string | null>;
  /** Lets the user pick an archive file; null when cancelled. */
  pick(): Promise<Blob | null>;
  /** The kept automatic backups, oldest first. */
  list(): Promise<StoredBackup[]>;
  /** Keeps `archive` as an automatic backup, then only the newest `keep` of them. */
  keep(archive: Blob, keep: number): Promise<StoredBackup>;
  /** A kept backup's bytes. */
  read(name: string): Promise<Blob>;
};

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
  secretStatus(): Promise<SecretStatus>;
  /** The user's explicit choice to keep secrets with weaker protection than an OS key store. */
  acceptWeakSecretProtection(): Promise<SecretStatus>;
  /** The form to store: wrapped by main (refused with `secret-unprotected`), or as is on the web. */
  wrapSecret(plain: string): Promise<StoredSecret>;
  /** The stored form back to the secret; a wrapped one only the desktop app can open. */
  unwrapSecret(stored: StoredSecret): Promise<OpenedSecret>;
  caStatus(): Promise<CaStatus>;
  /** Lets the user pick the CA file and trusts it for `serverUrl`'s host; null when cancelled. */
  importCa(serverUrl: string): Promise<CaInfo | null>;
  removeCa(): Promise<void>;
  /**
   * The one sync server the app may connect to from now on (checked with `checkServerUrl`), or
   * none for null. The desktop app enforces it in main; the web build leaves it to the browser.
   */
  allowSyncServer(serverUrl: string | null): Promise<void>;
  readonly backups: BackupFiles;
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
