import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowOptionsConfig = {
  /** DevTools only in development: on a workstation they would bypass every UI rule. */
  readonly isDevToolsEnabled?: boolean;
};

/**
 * The main window. The webPreferences are the security baseline of DESIGN.md §5 and are written
 * out even where they equal Electron's defaults, so a changed default cannot weaken them and a
 * test can hold them in place.
 */
export function createWindowOptions(
  preloadPath: string,
  config: WindowOptionsConfig = {},
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '检护 Jianhu',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: config.isDevToolsEnabled ?? false,
    },
  };
}
