import { defineConfig } from '@playwright/test';

// The sync spec starts and stops its own provincial server (tests/e2e/sync/serverProcess.ts).
// Debian's Chromium, never a downloaded browser (this machine cannot download one).
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// E2E_SLOT moves the ports so parallel checkouts can run e2e side by side (tests/e2e/e2eSlot.ts).
const WEB_PORT = 4173 + 10 * Number(process.env['E2E_SLOT'] ?? '0');
const WEB_ORIGIN = `http://127.0.0.1:${String(WEB_PORT)}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: WEB_ORIGIN,
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
      command: `node node_modules/vite/bin/vite.js preview --config vite.web.config.mts --port ${String(WEB_PORT)}`,
      url: WEB_ORIGIN,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
