import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets/index.ts';
import { readInput, withInput } from '../../src/model/schemeInputs.ts';

describe('readInput and withInput', () => {
  it('reads back what it writes', () => {
    const p2 = PRESETS[0]!.scenario.schemes.find((s) => s.id === 'p2')!;
    expect(readInput(withInput(p2, 'placements.occupancy', 0.5), 'placements.occupancy')).toBe(0.5);
  });
});
