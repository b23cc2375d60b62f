/**
 * The start-up benchmark's page side, shared by the suite (suites/startup.ts) and its profile
 * (profile.ts startup): the web build, a profile seeded with cases on the origin `vite preview`
 * will serve, the sign-in, and the script that marks in the page when the list is interactive
 * and when it is whole.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BENCH_PASSWORD } from '../shared/demoData';
import { runVite } from './buildPage';
import { call, openBenchPage, openChromium } from './chromium';
import { BENCH_OUT, ROOT, serveStaticOn } from './staticFiles';

/** The web build goes to a folder of its own, so others' e2e runs on out/web are not disturbed. */
export const WEB_OUT = join(ROOT, 'out', 'bench-web');

/** The renderer's web build into WEB_OUT; unminified for a profile whose names should read. */
export function buildWeb(minify = true): void {
  runVite([
    'build',
    '--config',
    'vite.web.config.mts',
    '--outDir',
    WEB_OUT,
    '--emptyOutDir',
    '--logLevel',
    'warn',
    ...(minify ? [] : ['--minify', 'false']),
  ]);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        ok(port);
      });
    });
  });
}

/** A profile whose origin http://127.0.0.1:<port> holds the app set up with `size` cases. */
export async function seedProfile(port: number, size: number): Promise<string> {
  const server = await serveStaticOn(BENCH_OUT, port);
  const s = await openChromium({ keepProfile: true });
  try {
    await openBenchPage(s.page, `${server.url}/index.html`);
    await call(s.page, 'jianhuOpen', 'jianhu');
    if (size > 0) await call(s.page, 'jianhuImport', size);
    return s.profile;
  } finally {
    await s.close();
    await server.close();
  }
}

export async function startPreview(port: number) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--config',
      'vite.web.config.mts',
      '--outDir',
      WEB_OUT,
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((ok) => {
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** Types the password of the bench's one user (chosen already when alone). */
export async function fillPassword(page: Page): Promise<void> {
  await page.locator('input[type="password"]').fill(BENCH_PASSWORD);
}

/** Submits the sign-in form, as Enter in the password field does. */
export async function submitPassword(page: Page): Promise<void> {
  await page.locator('input[type="password"]').press('Enter');
}

/**
 * The init script that sets, in the page's clock: `__signInAt` (the form submitted), `__shellAt`
 * (the case list page there), `__interactiveAt` (the count of every case and a first row, or the
 * empty-list message) and `__completeAt` (the list no longer busy: the search index's answer).
 * A string, not a function: tsx's helpers would not exist in the page.
 */
export function startupObserver(size: number): string {
  const count = `共 ${size.toLocaleString('en')} 件`;
  return `(() => {
      const count = ${JSON.stringify(count)};
      const empty = ${String(size === 0)};
      document.addEventListener('submit', () => {
        if (window.__signInAt === undefined) window.__signInAt = performance.now();
      }, true);
      const observer = new MutationObserver(() => {
        if (window.__interactiveAt !== undefined) return;
        const text = document.body ? document.body.innerText : '';
        if (window.__shellAt === undefined && text.includes('案件列表')) {
          window.__shellAt = performance.now();
        }
        if (!text.includes(count)) return;
        const done = empty
          ? text.includes('没有符合条件的案件。')
          : document.querySelector('[role="list"] [role="listitem"]') !== null;
        if (done) {
          window.__interactiveAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      const whole = new MutationObserver(() => {
        if (document.querySelector('[role="list"][aria-busy="false"]') === null) return;
        window.__completeAt = performance.now();
        whole.disconnect();
      });
      whole.observe(document, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
    })();`;
}

/** Waits for a mark the observer sets and returns it (ms since navigation). */
export async function pageMark(
  page: Page,
  name: '__interactiveAt' | '__completeAt',
): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, number | undefined>)[key],
    name,
    { timeout: 300_000, polling: 50 },
  );
  return Number(await handle.jsonValue());
}
