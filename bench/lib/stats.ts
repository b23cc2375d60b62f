/** Medians, ranges and the runs-alternate loop every benchmark shares. */

export type Summary = { median: number; min: number; max: number; n: number };

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[n - 1] ?? 0, n };
}

/** Nearest-rank percentile of already sorted values (p in [0, 1]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * Runs every contestant once per round, `runs` rounds, reversing the order each round so that
 * neither side always runs first (a warmer disk cache, a busier neighbour) on a shared machine.
 */
export async function alternate<T>(
  runs: number,
  contestants: readonly { name: string; run: (round: number) => Promise<T> }[],
  onResult: (name: string, round: number, result: T) => void,
): Promise<void> {
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? contestants : [...contestants].reverse();
    for (const c of order) onResult(c.name, round, await c.run(round));
  }
}
