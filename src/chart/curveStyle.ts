import type { ChartCurve } from './types.ts';

/** How one curve is drawn. Colour and dash together, so that colour never carries the meaning alone. */
export interface CurveStyle {
  /** a CSS colour: the theme's custom property (src/global.css), falling back to the light theme's colour */
  colour: string;
  /** SVG stroke-dasharray, or 'none' for solid */
  dash: string;
  width: number;
}

/** Scheme colours, each at least 4.5:1 against white so the in-place labels pass WCAG AA as text. */
export const SCHEME_COLOURS = ['#1d70b8', '#b4371b', '#00703c', '#912b88', '#8a5300', '#005a6f', '#4c2c92', '#a8163a'] as const;
/** Scheme dash patterns; five against eight colours gives forty distinct pairs before one repeats. */
const SCHEME_DASHES = ['6 3', '2 3', '10 3 2 3', 'none', '12 4'] as const;
export const PORTFOLIO_STYLE: CurveStyle = { colour: 'var(--ink, #0b0c0c)', dash: 'none', width: 3.5 };
const SCHEME_WIDTH = 1.75;

/** The n-th scheme colour as the theme has it (`--curve-1` … `--curve-8`), the light one where no theme is set. */
const themed = (n: number) => `var(--curve-${n + 1}, ${SCHEME_COLOURS[n]})`;

/**
 * Styles by each scheme curve's place in the palette (its `slot`), or else by its position among the scheme curves;
 * portfolio curves are always solid, dark and thick.
 */
export function curveStyles(curves: readonly Pick<ChartCurve, 'id' | 'kind' | 'slot'>[]): Map<string, CurveStyle> {
  const styles = new Map<string, CurveStyle>();
  let scheme = 0;
  for (const curve of curves) {
    if (curve.kind === 'portfolio') {
      styles.set(curve.id, PORTFOLIO_STYLE);
      continue;
    }
    const place = curve.slot ?? scheme;
    styles.set(curve.id, {
      colour: themed(place % SCHEME_COLOURS.length),
      dash: SCHEME_DASHES[place % SCHEME_DASHES.length] as string,
      width: SCHEME_WIDTH,
    });
    scheme++;
  }
  return styles;
}
