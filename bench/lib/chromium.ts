/**
 * Debian's Chromium driven by playwright-core: a fresh user-data-dir for every run (nothing cached
 * from the previous one), the flags a headless benchmark needs, and heap figures over CDP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { BenchApi } from '../browser/api';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Session = {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** The profile folder, kept when `keepProfile` was asked for (to copy it). */
  profile: string;
  close(): Promise<void>;
};

/** Opens Chromium on `profile` (default: a new empty folder, removed on close) and one page. */
export async function openChromium(options: { profile?: string; keepProfile?: boolean } = {}) {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'jianhu-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(0);
  // A broken page would otherwise only show as a benchmark that never ends.
  page.on('pageerror', (error) => {
    console.error(`  [page error] ${error.message}`);
  });
  const cdp = await context.newCDPSession(page);
  const session: Session = {
    context,
    page,
    cdp,
    profile,
    async close() {
      await context.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Opens the bench page and waits until its API is there. */
export async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'bench ready', undefined, {
    timeout: 30_000,
  });
}

/** Chromium's version as the browser reports it. */
export async function chromiumVersion(): Promise<string> {
  const s = await openChromium();
  try {
    return s.context.browser()?.version() ?? (await s.page.evaluate(() => navigator.userAgent));
  } finally {
    await s.close();
  }
}

/** Live JS heap of the page after a full collection: V8 heap plus ArrayBuffer backing stores. */
export async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/** Calls `window.bench[name](...args)` in the page. */
export function call<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([fn, params]) => {
      const api = (globalThis as unknown as { bench: Record<string, (...a: unknown[]) => unknown> })
        .bench;
      const f = api[fn];
      if (!f) throw new Error(`no bench function ${fn}`);
      return f(...params);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}
