/**
 * `npm run bench` — every benchmark of issue 5, each anchor and Jianhu alternating in this one
 * process run, ≥ 3 rounds, then one table of medians (min–max) and ratios, and the targets met or
 * missed. Prints; never fails on a figure, but exits non-zero when a benchmark broke (listed at the
 * top of the report). See bench/README.md.
 *
 *   npm run bench                    full run (< 30 min)
 *   npm run bench -- --quick         smoke run (< 3 min): smaller sizes
 *   npm run bench -- --only=search,upload   some suites (local, save, search, upload, growth, startup, e2e, ledger)
 *   npm run bench -- --runs=5        more rounds
 *   npm run bench -- --only=e2e --e2e=throttled   some end-to-end rows (upload, download, throttled)
 *   npm run bench -- --only=e2e --e2e=download --e2e-cases=3000   one row, another loopback size
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchPage } from './lib/buildPage';
import type { BenchContext } from './lib/context';
import { describeEnvironment, loadAverage } from './lib/environment';
import { findPostgres } from './lib/postgres';
import { Report, atMost, fmt } from './lib/report';
import { BENCH_OUT, ROOT, serveStatic } from './lib/staticFiles';
import { benchLocalWrites } from './suites/localWrites';
import { benchSavePaired } from './suites/savePaired';
import { benchSearch } from './suites/search';
import { benchUpload } from './suites/upload';
import { benchSyncGrowth } from './suites/syncGrowth';
import { benchStartup } from './suites/startup';
import { benchEndToEnd } from './suites/endToEnd';
import { benchLedgerImport } from './suites/ledgerImport';

const SUITES: Record<string, (ctx: BenchContext) => Promise<void>> = {
  local: benchLocalWrites,
  save: benchSavePaired,
  search: benchSearch,
  upload: benchUpload,
  growth: benchSyncGrowth,
  startup: benchStartup,
  e2e: benchEndToEnd,
  ledger: benchLedgerImport,
};

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function growthTargets(ctx: BenchContext): void {
  for (const [what, bySize] of ctx.growth) {
    const small = bySize.get(1_000);
    const large = bySize.get(100_000);
    if (small === undefined || large === undefined) continue;
    ctx.report.target(
      `growth 1k → 100k: ${what}`,
      '≤ 2× from 1k to 100k',
      ...atMost(large / small, 2, '×'),
    );
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const quick = process.argv.includes('--quick');
  const only = option('only')?.split(',');
  const runs = Math.max(3, Number(option('runs') ?? '3'));
  const postgres = await findPostgres();
  const databaseUrl = postgres.url ?? undefined;
  // Every suite, and the servers' child processes, measure the PostgreSQL found here.
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  const header = await describeEnvironment(databaseUrl);
  header.push(
    postgres.url === null
      ? `PostgreSQL not measured: ${postgres.why}`
      : `PostgreSQL from ${postgres.how}`,
  );
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  header.unshift(`Run ${date} UTC, ${quick ? 'quick' : 'full'}, ${runs} rounds per benchmark`);
  for (const line of header) console.log(line);

  buildBenchPage();
  const page = await serveStatic(BENCH_OUT);
  const ctx: BenchContext = {
    quick,
    runs,
    report: new Report(),
    pageUrl: page.url,
    databaseUrl,
    growth: new Map(),
    e2e: option('e2e')?.split(','),
  };
  try {
    for (const [name, suite] of Object.entries(SUITES)) {
      if (only && !only.includes(name)) continue;
      const t0 = Date.now();
      try {
        await suite(ctx);
      } catch (error) {
        // A benchmark that breaks is reported, and the others still run.
        console.error(error);
        ctx.report.failed(`suite ${name}`, error);
      }
      console.log(`[${name}] ${fmt((Date.now() - t0) / 1000)} s, load ${loadAverage()}`);
    }
    growthTargets(ctx);
  } finally {
    await page.close();
  }
  header.push(
    `load average at end: ${loadAverage()}; took ${fmt((Date.now() - started) / 60_000)} min`,
  );
  const markdown = ctx.report.toMarkdown(header.map((h) => `- ${h}`));
  const file = join(ROOT, 'out', 'bench-report.md');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  writeFileSync(file, `${markdown}\n`);
  console.log(`\n${markdown}\n\n(written to ${file})`);
  // A figure never fails the run; a benchmark that broke does, so it cannot go unnoticed.
  if (ctx.report.failures.length > 0) {
    console.error(`${ctx.report.failures.length} benchmark(s) failed: see the top of the report`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
