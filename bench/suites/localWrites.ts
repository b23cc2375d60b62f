/**
 * Save one case and bulk import, in Chromium on real IndexedDB. Each round opens a fresh profile,
 * imports `size` demo cases (Jianhu: importCases + search index until searchable; anchor: raw
 * bulkPut without a search index), then edits 200 random cases with `size` stored.
 */
import { call, openBenchPage, openChromium } from '../lib/chromium';
import { recordGrowth, k, type BenchContext } from '../lib/context';
import { atLeast, atMost, median } from '../lib/report';
import { alternate, percentile, sortedCopy } from '../lib/stats';

const SAVES = 200;
const QUICK_SAVES = 100;
const WARMUP = 10;

type Round = {
  importRate: number;
  importOnlyRate: number;
  p50: number;
  p95: number;
};

type Figure = keyof Round;

/** Jianhu as shipped (encrypted at rest), the same without encryption, raw Dexie. */
type System = 'jianhu' | 'plain' | 'raw';

async function round(ctx: BenchContext, system: System, size: number, seed: number) {
  const saves = ctx.quick ? QUICK_SAVES : SAVES;
  const s = await openChromium();
  try {
    await openBenchPage(s.page, `${ctx.pageUrl}/index.html`);
    const jianhu = system !== 'raw';
    if (jianhu) await call(s.page, 'jianhuOpen', 'jianhu', system === 'jianhu');
    else await call(s.page, 'rawOpen');
    const timing = jianhu
      ? await call(s.page, 'jianhuImport', size)
      : await call(s.page, 'rawImport', size);
    const all = jianhu
      ? await call(s.page, 'jianhuSaves', saves + WARMUP, seed)
      : await call(s.page, 'rawSaves', saves + WARMUP, seed);
    const times = sortedCopy(all.slice(WARMUP));
    const result: Round = {
      importRate: size / ((jianhu ? timing.searchableMs : timing.importMs) / 1000),
      importOnlyRate: size / (timing.importMs / 1000),
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
    };
    return result;
  } finally {
    await s.close();
  }
}

export async function benchLocalWrites(ctx: BenchContext): Promise<void> {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const { report } = ctx;
  for (const size of sizes) {
    console.log(`\n[local writes] ${k(size)} cases`);
    const got = { jianhu: [] as Round[], plain: [] as Round[], raw: [] as Round[] };
    // The cost of encryption at rest is measured where the issue asks: 10k stored.
    const withPlain = size === 10_000;
    await alternate(
      ctx.runs,
      [
        { name: 'raw', run: (r) => round(ctx, 'raw', size, 1000 + r) },
        { name: 'jianhu', run: (r) => round(ctx, 'jianhu', size, 1000 + r) },
        ...(withPlain
          ? [{ name: 'plain', run: (r: number) => round(ctx, 'plain', size, 1000 + r) }]
          : []),
      ],
      (name, r, result) => {
        got[name as System].push(result);
        console.log(
          `  round ${r + 1} ${name}: import ${Math.round(result.importRate)} cases/s, save p50 ${result.p50.toFixed(2)} ms p95 ${result.p95.toFixed(2)} ms`,
        );
      },
    );
    const pick = (rs: Round[], key: Figure) => rs.map((x) => x[key]);
    if (size >= 10_000) {
      report.add({
        benchmark: `bulk import ${k(size)} (Chromium)`,
        metric: 'cases/s (Jianhu: until searchable)',
        better: 'higher',
        jianhu: pick(got.jianhu, 'importRate'),
        anchors: [{ name: 'raw Dexie bulkPut, no index', values: pick(got.raw, 'importRate') }],
      });
      report.add({
        benchmark: `bulk import ${k(size)} (Chromium)`,
        metric: 'cases/s, last chunk committed',
        better: 'higher',
        jianhu: pick(got.jianhu, 'importOnlyRate'),
        anchors: [{ name: 'raw Dexie bulkPut, no index', values: pick(got.raw, 'importRate') }],
      });
      const rate = median(pick(got.jianhu, 'importRate'));
      const ratio = rate / median(pick(got.raw, 'importRate'));
      report.target(`bulk import ${k(size)}`, '≥ 0.5× raw bulkPut', ...atLeast(ratio, 0.5, '×'));
      if (size === 100_000)
        report.target('bulk import 100k', '≥ 2,500 cases/s', ...atLeast(rate, 2500, 'cases/s'));
    }
    for (const metric of ['p50', 'p95'] as const) {
      report.add({
        benchmark: `save one case, ${k(size)} stored (Chromium)`,
        metric: `${metric} ms`,
        better: 'lower',
        jianhu: pick(got.jianhu, metric),
        anchors: [{ name: 'raw Dexie put (+audit +outbox rows)', values: pick(got.raw, metric) }],
      });
    }
    if (withPlain) reportEncryptionCost(ctx, size, got.jianhu, got.plain);
    const p50 = { jianhu: median(pick(got.jianhu, 'p50')), raw: median(pick(got.raw, 'p50')) };
    recordGrowth(ctx, 'save one case p50', size, p50.jianhu);
    report.target(
      `save one case, ${k(size)} stored`,
      '≤ 1.5× raw put',
      ...atMost(p50.jianhu / p50.raw, 1.5, '×'),
    );
    if (size === 100_000)
      report.target('save one case, 100k stored', 'p50 ≤ 5 ms', ...atMost(p50.jianhu, 5, 'ms'));
  }
}

/** Encryption at rest may cost at most 25% on saving one case and on importing (issue 9). */
function reportEncryptionCost(
  ctx: BenchContext,
  size: number,
  encrypted: readonly Round[],
  plain: readonly Round[],
): void {
  const { report } = ctx;
  const pick = (rs: readonly Round[], key: Figure) => rs.map((x) => x[key]);
  report.add({
    benchmark: `save one case, ${k(size)} stored, encrypted at rest (Chromium)`,
    metric: 'p50 ms',
    better: 'lower',
    jianhu: pick(encrypted, 'p50'),
    anchors: [{ name: 'Jianhu without encryption', values: pick(plain, 'p50') }],
  });
  report.add({
    benchmark: `bulk import ${k(size)}, encrypted at rest (Chromium)`,
    metric: 'cases/s, last chunk committed',
    better: 'higher',
    jianhu: pick(encrypted, 'importOnlyRate'),
    anchors: [{ name: 'Jianhu without encryption', values: pick(plain, 'importOnlyRate') }],
  });
  const saveCost = median(pick(encrypted, 'p50')) / median(pick(plain, 'p50'));
  report.target(
    `encryption cost, save one case at ${k(size)}`,
    '≤ 1.25× unencrypted',
    ...atMost(saveCost, 1.25, '×'),
  );
  const importRatio =
    median(pick(encrypted, 'importOnlyRate')) / median(pick(plain, 'importOnlyRate'));
  report.target(
    `encryption cost, import ${k(size)}`,
    '≥ 0.8× unencrypted cases/s (≤ 25% cost)',
    ...atLeast(importRatio, 0.8, '×'),
  );
}
