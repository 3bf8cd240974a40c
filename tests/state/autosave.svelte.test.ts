// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import fc from 'fast-check';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, Autosave, type PageLife } from '../../src/state/autosave.svelte.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function page(): PageLife & { hide: () => void; leave: () => void } {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return {
    page: window,
    document,
    hide: () => {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    leave: () => window.dispatchEvent(new Event('pagehide')),
  };
}

/** Records the time of each write. */
function recorder() {
  const writes: number[] = [];
  return { writes, write: async () => void writes.push(Date.now()) };
}

describe('Autosave', () => {
  it('writes once, the delay after the last of a run of changes', async () => {
    const { writes, write } = recorder();
    const autosave = new Autosave(write);
    const start = Date.now();
    for (let i = 0; i < 10; i += 1) {
      autosave.touch();
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(writes).toEqual([start + 9 * 40 + AUTOSAVE_DELAY_MS]);
  });

  it('writes nothing while a slider is dragged, then once, the delay after the drag settles', async () => {
    const { writes, write } = recorder();
    const autosave = new Autosave(write);
    // a drag: a step every frame for three seconds (each step a new scenario to keep)
    for (let i = 0; i < 180; i += 1) {
      autosave.touch();
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(writes).toEqual([]);
    const settled = Date.now();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(writes).toEqual([settled - 16 + AUTOSAVE_DELAY_MS]);
  });

  it('is never more than the delay behind a pause, nor the longest wait behind a change, however the changes come', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 60 }), async (gaps) => {
        const changes: number[] = [];
        // each write, with how many changes had come before it (two can share a millisecond)
        const writes: { at: number; seen: number }[] = [];
        const autosave = new Autosave(async () => void writes.push({ at: Date.now(), seen: changes.length }));
        for (const gap of gaps) {
          await vi.advanceTimersByTimeAsync(gap);
          changes.push(Date.now());
          autosave.touch();
        }
        await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
        changes.forEach((at, i) => {
          const covered = writes.find((w) => w.seen > i)!.at;
          expect(covered - at).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
          // a change followed by a pause of the delay (or the last one) is written within the delay
          const next = changes[i + 1];
          if (next === undefined || next - at >= AUTOSAVE_DELAY_MS) expect(covered - at).toBeLessThanOrEqual(AUTOSAVE_DELAY_MS);
        });
        // and a write comes only once the changes pause for the delay, or the first one unwritten has waited the longest
        writes.forEach((w, i) => {
          const unwritten = changes.slice(i === 0 ? 0 : writes[i - 1]!.seen, w.seen);
          expect(w.at - unwritten.at(-1)! >= AUTOSAVE_DELAY_MS || w.at - unwritten[0]! >= AUTOSAVE_MAX_WAIT_MS).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('flush writes now, only when something changed, and resolves when it is stored', async () => {
    const { writes, write } = recorder();
    const autosave = new Autosave(write);
    await autosave.flush();
    expect(writes).toEqual([]);
    autosave.touch();
    await autosave.flush();
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(writes).toHaveLength(1);
  });

  it('writes one after another, in order, even when one is slow', async () => {
    const order: string[] = [];
    let n = 0;
    const autosave = new Autosave(async () => {
      const mine = ++n;
      order.push(`start ${mine}`);
      await new Promise((resolve) => setTimeout(resolve, mine === 1 ? 300 : 10));
      order.push(`end ${mine}`);
    });
    autosave.touch();
    void autosave.flush();
    autosave.touch();
    const done = autosave.flush();
    await vi.advanceTimersByTimeAsync(400);
    await done;
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('on pagehide and when hidden it keeps the scenario at once (synchronously) and flushes, saying it is leaving', async () => {
    const writes: number[] = [];
    const leavingFlags: boolean[] = [];
    const write = async ({ leaving }: { leaving: boolean }) => {
      writes.push(Date.now());
      leavingFlags.push(leaving);
    };
    const kept: number[] = [];
    const life = page();
    let value = $state(1);
    const autosave = new Autosave(write, { keepNow: () => void kept.push(value) });
    const stop = autosave.watch(() => value, life);
    flushSync();
    await autosave.flush();
    expect(writes).toHaveLength(1); // the first run writes what is on screen

    value = 2;
    flushSync();
    life.leave();
    expect(kept).toEqual([2]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(2);

    value = 3;
    flushSync();
    life.hide();
    expect(kept).toEqual([2, 3]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(3);

    stop();
    value = 4;
    flushSync();
    life.leave();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(kept).toEqual([2, 3]);
    expect(writes).toHaveLength(3);
    expect(leavingFlags).toEqual([false, true, true]);
  });

  it('watch touches on every change of the reactive state it reads', async () => {
    const { writes, write } = recorder();
    let value = $state(0);
    const stop = new Autosave(write).watch(() => value, page());
    flushSync();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
    value = 1;
    flushSync();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(2);
    stop();
  });
});
