/**
 * Growth of the server-side upload: the rate of a 500-change push when the unit already holds
 * 1k, 10k and 100k cases (filled by untimed pushes in between), on PGlite and PostgreSQL.
 */
import { startChild } from '../lib/childServer';
import { k, recordGrowth, type BenchContext } from '../lib/context';
import { median } from '../lib/report';
import { enroll, push, pushBodies, PUSH_BATCH } from '../lib/uploadClients';
import { caseDocs } from '../shared/syncDocs';
import { engines, freshDatabase } from './upload';

export async function benchSyncGrowth(ctx: BenchContext): Promise<void> {
  if (ctx.quick) {
    console.log('\n[growth] skipped in quick mode (it needs 100k stored)');
    return;
  }
  const levels = [1_000, 10_000, 100_000];
  const windows = Math.max(ctx.runs, 5);
  for (const engine of engines(ctx)) {
    console.log(`\n[growth] upload of ${PUSH_BATCH} changes with 1k…100k stored, ${engine.name}`);
    const db = freshDatabase(engine, 'growth_bench');
    const child = await startChild('jianhuServer', { ...db.env, BENCH_CODES: '1' });
    try {
      const [code] = child.info.codes as string[];
      const token = await enroll(child.url, code ?? '');
      let stored = 0;
      const send = async (count: number) => {
        for (let done = 0; done < count; done += 10_000) {
          const n = Math.min(10_000, count - done);
          const applied = await push(child.url, token, pushBodies(caseDocs(stored, n), stored + 1));
          if (applied !== n) throw new Error(`applied ${applied} of ${n}`);
          stored += n;
        }
      };
      const rates = new Map<number, number[]>();
      for (const level of levels) {
        await send(level - stored);
        const got: number[] = [];
        for (let w = 0; w < windows; w++) {
          const bodies = pushBodies(caseDocs(stored, PUSH_BATCH), stored + 1);
          const t0 = performance.now();
          await push(child.url, token, bodies);
          got.push(PUSH_BATCH / ((performance.now() - t0) / 1000));
          stored += PUSH_BATCH;
        }
        rates.set(level, got);
        console.log(`  ${k(level)} stored: ${got.map((r) => Math.round(r)).join(', ')} changes/s`);
      }
      for (const [level, got] of rates) {
        ctx.report.add({
          benchmark: `sync upload growth, ${engine.name}`,
          metric: `changes/s of a ${PUSH_BATCH}-change push, ${k(level)} stored`,
          better: 'higher',
          jianhu: got,
          anchors: [],
        });
        // Growth compares times: ms per change.
        recordGrowth(ctx, `sync push ms/change (${engine.name})`, level, 1000 / median(got));
      }
    } finally {
      await child.stop();
      db.cleanup();
    }
  }
}
