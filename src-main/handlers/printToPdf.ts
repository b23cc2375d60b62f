import { join } from 'node:path';
import type { IpcChannel, PdfPageSize } from '../../src-shared/ipc';
import type { IpcHandler } from '../ipc';
import { chosenPath, type FileAccess, type ShowSaveDialog } from './dialogs';

/** The options passed to Electron's `webContents.printToPDF`. */
export type PdfOptions = {
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
  /** Keeps table shading and seals drawn as backgrounds. */
  readonly printBackground: true;
  /** Lets `@page` rules of the print stylesheet set margins. */
  readonly preferCSSPageSize: false;
  /** Headings become PDF bookmarks, which long documents need. */
  readonly generateDocumentOutline: true;
};

export type PrintToPdfDeps<Sender> = {
  readonly showSaveDialog: ShowSaveDialog<Sender>;
  readonly printToPdf: (sender: Sender, options: PdfOptions) => Promise<Uint8Array>;
  readonly files: Pick<FileAccess, 'writeFile' | 'defaultDirectory'>;
};

/**
 * `document:printToPdf`: asks where first (cancelling costs no rendering), then prints the
 * sender's current view — its print stylesheet applies — and writes the PDF.
 */
export function createPrintToPdfHandler<Sender>(
  deps: PrintToPdfDeps<Sender>,
): IpcHandler<typeof IpcChannel.documentPrintToPdf, Sender> {
  return async (request, sender) => {
    const path = chosenPath(
      await deps.showSaveDialog(sender, {
        defaultPath: join(deps.files.defaultDirectory(), request.suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    if (path === null) return null;
    const pdf = await deps.printToPdf(sender, {
      pageSize: request.pageSize,
      landscape: request.landscape,
      printBackground: true,
      preferCSSPageSize: false,
      generateDocumentOutline: true,
    });
    await deps.files.writeFile(path, pdf);
    return path;
  };
}
