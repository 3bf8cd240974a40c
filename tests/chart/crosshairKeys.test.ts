import { describe, expect, it } from 'vitest';
import { crosshairKey } from '../../src/chart/crosshairKeys.ts';

describe('crosshairKey', () => {
  it('moves one month with Left and Right', () => {
    expect(crosshairKey('ArrowRight', 5, 120)).toBe(6);
    expect(crosshairKey('ArrowLeft', 5, 120)).toBe(4);
  });

  it('moves a year with PageUp (later) and PageDown (earlier)', () => {
    expect(crosshairKey('PageUp', 5, 120)).toBe(17);
    expect(crosshairKey('PageDown', 17, 120)).toBe(5);
  });

  it('goes to the ends with Home and End', () => {
    expect(crosshairKey('Home', 50, 120)).toBe(0);
    expect(crosshairKey('End', 50, 120)).toBe(120);
  });

  it('stops at the ends', () => {
    expect(crosshairKey('ArrowRight', 120, 120)).toBe(120);
    expect(crosshairKey('PageDown', 3, 120)).toBe(0);
  });

  it('moves from the end, where the readout stands before any move', () => {
    expect(crosshairKey('ArrowLeft', undefined, 120)).toBe(119);
    expect(crosshairKey('ArrowRight', undefined, 120)).toBe(120);
    expect(crosshairKey('PageDown', undefined, 120)).toBe(108);
    expect(crosshairKey('Home', undefined, 120)).toBe(0);
  });

  it('leaves other keys to the page', () => {
    expect(crosshairKey('Tab', 5, 120)).toBeNull();
    expect(crosshairKey('a', 5, 120)).toBeNull();
  });
});
