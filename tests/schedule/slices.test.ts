import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inSlices, runInSlices, SLICE_MS } from '../../src/schedule/slices.ts';

/** a clock that moves on `step` ms at every look */
const clock = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('inSlices', () => {
  it('works every item in order, pausing only once a slice’s time is spent', async () => {
    const done: number[] = [];
    const log: string[] = [];
    // each look moves the clock a third of a slice: three items a slice (the deadline is set with a look of its own)
    const all = await inSlices([1, 2, 3, 4, 5, 6], (i) => void done.push(i), {
      now: clock(SLICE_MS / 3),
      pause: async () => void log.push(`pause after ${done.length}`),
    });
    expect(all).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log).toEqual(['pause after 3']);
  });

  it('with time to spare, never pauses: it ends in the task it began in', async () => {
    let pauses = 0;
    expect(await inSlices([1, 2, 3], () => {}, { now: () => 0, pause: async () => void pauses++ })).toBe(true);
    expect(pauses).toBe(0);
  });

  it('stopped, leaves the rest undone', async () => {
    const stop = new AbortController();
    const done: number[] = [];
    const all = await inSlices([1, 2, 3], (i) => void done.push(i), {
      now: clock(SLICE_MS + 1),
      signal: stop.signal,
      pause: async () => stop.abort(),
    });
    expect(all).toBe(false);
    expect(done).toEqual([]);
  });
});

/** A piece of work of `units` steps, each taking `cost` ms on the given clock, yielding its progress. */
function* counted(clock: { t: number }, units: number, cost: number, log: number[] = []): Generator<{ done: number }, string, void> {
  for (let i = 1; i <= units; i++) {
    clock.t += cost;
    log.push(i);
    yield { done: i };
  }
  return `answer after ${units}`;
}

/** each hand-back to the browser is a 10 ms timer, so one advance of 10 ms is one slice */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

describe('runInSlices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps the work no longer than a slice at a time, handing back to the browser between slices', async () => {
    const clock = { t: 0 };
    const log: number[] = [];
    const progress: number[] = [];
    const run = runInSlices(counted(clock, 10, 3, log), {
      sliceMs: 8,
      now: () => clock.t,
      pause,
      onProgress: (p) => progress.push(p.done),
    });
    // nothing runs in the task that started it
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    // 3 steps of 3 ms pass 8 ms: the slice ends there
    expect(log).toEqual([1, 2, 3]);
    expect(progress).toEqual([3]);
    await vi.advanceTimersByTimeAsync(10);
    expect(log).toEqual([1, 2, 3, 4, 5, 6]);
    await vi.runAllTimersAsync();
    await expect(run.done).resolves.toBe('answer after 10');
    expect(progress).toEqual([3, 6, 9]);
  });

  it('a step longer than a slice is a slice of its own', async () => {
    const clock = { t: 0 };
    const log: number[] = [];
    runInSlices(counted(clock, 3, 20, log), { sliceMs: 8, now: () => clock.t, pause });
    await vi.advanceTimersByTimeAsync(10);
    expect(log).toEqual([1]);
    await vi.advanceTimersByTimeAsync(10);
    expect(log).toEqual([1, 2]);
  });

  it('a cancelled run takes no further step and gives no answer', async () => {
    const clock = { t: 0 };
    const log: number[] = [];
    const run = runInSlices(counted(clock, 10, 3, log), { sliceMs: 8, now: () => clock.t, pause });
    await vi.advanceTimersByTimeAsync(10);
    run.cancel();
    await vi.runAllTimersAsync();
    await expect(run.done).resolves.toBeUndefined();
    expect(log).toEqual([1, 2, 3]);
  });
});
