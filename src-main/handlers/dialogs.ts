/**
 * The Electron dialog and file-system capabilities the handlers need, as plain function types so
 * tests pass fakes. `Sender` is the webContents that made the call (dialogs attach to its window).
 */
import type { FileFilter } from '../../src-shared/ipc';

export type SaveDialogOptions = {
  readonly defaultPath: string;
  readonly filters: FileFilter[];
};
export type SaveDialogOutcome = { readonly canceled: boolean; readonly filePath?: string };

export type OpenDialogOptions = {
  readonly filters: FileFilter[];
  readonly properties: ['openFile'];
};
export type OpenDialogOutcome = { readonly canceled: boolean; readonly filePaths: string[] };

export type ShowSaveDialog<Sender> = (
  sender: Sender,
  options: SaveDialogOptions,
) => Promise<SaveDialogOutcome>;
export type ShowOpenDialog<Sender> = (
  sender: Sender,
  options: OpenDialogOptions,
) => Promise<OpenDialogOutcome>;

export type FileAccess = {
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  readonly readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Size in bytes, read before the file so an oversized one is never loaded. */
  readonly fileSize: (path: string) => Promise<number>;
  /** Where save dialogs open (the user's Documents folder). */
  readonly defaultDirectory: () => string;
};

/** The chosen path, or null when the dialog was cancelled or answered nothing. */
export function chosenPath(outcome: SaveDialogOutcome): string | null {
  if (outcome.canceled || outcome.filePath === undefined || outcome.filePath === '') return null;
  return outcome.filePath;
}

/** Electron wants mutable arrays; the contract's are readonly. */
export function copyFilters(filters: readonly FileFilter[]): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}
