import { describe, expect, it } from 'vitest';

type Launcher = {
  NO_ELECTRON_MESSAGE: string;
  electronBinary: (require: { resolve: (id: string) => string }) => string | null;
};
// A plain .mjs build script without types.
const launcherPath = '../../../build/start-desktop.mjs';
const launcher = (await import(launcherPath)) as Launcher;

describe('issue 15: npm start without Electron', () => {
  it('finds no binary where the electron package has none, and says to run the web build', () => {
    const fakeRequire = { resolve: () => '/nonexistent/electron/package.json' };
    expect(launcher.electronBinary(fakeRequire)).toBeNull();
    expect(launcher.NO_ELECTRON_MESSAGE).toContain('npm run web');
    expect(launcher.NO_ELECTRON_MESSAGE).toContain('--port 5200');
  });
});
