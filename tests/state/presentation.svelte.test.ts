import { describe, expect, it } from 'vitest';
import { MAX_PINS, Presentation } from '../../src/state/presentation.svelte.ts';

const ids = ['p1', 'p2', 'p3'];

describe('Presentation', () => {
  it('enters and leaves, and starts off, on the portfolio, in the normal theme and with nothing pinned', () => {
    const p = new Presentation();
    expect([p.on, p.focus, p.highContrast, p.pins]).toEqual([false, null, false, []]);
    p.enter();
    expect(p.on).toBe(true);
    p.leave();
    expect(p.on).toBe(false);
  });

  it('steps through the schemes in order, then back to the portfolio, both ways', () => {
    const p = new Presentation();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      p.step(1, ids);
      seen.push(p.focus);
    }
    expect(seen).toEqual(['p1', 'p2', 'p3', null]);
    p.step(-1, ids);
    expect(p.focus).toBe('p3');
    p.step(-1, ids);
    expect(p.focus).toBe('p2');
    p.showPortfolio();
    expect(p.focus).toBeNull();
    p.step(-1, ids);
    expect(p.focus).toBe('p3');
  });

  it('a scheme that drops out of the steps (switched off, removed) gives the portfolio back, and steps go on from there', () => {
    const p = new Presentation();
    p.step(1, ids);
    p.step(1, ids);
    expect(p.focus).toBe('p2');
    expect(p.focusAmong(['p1', 'p3'])).toBeNull();
    p.step(1, ['p1', 'p3']);
    expect(p.focus).toBe('p1');
    p.step(1, []);
    expect(p.focus).toBeNull();
  });

  it('pins an input once, unpins it, and keeps only the latest MAX_PINS', () => {
    const p = new Presentation();
    p.pin('p1', 'placements.occupancy');
    p.pin('p1', 'placements.occupancy');
    expect(p.pins).toEqual([{ schemeId: 'p1', path: 'placements.occupancy' }]);
    expect(p.isPinned('p1', 'placements.occupancy')).toBe(true);
    expect(p.isPinned('p2', 'placements.occupancy')).toBe(false);
    for (let i = 0; i < MAX_PINS + 1; i++) p.pin('p2', `capital.${i}.amount`);
    expect(p.pins).toHaveLength(MAX_PINS);
    expect(p.pins.at(-1)).toEqual({ schemeId: 'p2', path: `capital.${MAX_PINS}.amount` });
    expect(p.isPinned('p1', 'placements.occupancy')).toBe(false);
    p.unpin('p2', `capital.${MAX_PINS}.amount`);
    expect(p.pins).toHaveLength(MAX_PINS - 1);
  });

  it('turns high contrast on and off', () => {
    const p = new Presentation();
    p.setHighContrast(true);
    expect(p.highContrast).toBe(true);
    p.setHighContrast(false);
    expect(p.highContrast).toBe(false);
  });
});
