import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteQueue } from '../../../src-renderer/src/db/writeQueue';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** An exclusive lock manager like navigator.locks (grants one holder per name, FIFO), logging requests. */
function fakeLocks() {
  const log: string[] = [];
  const tails = new Map<string, Promise<unknown>>();
  const request = vi.fn((name: string, callback: () => Promise<unknown>) => {
    log.push(`request ${name}`);
    const previous = tails.get(name) ?? Promise.resolve();
    const result = previous.then(() => callback());
    tails.set(
      name,
      result.catch(() => undefined),
    );
    return result;
  });
  return { locks: { request }, log };
}

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('createWriteQueue', () => {
  it('runs tasks one at a time, in call order, and a failure does not stop the next', async () => {
    const queue = createWriteQueue('test');
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run(task('a')),
      queue.run(task('b', true)),
      queue.run(task('c')),
    ]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('uses a Web Lock named after the database when the runtime has one (shared by all windows)', async () => {
    const { locks } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const queue = createWriteQueue('jianhu-write:jianhu');
    expect(await queue.run(() => Promise.resolve(42))).toBe(42);
    expect(locks.request).toHaveBeenCalledWith('jianhu-write:jianhu', expect.any(Function));
  });

  it('takes the lock once for tasks queued together, and again after the queue drained', async () => {
    const { locks } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const queue = createWriteQueue('w');
    const results = await Promise.allSettled([
      queue.run(() => tick().then(() => 1)),
      queue.run(() => Promise.reject(new Error('two'))),
      queue.run(() => tick().then(() => 3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(locks.request).toHaveBeenCalledTimes(1);
    expect(await queue.run(() => Promise.resolve(4))).toBe(4);
    expect(locks.request).toHaveBeenCalledTimes(2);
  });

  it('lets another window (another queue on the same lock) in as soon as this one is idle', async () => {
    const { locks } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const first = createWriteQueue('w');
    const second = createWriteQueue('w');
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([first.run(task('a1')), second.run(task('b1')), first.run(task('a2'))]);
    // a1 and a2 were queued together in the first window: its lock covers both, b1 waits.
    expect(log).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start b1', 'end b1']);
    // Both windows idle again: each takes the lock for its next task without waiting forever.
    await Promise.all([second.run(task('b2')), first.run(task('a3'))]);
    expect(log.slice(6)).toEqual(['start b2', 'end b2', 'start a3', 'end a3']);
  });

  it('does not wedge when the lock request fails: the next task asks again', async () => {
    let calls = 0;
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('AbortError')) : callback();
    });
    vi.stubGlobal('navigator', { locks: { request } });
    const queue = createWriteQueue('w');
    await expect(queue.run(() => Promise.resolve(1))).rejects.toThrow('AbortError');
    expect(await queue.run(() => Promise.resolve(2))).toBe(2);
  });

  describe('as a lease in a visible page', () => {
    function visiblePage() {
      const { locks, log } = fakeLocks();
      vi.stubGlobal('navigator', { locks });
      vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: () => undefined });
      return { locks, log };
    }

    it('keeps the lock between writes of one window while nobody else asks', async () => {
      const { locks } = visiblePage();
      const queue = createWriteQueue('lease-1');
      expect(await queue.run(() => Promise.resolve(1))).toBe(1);
      await tick();
      expect(await queue.run(() => Promise.resolve(2))).toBe(2);
      expect(locks.request).toHaveBeenCalledTimes(1);
    });

    it('lets another window in when it asks: the idle holder lets go at once', async () => {
      const { locks } = visiblePage();
      // The lease's idle timer never fires here: only the asking can make the holder let go.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const first = createWriteQueue('lease-2');
      const second = createWriteQueue('lease-2');
      const log: string[] = [];
      await first.run(() => {
        log.push('a1');
        return Promise.resolve();
      });
      // The first window holds an idle lease; the second one's write must still go through.
      await second.run(() => {
        log.push('b1');
        return Promise.resolve();
      });
      await first.run(() => {
        log.push('a2');
        return Promise.resolve();
      });
      expect(log).toEqual(['a1', 'b1', 'a2']);
      expect(locks.request).toHaveBeenCalledTimes(3);
      vi.useRealTimers();
    });

    it('a busy holder that was asked lets go when its queue drains, not before', async () => {
      visiblePage();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const turn = () => new Promise((r) => setImmediate(r));
      const first = createWriteQueue('lease-3');
      const second = createWriteQueue('lease-3');
      const log: string[] = [];
      const slow = (name: string) => async () => {
        log.push(`start ${name}`);
        await turn();
        await turn();
        log.push(`end ${name}`);
      };
      const a1 = first.run(slow('a1'));
      await turn();
      const b1 = second.run(slow('b1'));
      const a2 = first.run(slow('a2'));
      await Promise.all([a1, b1, a2]);
      expect(log).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start b1', 'end b1']);
      vi.useRealTimers();
    });
  });
});
