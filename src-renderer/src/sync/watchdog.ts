/**
 * The watchdog: changes pending but none accepted for too long. Sync that "looks fine" while the
 * outbox silently stops draining (refused rows, a proxy eating answers, a server that times out on
 * every batch) is one of the failures the field fears most; this makes it visible.
 */
export type WatchdogOptions = {
  /** Runs in a row with changes pending and none accepted before it reports. */
  maxRuns: number;
  /** Or this long since a change was last accepted (or the outbox was last empty). */
  maxMs: number;
};

export const DEFAULT_WATCHDOG: WatchdogOptions = { maxRuns: 3, maxMs: 30 * 60_000 };

export type WatchdogState = {
  /** Last time the outbox was empty or a push got at least one row accepted (ms). */
  lastDrainMs: number;
  runsWithoutDrain: number;
};

export function startWatchdog(nowMs: number): WatchdogState {
  return { lastDrainMs: nowMs, runsWithoutDrain: 0 };
}

/** After a run (successful or not): `drained` = some row left the outbox or none is pending. */
export function observeRun(
  state: WatchdogState,
  run: { drained: boolean; pendingCount: number },
  nowMs: number,
): WatchdogState {
  if (run.drained || run.pendingCount === 0) return { lastDrainMs: nowMs, runsWithoutDrain: 0 };
  return { ...state, runsWithoutDrain: state.runsWithoutDrain + 1 };
}

/** When "pending but not draining" began, or null while the outbox drains. */
export function stalledSince(
  state: WatchdogState,
  pendingCount: number,
  nowMs: number,
  options: WatchdogOptions = DEFAULT_WATCHDOG,
): number | null {
  if (pendingCount === 0) return null;
  const isStalled =
    state.runsWithoutDrain >= options.maxRuns || nowMs - state.lastDrainMs >= options.maxMs;
  return isStalled ? state.lastDrainMs : null;
}
