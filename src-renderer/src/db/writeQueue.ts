/**
 * Runs tasks one after another, in call order, whatever each one's outcome. With the Web Locks
 * API (Chromium, Electron) the lock is named after the database, so writes of every window of
 * the app queue together; without it (Node tests, old runtimes) the queue is per instance and
 * the optimistic check in auditedWrite.ts is what keeps two windows apart.
 *
 * Asking for a Web Lock is a round trip to the browser process, so a window keeps the lock as a
 * lease while it is the only one writing (the same-window fast path): it holds it from its first
 * task, through every task queued meanwhile, and while idle as long as its page is visible, no
 * other window has asked for it (a 'want' message on a BroadcastChannel named like the lock) and
 * for at most LEASE_IDLE_MS. A window that wants the lock says so before asking for it, and an
 * idle holder lets go at once (a busy one when its queue drains), so another window's write
 * waits no longer than it would with one lock per task. Where there is no page (a worker) or no
 * BroadcastChannel, the lock is let go as soon as the queue drains.
 * A task must not call `run` of the same queue: it would wait for itself.
 */
export type WriteQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
};

/** What the queue needs of `navigator.locks`. */
type LockManagerLike = {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
};

/** Longest an idle window keeps the lock when nobody asks for it. */
const LEASE_IDLE_MS = 1000;

export function createWriteQueue(lockName: string): WriteQueue {
  const locks: LockManagerLike | null =
    typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
  let tail: Promise<unknown> = Promise.resolve();
  if (!locks) {
    return {
      run<T>(task: () => Promise<T>): Promise<T> {
        const result = tail.then(task);
        // The next task waits for this one to settle, not to succeed.
        tail = result.catch(() => undefined);
        return result;
      },
    };
  }

  /** Tasks of this window not yet settled (running or waiting). */
  let queued = 0;
  /** Resolves once the Web Lock is held; null while it is neither held nor asked for. */
  let held: Promise<void> | null = null;
  let release: (() => void) | null = null;
  /** Another window asked for the lock while this one held it or was asking for it. */
  let wanted = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let channel: BroadcastChannel | null = null;

  const stopTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const letGo = () => {
    stopTimer();
    wanted = false;
    const done = release;
    release = null;
    held = null;
    done?.();
  };
  const pageVisible = () =>
    typeof document !== 'undefined' && document.visibilityState === 'visible';

  const openChannel = () => {
    if (channel || typeof BroadcastChannel === 'undefined' || !pageVisible()) return;
    channel = new BroadcastChannel(lockName);
    channel.onmessage = () => {
      if (!held) return;
      if (queued === 0 && release) letGo();
      else wanted = true;
    };
    document.addEventListener('visibilitychange', () => {
      if (!pageVisible() && queued === 0 && release) letGo();
    });
  };

  /** The queue drained: keep the lock as a lease, or let it go. */
  const onIdle = () => {
    if (!release) return;
    // Invariant: an idle window never holds the lock while another window has asked for it,
    // while its page is hidden (it might be frozen and miss the asking), or for long.
    if (wanted || !channel || !pageVisible()) {
      letGo();
      return;
    }
    idleTimer = setTimeout(() => {
      if (queued === 0) letGo();
    }, LEASE_IDLE_MS);
  };

  const acquire = (manager: LockManagerLike): Promise<void> => {
    stopTimer();
    if (held) return held;
    openChannel();
    // Tell an idle holder in another window to let go; it ignores this if it holds nothing.
    channel?.postMessage('want');
    const asking = new Promise<void>((granted, failed) => {
      manager
        .request(
          lockName,
          () =>
            new Promise<void>((done) => {
              release = done;
              granted();
            }),
        )
        .catch((error: unknown) => {
          if (held === asking) held = null;
          failed(error instanceof Error ? error : new Error(String(error)));
        });
    });
    held = asking;
    return asking;
  };

  const settle = () => {
    queued--;
    if (queued === 0) onIdle();
  };

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      queued++;
      const result = tail
        .then(async () => {
          await acquire(locks);
          return await task();
        })
        .finally(settle);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
