/**
 * CPU profiles of the benchmarks that miss a target, to say what limits them. Builds the bench page
 * unminified, records the page's main thread with Chromium's Profiler (or a server child with
 * Node's --cpu-prof), writes the .cpuprofile files to out/bench-profiles (open them in Chromium's
 * DevTools) and prints self time by package and by function.
 *
 *   npx tsx bench/profile.ts save | import | e2e-upload | e2e-download | server-upload | startup [cases]
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { buildBenchPage } from './lib/buildPage';
import { call, openBenchPage, openChromium } from './lib/chromium';
import { startChild } from './lib/childServer';
import {
  printSummary,
  summarizeProfile,
  type CpuProfile,
  type ProfileSummary,
} from './lib/cpuProfile';
import { BENCH_OUT, ROOT, serveStatic } from './lib/staticFiles';
import {
  buildWeb,
  fillPassword,
  freePort,
  pageMark,
  seedProfile,
  startPreview,
  startupObserver,
  submitPassword,
} from './lib/startupPage';
import { enroll, push, pushBodies } from './lib/uploadClients';
import { caseDocs } from './shared/syncDocs';

const OUT = join(ROOT, 'out', 'bench-profiles');

async function profiled<T>(cdp: CDPSession, name: string, work: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
  printSummary(`${name} (page main thread)`, summarizeProfile(profile));
  return result;
}

function serverEnv(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `jianhu-profile-${prefix}-`));
  const url = process.env.DATABASE_URL;
  const env: Record<string, string> = url
    ? { BENCH_DATABASE_URL: url, BENCH_SCHEMA: `${prefix}_profile` }
    : { BENCH_DATA_DIR: dir };
  return { env, dir };
}

function busy(s: ProfileSummary): number {
  return s.totalMs - (s.byOwner.find((o) => o.name === '(idle)')?.ms ?? 0);
}

/** Runs `work` against a server child profiled with --cpu-prof; prints its profile after it stops. */
async function withProfiledServer(
  name: string,
  server: 'jianhuServer' | 'ceilingServer',
  work: (url: string, codes: string[]) => Promise<void>,
): Promise<void> {
  const { env, dir } = serverEnv(name.replace(/-/g, '_'));
  const profDir = join(dir, 'prof');
  const child = await startChild(server, { ...env, BENCH_CODES: '2' }, [
    '--cpu-prof',
    `--cpu-prof-dir=${profDir}`,
    '--cpu-prof-interval=200',
  ]);
  try {
    await work(child.url, (child.info.codes as string[] | undefined) ?? []);
  } finally {
    await child.stop();
  }
  // Node writes one profile per thread (tsx adds a loader thread): keep the busiest, the server's.
  const busiest = readdirSync(profDir)
    .map((file) => readFileSync(join(profDir, file), 'utf8'))
    .map((text) => ({ text, summary: summarizeProfile(JSON.parse(text) as CpuProfile) }))
    .sort((a, b) => busy(b.summary) - busy(a.summary))[0];
  if (busiest) {
    writeFileSync(join(OUT, `${name}-server.cpuprofile`), busiest.text);
    printSummary(`${name} (server process, whole life)`, busiest.summary);
  }
  rmSync(dir, { recursive: true, force: true });
}

async function local(kind: 'save' | 'import'): Promise<void> {
  const page = await serveStatic(BENCH_OUT);
  const s = await openChromium();
  try {
    await openBenchPage(s.page, `${page.url}/index.html`);
    await call(s.page, 'jianhuOpen');
    if (kind === 'import') {
      await profiled(s.cdp, 'import-10k', () => call(s.page, 'jianhuImport', 10_000));
    } else {
      await call(s.page, 'jianhuImport', 10_000);
      const times = await profiled(s.cdp, 'save-10k-stored', () =>
        call(s.page, 'jianhuSaves', 200, 7),
      );
      times.sort((a, b) => a - b);
      console.log(`save p50 ${times[100]?.toFixed(2) ?? '?'} ms while profiled`);
    }
  } finally {
    await s.close();
    await page.close();
  }
}

