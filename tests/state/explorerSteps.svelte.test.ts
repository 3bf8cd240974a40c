// @vitest-environment happy-dom
// A slider step evaluates the working scenario once; the preset's own evaluation (the reconciliation's "at the
// report's inputs") is worked out once per preset and kept, not again at every step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Evaluator } from '../../src/model/evaluate.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';

afterEach(() => vi.restoreAllMocks());

describe('Explorer, step by step', () => {
  it('evaluates the preset once, and the working scenario once a step, while the reconciliation is shown', () => {
    const evaluate = vi.spyOn(Evaluator.prototype, 'evaluate');
    const explorer = new Explorer();
    const preset = presetById(DEFAULT_PRESET_ID)!.scenario;
    const shown: unknown[] = [];
    const stop = $effect.root(() => {
      $effect(() => void shown.push(explorer.reconciliation, explorer.curves));
    });
    flushSync();
    const atPreset = () => evaluate.mock.calls.filter(([scenario]) => scenario === preset).length;
    expect(atPreset()).toBe(2); // the working scenario starts as the preset's, in its own evaluator
    for (const occupancy of [0.5, 0.55, 0.6, 0.65]) {
      evaluate.mockClear();
      explorer.setInput('p2', 'placements.occupancy', occupancy);
      flushSync();
      expect(evaluate.mock.calls.map(([scenario]) => scenario)).toEqual([explorer.scenario]);
    }
    expect(shown).toHaveLength(2 * 5);
    stop();
  });
});
