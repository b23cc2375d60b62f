/** What every suite gets from the driver (run.ts). */
import type { Report } from './report';

export type BenchContext = {
  quick: boolean;
  /** Rounds per benchmark (≥ 3). */
  runs: number;
  report: Report;
  /** The bench page served on loopback (lib/staticFiles.ts). */
  pageUrl: string;
  /** postgres://… when PostgreSQL is to be measured too. */
  databaseUrl: string | undefined;
  /** Medians other suites' figures are compared with (growth 1k → 100k). */
  growth: Map<string, Map<number, number>>;
  /** `--e2e=upload,download,throttled`: only these end-to-end rows (default: all). */
  e2e?: string[];
};

export function recordGrowth(ctx: BenchContext, what: string, size: number, value: number): void {
  const bySize = ctx.growth.get(what) ?? new Map<number, number>();
  bySize.set(size, value);
  ctx.growth.set(what, bySize);
}

export const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
