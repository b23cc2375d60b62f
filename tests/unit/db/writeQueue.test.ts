import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteQueue } from '../../../src-renderer/src/db/writeQueue';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createWriteQueue', () => {
  it('runs tasks one at a time, in call order, and a failure does not stop the next', async () => {
    const queue = createWriteQueue('test');
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 1));
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
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => callback());
    vi.stubGlobal('navigator', { locks: { request } });
    const queue = createWriteQueue('jianhu-write:jianhu');
    expect(await queue.run(() => Promise.resolve(42))).toBe(42);
    expect(request).toHaveBeenCalledWith('jianhu-write:jianhu', expect.any(Function));
  });
});
