/**
 * The Electron main process: lifecycle only. Security, protocol, window, IPC and menu live in
 * their own modules (src-main/README.md), the province's CA, the sync origin and secrets in
 * electronDeps.ts, the log file in logFile.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  webContents,
} from 'electron';
import { contentSecurityPolicy, devContentSecurityPolicy } from '../src-shared/security/csp';
import { createElectronHandlerDeps, loadSyncOrigin, trustProvinceCa } from './electronDeps';
import { createIpcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { createLogger, describeError, stderrTransport } from './log';
import { createFileLogTransport } from './logFile';
import { buildMenuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  appSchemePrivileges,
  createAppProtocolHandler,
} from './protocol';
import { forwardResumeEvents } from './resume';
import { hardenAllWebContents, hardenSession } from './security';
import { createTrust } from './trustedSender';
import { createWindowOptions } from './window';

// The dev server URL is honoured only in an unpackaged build, and only on loopback.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isDevelopment = devServerUrl !== undefined;
const trust = createTrust(devServerUrl);
const log = createLogger(
  createFileLogTransport({
    directory: join(app.getPath('userData'), 'logs'),
    isConsoleOn: !app.isPackaged,
  }) ?? stderrTransport,
);

// Before anything else: every renderer sandboxed, and the app:// scheme privileged (must precede
// 'ready').
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    createWindowOptions(join(__dirname, '../preload/index.js'), {
      isDevToolsEnabled: !app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const syncOrigin = await loadSyncOrigin(log);
  hardenSession(session.defaultSession, {
    trust,
    policy: isDevelopment ? devContentSecurityPolicy : contentSecurityPolicy,
    syncOrigin: syncOrigin.current,
    log,
  });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: join(__dirname, '../renderer'),
      policy: () => contentSecurityPolicy(syncOrigin.current()),
      readFile: (path) => readFile(path),
      log,
    }),
  );
  const caTrust = await trustProvinceCa(log);
  registerIpcHandlers(ipcMain, createIpcHandlers(createElectronHandlerDeps(caTrust, syncOrigin)), {
    isTrustedFrame: trust.isTrustedFrame,
    log,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(app.getLocale(), { isDevToolsEnabled: !app.isPackaged }),
    ),
  );
  forwardResumeEvents(powerMonitor, () => webContents.getAllWebContents(), trust.isTrustedUrl);
  mainWindow = createMainWindow();
}

// One instance per workstation: two would write the same IndexedDB and race the sync.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  hardenAllWebContents(app, trust, log);
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow();
    }
  });
  app.on('render-process-gone', (_event, _contents, details) => {
    log.error(`renderer gone: ${details.reason}`);
  });
  start().catch((error: unknown) => {
    log.error(`start failed: ${describeError(error)}`);
    app.quit();
  });
} else {
  app.quit();
}
