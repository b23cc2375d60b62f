import { describe, expect, it } from 'vitest';
import { createSingleFlight } from '../../../src-renderer/src/sync/singleFlight';

/** Lets every pending promise continuation run (a macrotask turn, not a wait for time). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A task whose runs the test finishes one by one. */
function gatedTask() {
  const gates: (() => void)[] = [];
  let runs = 0;
  const task = () =>
    new Promise<void>((resolve) => {
      runs += 1;
      gates.push(resolve);
    });
  const finishNext = async () => {
    await settled();
    gates.shift()?.();
    await settled();
  };
  return { task, finishNext, runs: () => runs };
}

describe('createSingleFlight', () => {
  it('runs once for one trigger', async () => {
    const gated = gatedTask();
    const flight = createSingleFlight(gated.task);
    const done = flight.trigger();
    await gated.finishNext();
    await done;
    expect(gated.runs()).toBe(1);
    expect(flight.isRunning()).toBe(false);
  });

  it('folds every trigger made during a run into one follow-up run', async () => {
    const gated = gatedTask();
    const flight = createSingleFlight(gated.task);
    const first = flight.trigger();
    const second = flight.trigger();
    const third = flight.trigger();
    expect(second).toBe(third);
    await gated.finishNext();
    await first;
    expect(gated.runs()).toBe(2);
    await gated.finishNext();
    await second;
    expect(gated.runs()).toBe(2);
    expect(flight.isRunning()).toBe(false);
  });

  it('starts a new run for a trigger after the previous one ended', async () => {
    const gated = gatedTask();
    const flight = createSingleFlight(gated.task);
    const first = flight.trigger();
    await gated.finishNext();
    await first;
    const again = flight.trigger();
    await gated.finishNext();
    await again;
    expect(gated.runs()).toBe(2);
  });

  it('still runs the follow-up when the run before it failed', async () => {
    let runs = 0;
    const flight = createSingleFlight(() => {
      runs += 1;
      return runs === 1 ? Promise.reject(new Error('boom')) : Promise.resolve();
    });
    const first = flight.trigger();
    const second = flight.trigger();
    await expect(first).rejects.toThrow('boom');
    await second;
    expect(runs).toBe(2);
  });
});
