/**
 * Importing a 10,000-row 台账 (.xlsx) against the demo import of the same 10,000 cases, both in
 * Chromium on a fresh profile each round, both until the cases are searchable. The ledger's extra
 * work is reading the workbook, mapping, checking every row and the duplicate keys.
 */
import { call, openBenchPage, openChromium } from '../lib/chromium';
import { k, type BenchContext } from '../lib/context';
import { median } from '../lib/report';
import { alternate } from '../lib/stats';

const ROWS = 10_000;

async function round(ctx: BenchContext, kind: 'ledger' | 'demo'): Promise<number> {
  const s = await openChromium();
  try {
    await openBenchPage(s.page, `${ctx.pageUrl}/index.html`);
    await call(s.page, 'jianhuOpen', 'jianhu', true);
    if (kind === 'demo') {
      const timing = await call(s.page, 'jianhuImport', ROWS);
      return ROWS / (timing.searchableMs / 1000);
    }
    const timing = await call(s.page, 'ledgerImport', ROWS);
    console.log(
      `    ledger: ${(timing.bytes / 1024 / 1024).toFixed(1)} MB, ${timing.imported} imported, read ${Math.round(timing.readMs)} ms, check ${Math.round(timing.checkMs)} ms, total ${Math.round(timing.totalMs)} ms`,
    );
    return ROWS / (timing.totalMs / 1000);
  } finally {
    await s.close();
  }
}

export async function benchLedgerImport(ctx: BenchContext): Promise<void> {
  console.log(`\n[ledger import] ${k(ROWS)} rows`);
  const got = { ledger: [] as number[], demo: [] as number[] };
  await alternate(
    ctx.runs,
    [
      { name: 'demo', run: () => round(ctx, 'demo') },
      { name: 'ledger', run: () => round(ctx, 'ledger') },
    ],
    (name, r, rate) => {
      got[name as 'ledger' | 'demo'].push(rate);
      console.log(`  round ${r + 1} ${name}: ${Math.round(rate)} rows/s`);
    },
  );
  ctx.report.add({
    benchmark: `ledger import ${k(ROWS)} rows, .xlsx (Chromium)`,
    metric: 'rows/s until searchable',
    better: 'higher',
    jianhu: got.ledger,
    anchors: [{ name: 'demo import of the same cases', values: got.demo }],
  });
  const ratio = median(got.ledger) / median(got.demo);
  ctx.report.note(
    `ledger import ${k(ROWS)}: ${Math.round(median(got.ledger))} rows/s, ${ratio.toFixed(2)}× the demo import (${Math.round(median(got.demo))} cases/s)`,
  );
}
