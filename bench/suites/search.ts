/**
 * Search in Chromium: the app's CaseIndex against FlexSearch (CJK) and MiniSearch (segmenter +
 * bigrams) over the same demo cases — index build time, the heap the index keeps (after a full
 * GC, ArrayBuffers included), and p50/p95 of 200 queries of 2–4 characters drawn from the data.
 * Each library builds in a fresh browser profile of its own.
 */
import { call, openBenchPage, openChromium, pageHeap } from '../lib/chromium';
import { recordGrowth, k, type BenchContext } from '../lib/context';
import { atMost, median } from '../lib/report';
import { alternate, percentile, sortedCopy } from '../lib/stats';
import { drawQueries } from '../shared/demoData';
import type { SearchLib } from '../browser/searchLibs';

type Round = {
  buildS: number;
  heapMB: number;
  p50: number;
  p95: number;
  hits: number;
  /** p95 when only the first 100 hits are asked for (what FlexSearch answers). */
  p95First: number;
};

const MB = 1024 * 1024;

async function round(ctx: BenchContext, lib: SearchLib, size: number, queries: string[]) {
  const s = await openChromium();
  try {
    await openBenchPage(s.page, `${ctx.pageUrl}/index.html`);
    await call(s.page, 'searchPrepare', size);
    const before = await pageHeap(s.cdp);
    const buildMs = await call(s.page, 'searchBuild', lib);
    const after = await pageHeap(s.cdp);
    const { times, hits } = await call(s.page, 'searchQueries', queries);
    const sorted = sortedCopy(times);
    const first = lib === 'jianhu' ? await call(s.page, 'searchQueries', queries, 100) : null;
    const result: Round = {
      buildS: buildMs / 1000,
      heapMB: (after - before) / MB,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      hits,
      p95First: first ? percentile(sortedCopy(first.times), 0.95) : percentile(sorted, 0.95),
    };
    return result;
  } finally {
    await s.close();
  }
}

const NAMES: Record<SearchLib, string> = {
  jianhu: 'Jianhu CaseIndex',
  flexsearch: 'FlexSearch (CJK)',
  minisearch: 'MiniSearch (segmenter + bigrams)',
};

export async function benchSearch(ctx: BenchContext): Promise<void> {
  const sizes = ctx.quick ? [1_000] : [1_000, 10_000, 100_000];
  const { report } = ctx;
  for (const size of sizes) {
    console.log(`\n[search] ${k(size)} cases`);
    const queries = drawQueries(200, size);
    const got: Record<SearchLib, Round[]> = { jianhu: [], flexsearch: [], minisearch: [] };
    const libs: SearchLib[] = ['flexsearch', 'jianhu', 'minisearch'];
    await alternate(
      ctx.runs,
      libs.map((lib) => ({ name: lib, run: () => round(ctx, lib, size, queries) })),
      (name, r, x) => {
        got[name as SearchLib].push(x);
        console.log(
          `  round ${r + 1} ${name}: build ${x.buildS.toFixed(2)} s, heap ${x.heapMB.toFixed(1)} MB, p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms, ${Math.round(x.hits)} hits/query`,
        );
      },
    );
    const rows: [keyof Round, string][] = [
      ['buildS', 'index build s'],
      ['heapMB', 'index heap MB'],
      ['p50', 'query p50 ms'],
      ['p95', 'query p95 ms'],
      ['p95First', 'query p95 ms, first 100 hits only'],
      ['hits', 'hits per query (FlexSearch: limit 100)'],
    ];
    for (const [key, metric] of rows) {
      report.add({
        benchmark: `search ${k(size)} (Chromium)`,
        metric,
        better: key === 'hits' ? 'higher' : 'lower',
        jianhu: got.jianhu.map((x) => x[key]),
        anchors: (['flexsearch', 'minisearch'] as const).map((lib) => ({
          name: NAMES[lib],
          values: got[lib].map((x) => x[key]),
        })),
      });
    }
    const m = (lib: SearchLib, key: keyof Round) => median(got[lib].map((x) => x[key]));
    recordGrowth(ctx, 'search query p95 (every match, as the list asks)', size, m('jianhu', 'p95'));
    recordGrowth(ctx, 'search query p95 (first 100 hits)', size, m('jianhu', 'p95First'));
    if (size === 100_000) {
      const goals: [keyof Round, number, string][] = [
        ['p95', 20, 'ms'],
        ['heapMB', 150, 'MB'],
        ['buildS', 20, 's'],
      ];
      for (const [key, limit, unit] of goals) {
        const [met, detail] = atMost(m('jianhu', key), limit, unit);
        const flex = m('flexsearch', key);
        const ahead = m('jianhu', key) < flex;
        report.target(
          `search 100k ${key}`,
          `≤ ${limit} ${unit} and below FlexSearch`,
          met === null ? null : met && ahead,
          `${detail}; FlexSearch ${flex.toFixed(2)} ${unit} (${ahead ? 'ahead' : 'behind'})`,
        );
      }
    }
  }
}
