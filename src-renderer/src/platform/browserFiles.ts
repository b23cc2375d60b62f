/** The plain browser's file dialogs: a hidden file input to open, a download to save. */
import type { FileFilter } from './platform';

/** A download's object URL outlives the click: some browsers read it after the event returns. */
const REVOKE_AFTER_MS = 40_000;

/** A hidden file input's choice: the File (a Blob read lazily), or null when cancelled. */
export function pickFile(document: Document, filters: readonly FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((e) => `.${e}`)).join(',');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      finish(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      finish(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** Starts the browser's download of `blob` as `name` (the name was checked by the caller). */
export function downloadBlob(win: Window & typeof globalThis, name: string, blob: Blob): void {
  const { document } = win;
  const url = win.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  win.setTimeout(() => {
    win.URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
