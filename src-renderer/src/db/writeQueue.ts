/**
 * Runs tasks one after another, in call order, whatever each one's outcome. With the Web Locks
 * API (Chromium, Electron) the lock is named after the database, so writes of every window of
 * the app queue together; without it (Node tests, old runtimes) the queue is per instance and
 * the optimistic check in auditedWrite.ts is what keeps two windows apart.
 * A task must not call `run` of the same queue: it would wait for itself.
 */
export type WriteQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
};

export function createWriteQueue(lockName: string): WriteQueue {
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
  if (locks) {
    return {
      async run<T>(task: () => Promise<T>): Promise<T> {
        return await locks.request(lockName, () => task());
      },
    };
  }
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // The next task waits for this one to settle, not to succeed.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
