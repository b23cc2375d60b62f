import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';

// Packaging cannot run here (build/README.md), so the configuration is checked the way
// electron-builder itself checks it before a build: loaded from the YAML, validated by its schema.
const load = () => getConfig(process.cwd(), 'build/electron-builder.yml', null);

describe('build/electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(
      validateConfiguration(await load(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('packs only the bundles, in an asar, with the fuses that keep it closed', async () => {
    const config = await load();
    expect(config).toMatchObject({
      appId: 'cn.gov.jcy.jianhu',
      productName: '检护',
      artifactName: 'Jianhu-${version}-${arch}.${ext}',
      // electron-builder normalises the list into one filter. The bundles inline their libraries,
      // so no node_modules; the provincial server's build is not part of the desktop app.
      files: [
        { filter: ['out/**', '!out/server{,/**/*}', 'package.json', '!node_modules{,/**/*}'] },
      ],
      asar: true,
      electronFuses: { runAsNode: false, onlyLoadAppFromAsar: true },
    });
  });

  it('builds NSIS x64 in Chinese and deb + AppImage for x64 and arm64', async () => {
    const config = await load();
    expect(config.win).toMatchObject({ target: [{ target: 'nsis', arch: ['x64'] }] });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux).toMatchObject({
      category: 'Office',
      target: [
        { target: 'deb', arch: ['x64', 'arm64'] },
        { target: 'AppImage', arch: ['x64', 'arm64'] },
      ],
    });
  });
});
