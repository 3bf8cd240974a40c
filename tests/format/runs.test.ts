import { describe, expect, it } from 'vitest';
import { runsOf } from '../../src/format/runs.ts';

describe('runsOf', () => {
  it('groups consecutive items by key, keeping order; a key that comes back starts a new run', () => {
    const runs = runsOf(['a1', 'a2', 'b1', 'a3'], (s) => s[0]!);
    expect(runs).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
    expect(runsOf([], String)).toEqual([]);
  });
});
