import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, headlineRows, SCREEN_ROWS } from '../../src/components/headlineRows.ts';

const schemes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}` }));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('headlineRows', () => {
  it('shows every scheme up to SCREEN_ROWS, and all of them when asked', () => {
    expect(headlineRows(schemes(SCREEN_ROWS), new Set(), false)).toEqual({ shown: schemes(SCREEN_ROWS), more: 0 });
    expect(headlineRows(schemes(100), new Set(), true)).toEqual({ shown: schemes(100), more: 0 });
  });

  it('past SCREEN_ROWS, the first FIRST_ROWS and every open scheme, in the scenario’s order', () => {
    const { shown, more } = headlineRows(schemes(SCREEN_ROWS + 1), new Set(['s21', 's3', 's15']), false);
    expect(ids(shown)).toEqual([...ids(schemes(FIRST_ROWS)), 's15', 's21']);
    expect(more).toBe(SCREEN_ROWS + 1 - FIRST_ROWS - 2);
  });
});
