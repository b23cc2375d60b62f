import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../src-main/window';

describe('createWindowOptions', () => {
  it('keeps the security baseline', () => {
    const options = createWindowOptions('/app/out/preload/index.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
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
      devTools: false,
    });
  });

  it('sets no option that loosens it', () => {
    const preferences =
      createWindowOptions('/p.js', { isDevToolsEnabled: true }).webPreferences ?? {};
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences).not.toHaveProperty('partition');
    expect(preferences.devTools).toBe(true);
  });

  it('waits for the first paint before showing the window', () => {
    expect(createWindowOptions('/p.js').show).toBe(false);
  });
});
