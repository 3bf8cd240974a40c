import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuestionRun } from '../../src/state/questionRun.svelte.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import type { Scenario } from '../../src/model/scenario.ts';

const leics = presetById(DEFAULT_PRESET_ID)!.scenario;
/** each hand-back to the browser is a 10 ms timer, so one advance of 10 ms is one slice */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

/** A question whose answer names the scenario's discount rate, after `units` steps of 5 ms each. */
function question(clock: { t: number }, units = 6) {
  return function* (scenario: Scenario): Generator<{ done: number; total: number }, string, void> {
    for (let i = 1; i <= units; i++) {
      clock.t += 5;
      yield { done: i, total: units };
    }
    return `rate ${scenario.discountRate}`;
  };
}

describe('QuestionRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows progress while it works, then the answer for the scenario it started from', async () => {
    const clock = { t: 0 };
    const run = new QuestionRun<string, { done: number; total: number }>({ sliceMs: 8, now: () => clock.t, pause });
    const finished = run.start(leics, question(clock));
    expect(run.working).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(run.progress).toEqual({ done: 2, total: 6 });
    expect(run.answerFor(leics)).toBeNull();
    await vi.runAllTimersAsync();
    await finished;
    expect(run.working).toBe(false);
    expect(run.answerFor(leics)).toBe(`rate ${leics.discountRate}`);
  });

  it('never hands out an answer for a scenario that has since changed, and refresh works it out again', async () => {
    const clock = { t: 0 };
    const run = new QuestionRun<string>({ sliceMs: 8, now: () => clock.t, pause });
    await Promise.all([run.start(leics, question(clock)), vi.runAllTimersAsync()]);
    const edited = { ...leics, discountRate: 0.05 };
    expect(run.staleFor(edited)).toBe(true);
    expect(run.answerFor(edited)).toBeNull();
    const again = run.refresh(edited);
    expect(again).toBeDefined();
    await Promise.all([again, vi.runAllTimersAsync()]);
    expect(run.answerFor(edited)).toBe('rate 0.05');
    expect(run.answerFor(leics)).toBeNull();
    // nothing to do when the answer is already for this scenario
    expect(run.refresh(edited)).toBeUndefined();
  });

  it('a new run cancels the one under way: the first answer never arrives', async () => {
    const clock = { t: 0 };
    const run = new QuestionRun<string>({ sliceMs: 8, now: () => clock.t, pause });
    const first = run.start(leics, question(clock, 20));
    await vi.advanceTimersByTimeAsync(10);
    const edited = { ...leics, discountRate: 0.05 };
    const second = run.start(edited, question(clock));
    await Promise.all([first, second, vi.runAllTimersAsync()]);
    expect(run.answerFor(leics)).toBeNull();
    expect(run.answerFor(edited)).toBe('rate 0.05');
  });

  it('a question the model cannot answer stops working and gives no answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const run = new QuestionRun<string>({ pause });
    // eslint-disable-next-line require-yield
    const failing = function* (): Generator<never, string, void> {
      throw new RangeError('no such scheme');
    };
    await Promise.all([run.start(leics, failing), vi.runAllTimersAsync()]);
    expect(run.working).toBe(false);
    expect(run.answerFor(leics)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
