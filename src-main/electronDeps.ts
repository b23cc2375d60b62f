/**
 * The real Electron and file-system capabilities behind the IPC handlers. Kept apart from the
 * handlers so those stay testable with fakes; this file is the only one they reach Electron by.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import type { IpcHandlerDeps } from './handlers';

export function createElectronHandlerDeps(): IpcHandlerDeps<WebContents> {
  return {
    app,
    process,
    // Dialogs are modal to the window that asked, so they cannot get lost behind it.
    showSaveDialog: (sender, options) => {
      const parent = BrowserWindow.fromWebContents(sender);
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (sender, options) => {
      const parent = BrowserWindow.fromWebContents(sender);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    printToPdf: (sender, options) => sender.printToPDF(options),
    files: {
      writeFile: (path, data) => writeFile(path, data),
      readFile: (path) => readFile(path),
      fileSize: async (path) => (await stat(path)).size,
      defaultDirectory: () => app.getPath('documents'),
    },
  };
}
