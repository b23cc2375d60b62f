import { describe, expect, it } from 'vitest';
import { observeRun, stalledSince, startWatchdog } from '../../../src-renderer/src/sync/watchdog';

const options = { maxRuns: 3, maxMs: 30 * 60_000 };
const MINUTE = 60_000;

describe('the watchdog for "pending but not draining"', () => {
  it('stays quiet while changes drain', () => {
    let state = startWatchdog(0);
    for (let i = 1; i <= 10; i++) {
      state = observeRun(state, { drained: true, pendingCount: 5 }, i * MINUTE);
      expect(stalledSince(state, 5, i * MINUTE, options)).toBeNull();
    }
  });

  it('reports after N runs with changes pending and none accepted, from the last drain', () => {
    let state = startWatchdog(0);
    state = observeRun(state, { drained: true, pendingCount: 2 }, MINUTE);
    state = observeRun(state, { drained: false, pendingCount: 2 }, 2 * MINUTE);
    state = observeRun(state, { drained: false, pendingCount: 2 }, 3 * MINUTE);
    expect(stalledSince(state, 2, 3 * MINUTE, options)).toBeNull();
    state = observeRun(state, { drained: false, pendingCount: 2 }, 4 * MINUTE);
    expect(stalledSince(state, 2, 4 * MINUTE, options)).toBe(MINUTE);
  });

  it('reports after M minutes even with fewer runs (e.g. long backoff)', () => {
    let state = startWatchdog(0);
    state = observeRun(state, { drained: false, pendingCount: 1 }, 31 * MINUTE);
    expect(stalledSince(state, 1, 31 * MINUTE, options)).toBe(0);
  });

  it('clears as soon as a change is accepted or nothing is pending', () => {
    let state = startWatchdog(0);
    for (let i = 1; i <= 4; i++) state = observeRun(state, { drained: false, pendingCount: 3 }, i);
    expect(stalledSince(state, 3, 4, options)).toBe(0);
    expect(stalledSince(state, 0, 4, options)).toBeNull();
    state = observeRun(state, { drained: true, pendingCount: 3 }, 5);
    expect(stalledSince(state, 3, 5, options)).toBeNull();
  });
});
