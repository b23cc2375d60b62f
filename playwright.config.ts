import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The sync spec's provincial server: the same address and data folder as tests/e2e/sync/syncServer.ts
// (not imported from there: this file belongs to the node tsconfig project, the tests do not).
const SYNC_SERVER_ORIGIN = 'http://127.0.0.1:8787';
const SYNC_DATA_DIR = join(tmpdir(), 'jianhu-e2e-sync-server');

// Debian's Chromium, never a downloaded browser (this machine cannot download one).
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node node_modules/vite/bin/vite.js preview --config vite.web.config.mts',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The real provincial server (tests/e2e/sync.spec.ts), seeded first: embedded PGlite in a
      // temporary folder, whatever DATABASE_URL says, so every run starts from the same state.
      command:
        'node node_modules/tsx/dist/cli.mjs tests/e2e/sync/seedSyncServer.ts && ' +
        'node node_modules/tsx/dist/cli.mjs src-server/main.ts',
      url: `${SYNC_SERVER_ORIGIN}/api/v1/health`,
      env: {
        HOST: '127.0.0.1',
        PORT: '8787',
        JIANHU_DATA_DIR: SYNC_DATA_DIR,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
