import { describe, expect, it } from 'vitest';
import { inSlices, SLICE_MS } from '../../src/schedule/slices.ts';

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
