/**
 * The real Electron and file-system capabilities behind the IPC handlers. Kept apart from the
 * handlers so those stay testable with fakes; this file is the only one they reach Electron by.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BrowserWindow, app, dialog, safeStorage, session, type WebContents } from 'electron';
import { createBackupStore } from './backupStore';
import { createCaTrust, type CaTrust } from './caTrust';
import type { IpcHandlerDeps } from './handlers';
import type { Logger } from './log';
import { createSecretVault, type ChoiceStore } from './secrets';
import { createSyncOrigin, type SyncOrigin } from './syncOrigin';
import { createUserDataFile } from './userDataFile';

const choiceSchema = z.object({ isWeakAccepted: z.boolean() });

function createChoiceStore(path: string): ChoiceStore {
  const file = createUserDataFile(path);
  return {
    load: async () => {
      const text = await file.read();
      return text !== null && choiceSchema.parse(JSON.parse(text)).isWeakAccepted;
    },
    save: (isWeakAccepted) => file.write(JSON.stringify({ isWeakAccepted })),
  };
}

/**
 * The province's CA for the default session (the one the renderer's fetch uses). Reinstalling the
 * proc drops the network service's cached verdicts; closing connections drops pooled ones.
 */
export async function trustProvinceCa(log: Logger): Promise<CaTrust> {
  const installVerifyProc = () => {
    session.defaultSession.setCertificateVerifyProc((request, callback) => {
      caTrust.verify(request, callback);
    });
    void session.defaultSession.closeAllConnections();
  };
  const caTrust = createCaTrust({
    store: createUserDataFile(join(app.getPath('userData'), 'province-ca.json')),
    now: () => new Date(),
    log,
    onChange: installVerifyProc,
  });
  installVerifyProc();
  await caTrust.load();
  return caTrust;
}

/** The enrolled sync server's origin, as the last run left it in userData. */
export async function loadSyncOrigin(log: Logger): Promise<SyncOrigin> {
  const syncOrigin = createSyncOrigin({
    store: createUserDataFile(join(app.getPath('userData'), 'sync-origin.json')),
    log,
  });
  await syncOrigin.load();
  return syncOrigin;
}

export function createElectronHandlerDeps(
  caTrust: CaTrust,
  syncOrigin: SyncOrigin,
): IpcHandlerDeps<WebContents> {
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
    secrets: createSecretVault({
      safeStorage,
      platform: process.platform,
      choice: createChoiceStore(join(app.getPath('userData'), 'secret-protection.json')),
    }),
    caTrust,
    syncOrigin,
    backups: createBackupStore({
      directory: join(app.getPath('userData'), 'backups'),
      now: () => new Date(),
      newId: randomUUID,
    }),
  };
}
