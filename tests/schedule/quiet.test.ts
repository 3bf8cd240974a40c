import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Quiet } from '../../src/schedule/quiet.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Quiet', () => {
  it('fires once, at the deadline of the last after, with one timer however often it is moved', () => {
    const fired: number[] = [];
    const start = Date.now();
    const quiet = new Quiet(() => fired.push(Date.now() - start));
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 30; i++) {
      quiet.after(500);
      vi.advanceTimersByTime(16);
    }
    // 30 moves, the one timer set once (it sleeps again only when it wakes early)
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(fired).toEqual([29 * 16 + 500]);
    setTimeoutSpy.mockRestore();
  });

  it('an earlier deadline is kept: the timer is set again sooner', () => {
    const fired: number[] = [];
    const start = Date.now();
    const quiet = new Quiet(() => fired.push(Date.now() - start));
    quiet.after(1000);
    quiet.after(100);
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([100]);
    vi.advanceTimersByTime(2000);
    expect(fired).toEqual([100]);
  });

  it('cancel stops it until the next after', () => {
    const fire = vi.fn();
    const quiet = new Quiet(fire);
    quiet.after(50);
    quiet.cancel();
    expect(quiet.pending).toBe(false);
    vi.advanceTimersByTime(100);
    expect(fire).not.toHaveBeenCalled();
    quiet.after(50);
    vi.advanceTimersByTime(50);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('whatever the moves, it fires at each deadline not moved before it passed, once each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 600 })), { minLength: 1, maxLength: 20 }),
        (moves) => {
          vi.clearAllTimers();
          const start = Date.now();
          const fired: number[] = [];
          const quiet = new Quiet(() => fired.push(Date.now() - start));
          // the plain debounce: a deadline fires if time reaches it before the next move
          const expected: number[] = [];
          let at = 0;
          let due: number | null = null;
          for (const [gap, ms] of moves) {
            vi.advanceTimersByTime(gap);
            at += gap;
            if (due !== null && due <= at) expected.push(due);
            quiet.after(ms);
            due = at + ms;
          }
          vi.advanceTimersByTime(10_000);
          expected.push(due!);
          expect(fired).toEqual(expected);
        },
      ),
    );
  });
});
