/**
 * At most one run at a time. A trigger while a run is going does not start a second one beside
 * it; every trigger during the run is folded into ONE follow-up run after it, so a change made
 * mid-run is sent without a pile of runs queueing behind each other.
 */
export type SingleFlight = {
  /** Resolves when a run that started at or after this call has finished. */
  trigger(): Promise<void>;
  isRunning(): boolean;
};

/** `task` must not reject: the engine reports failures through its status instead. */
export function createSingleFlight(task: () => Promise<void>): SingleFlight {
  let running: Promise<void> | null = null;
  let followUp: Promise<void> | null = null;

  const start = (): Promise<void> => {
    const run = Promise.resolve()
      .then(task)
      .finally(() => {
        running = null;
      });
    running = run;
    return run;
  };

  return {
    trigger() {
      if (running === null) return start();
      followUp ??= running
        .catch(() => undefined)
        .then(() => {
          followUp = null;
          return start();
        });
      return followUp;
    },
    isRunning: () => running !== null,
  };
}
