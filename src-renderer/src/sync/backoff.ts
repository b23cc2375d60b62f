/**
 * Exponential backoff with jitter for failed runs: 1×, 2×, 4×… the base delay up to a cap, each
 * delay drawn at random from its upper half, so a province's devices coming back after an outage
 * spread their retries instead of knocking on the server in step. Reset by any successful run.
 */
export type BackoffOptions = {
  /** The first retry's delay (before jitter). */
  baseMs: number;
  /** No retry waits longer than this. */
  maxMs: number;
};

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, maxMs: 10 * 60_000 };

/**
 * The wait before retry number `failures` (1 = after the first failure). `random` returns a
 * number in [0, 1) — injected, so the schedule is reproducible in tests.
 */
export function backoffDelay(
  failures: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  if (failures <= 0) return 0;
  // 2^30 already exceeds any cap; the exponent is bounded so the arithmetic stays finite.
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(failures - 1, 30));
  const half = ceiling / 2;
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(half + r * half);
}