async function endToEnd(direction: 'upload' | 'download'): Promise<void> {
  const count = 5_000;
  await withProfiledServer(`e2e-${direction}`, 'jianhuServer', async (url, codes) => {
    if (direction === 'download') {
      const token = await enroll(url, codes[1] ?? '');
      await push(url, token, pushBodies(caseDocs(0, count), 1));
    }
    const s = await openChromium();
    try {
      await openBenchPage(s.page, `${url}/bench/index.html`);
      await call(s.page, 'jianhuOpen');
      if (direction === 'upload') await call(s.page, 'jianhuImport', count);
      await call(s.page, 'syncEnroll', url, codes[0] ?? '');
      const r = await profiled(s.cdp, `e2e-${direction}-5k`, (): Promise<unknown> =>
        direction === 'upload'
          ? call(s.page, 'syncUpload', url)
          : call(s.page, 'syncDownload', url),
      );
      console.log(JSON.stringify(r));
    } finally {
      await s.close();
    }
  });
}

async function serverUpload(): Promise<void> {
  const docs = caseDocs(0, 10_000);
  await withProfiledServer('server-upload', 'jianhuServer', async (url, codes) => {
    const token = await enroll(url, codes[0] ?? '');
    const bodies = pushBodies(docs, 1);
    const t0 = performance.now();
    await push(url, token, bodies);
    console.log(
      `Jianhu: ${Math.round(docs.length / ((performance.now() - t0) / 1000))} docs/s while profiled`,
    );
  });
}

/**
 * The web build (unminified) started on a profile holding 100k cases: the page's main thread
 * from the password submitted until the count and first row are shown, the time the page itself
 * took to open IndexedDB, and when the list became the index's answer.
 */
async function startup(size = 100_000): Promise<void> {
  buildWeb(false);
  const port = await freePort();
  const template = await seedProfile(port, size);
  const preview = await startPreview(port);
  const profile = mkdtempSync(join(tmpdir(), 'jianhu-profile-startup-'));
  cpSync(template, profile, { recursive: true });
  const s = await openChromium({ profile });
  try {
    // The browser's own cost of opening the database, before any of the app's code runs.
    await s.page.addInitScript(`(() => {
      const t0 = performance.now();
      const request = indexedDB.open('jianhu');
      request.onsuccess = () => {
        window.__openMs = performance.now() - t0;
        request.result.close();
      };
    })();`);
    await s.page.addInitScript(startupObserver(size));
    await s.page.goto(`${preview.url}/`);
    await fillPassword(s.page);
    await profiled(s.cdp, `startup-${size / 1000}k-after-password`, async () => {
      await submitPassword(s.page);
      await pageMark(s.page, '__interactiveAt');
    });
    const complete = await pageMark(s.page, '__completeAt');
    const marks = await s.page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      return [w.__openMs, w.__signInAt, w.__interactiveAt].map((x) => Math.round(x ?? NaN));
    });
    console.log(
      `IndexedDB open ${marks[0]} ms; password at ${marks[1]} ms, first row at ${marks[2]} ms, whole list at ${Math.round(complete)} ms`,
    );
  } finally {
    await s.close();
    await preview.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(template, { recursive: true, force: true });
  }
}

/** The start-up profile's case count: 100k unless a positive whole number is given. */
function caseCount(arg: string | undefined): number {
  if (arg === undefined) return 100_000;
  const n = Number(arg);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a case count: ${arg}`);
  return n;
}

async function main(): Promise<void> {
  const scenario = process.argv[2] ?? 'save';
  mkdirSync(OUT, { recursive: true });
  process.env.BENCH_MINIFY = '0';
  buildBenchPage();
  if (scenario === 'save' || scenario === 'import') await local(scenario);
  else if (scenario === 'e2e-upload') await endToEnd('upload');
  else if (scenario === 'e2e-download') await endToEnd('download');
  else if (scenario === 'server-upload') await serverUpload();
  else if (scenario === 'startup') await startup(caseCount(process.argv[3]));
  else throw new Error(`unknown scenario ${scenario}`);
  console.log(`\nprofiles in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
