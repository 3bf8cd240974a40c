// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { QUIET_MS, Settled } from '../../src/state/settled.svelte.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function follow() {
  let source = $state(1);
  let settled!: Settled<number>;
  const stop = $effect.root(() => {
    settled = new Settled(() => source);
  });
  flushSync();
  return {
    settled,
    stop,
    set: (value: number) => {
      source = value;
      flushSync();
    },
  };
}

describe('Settled', () => {
  it('starts at the source, and follows a change that comes alone at once', () => {
    const { settled, set, stop } = follow();
    expect(settled.value).toBe(1);
    vi.advanceTimersByTime(QUIET_MS);
    set(2);
    expect(settled.value).toBe(2);
    expect(settled.busy).toBe(false);
    stop();
  });

  it('during a run of quick changes it waits, busy, and takes the last once the source is still', () => {
    const { settled, set, stop } = follow();
    vi.advanceTimersByTime(QUIET_MS);
    set(2);
    for (const value of [3, 4, 5]) {
      vi.advanceTimersByTime(16);
      set(value);
      expect(settled.value).toBe(2);
      expect(settled.busy).toBe(true);
    }
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(settled.value).toBe(2);
    vi.advanceTimersByTime(1);
    expect(settled.value).toBe(5);
    expect(settled.busy).toBe(false);
    stop();
  });

  it('once stopped, a waiting value is never taken', () => {
    const { settled, set, stop } = follow();
    vi.advanceTimersByTime(QUIET_MS);
    set(2);
    set(3);
    stop();
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(settled.value).toBe(2);
  });
});
