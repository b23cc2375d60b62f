import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../../src-renderer/src/sync/backoff';

const options = { baseMs: 1_000, maxMs: 60_000 };

describe('backoffDelay', () => {
  it.each([
    // failures, random, delay: the ceiling doubles; jitter picks within its upper half
    [1, 0, 500],
    [1, 0.999_999, 1_000],
    [2, 0, 1_000],
    [3, 0.5, 3_000],
    [4, 0, 4_000],
    [6, 1, 32_000],
    [7, 0, 30_000],
    [7, 0.999_999, 60_000],
    [50, 0.25, 37_500],
  ])('retry %i with random %d waits %i ms', (failures, random, delay) => {
    expect(backoffDelay(failures, () => random, options)).toBe(delay);
  });

  it('waits nothing before any failure', () => {
    expect(backoffDelay(0, () => 0.7, options)).toBe(0);
  });

  it('spreads devices that failed together over the whole upper half of the window', () => {
    const delays = [0, 0.2, 0.4, 0.6, 0.8, 0.999].map((r) => backoffDelay(5, () => r, options));
    expect(new Set(delays).size).toBe(delays.length);
    expect(Math.min(...delays)).toBe(8_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(16_000);
  });

  it('keeps an out-of-range random number inside the window', () => {
    expect(backoffDelay(2, () => 7, options)).toBe(2_000);
    expect(backoffDelay(2, () => -1, options)).toBe(1_000);
  });

  it('never exceeds the cap of the defaults, however many failures', () => {
    expect(backoffDelay(1_000, () => 0.999_999, DEFAULT_BACKOFF)).toBeLessThanOrEqual(
      DEFAULT_BACKOFF.maxMs,
    );
  });
});
