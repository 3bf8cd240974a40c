import { describe, expect, it } from 'vitest';
import { SameRows } from '../../src/chart/sameRows.ts';

const style = (colour: string) => ({ colour, dash: '4 2', width: 2 });

describe('SameRows', () => {
  it('hands back last time’s object for a row that has not changed, and the new one for a row that has', () => {
    const rows = new SameRows<{ id: string; value: string; style: { colour: string; dash: string; width: number } }>();
    const first = rows.keep([
      { id: 'a', value: '£1', style: style('red') },
      { id: 'b', value: '£2', style: style('blue') },
    ]);
    // equal rows in new objects, as a chart works them out afresh at every step; b's value moved
    const second = rows.keep([
      { id: 'a', value: '£1', style: style('red') },
      { id: 'b', value: '£3', style: style('blue') },
    ]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.value).toBe('£3');
    // a style that differs in one field is a change
    const third = rows.keep([
      { id: 'a', value: '£1', style: { ...style('red'), width: 3 } },
      { id: 'b', value: '£3', style: style('blue') },
    ]);
    expect(third[0]).not.toBe(first[0]);
    expect(third[1]).toBe(second[1]);
  });

  it('forgets rows that went: one that comes back is a new object', () => {
    const rows = new SameRows<{ id: string; y: number }>();
    const [a] = rows.keep([{ id: 'a', y: 1 }]);
    rows.keep([{ id: 'b', y: 2 }]);
    const [again] = rows.keep([{ id: 'a', y: 1 }]);
    expect(again).not.toBe(a);
  });

  it('tells null from a missing field and NaN from NaN as the same', () => {
    const rows = new SameRows<{ id: string; row?: number | null; y: number }>();
    const [a] = rows.keep([{ id: 'a', row: null, y: NaN }]);
    expect(rows.keep([{ id: 'a', row: null, y: NaN }])[0]).toBe(a);
    expect(rows.keep([{ id: 'a', y: NaN }])[0]).not.toBe(a);
  });
});
