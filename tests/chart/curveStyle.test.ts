import { describe, expect, it } from 'vitest';
import { curveStyles, PORTFOLIO_STYLE, SCHEME_COLOURS } from '../../src/chart/curveStyle.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('curveStyles', () => {
  it('every scheme colour has at least 4.5:1 contrast against white, so its label passes as text', () => {
    for (const colour of SCHEME_COLOURS) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives the portfolio the solid, thick, dark line whatever its position', () => {
    const styles = curveStyles([
      { id: 'a', kind: 'scheme' },
      { id: 'all', kind: 'portfolio' },
    ]);
    expect(styles.get('all')).toEqual(PORTFOLIO_STYLE);
    expect(styles.get('a')!.width).toBeLessThan(PORTFOLIO_STYLE.width);
  });

  it('never tells two of forty schemes apart by colour alone: colour-and-dash pairs are all different', () => {
    const curves = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, kind: 'scheme' as const }));
    const styles = curveStyles(curves);
    const pairs = new Set(curves.map((c) => `${styles.get(c.id)!.colour}|${styles.get(c.id)!.dash}`));
    expect(pairs.size).toBe(40);
  });

  it('gives neighbouring schemes different dash patterns as well as different colours', () => {
    const styles = curveStyles([
      { id: 'a', kind: 'scheme' },
      { id: 'b', kind: 'scheme' },
    ]);
    expect(styles.get('a')!.dash).not.toBe(styles.get('b')!.dash);
    expect(styles.get('a')!.colour).not.toBe(styles.get('b')!.colour);
  });
});
