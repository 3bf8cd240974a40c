import type { ChartCurve } from './types.ts';

/**
 * The portfolio (or, compared, the working scenario) first, then the schemes as the scenario lists them: the order
 * of the readout, where a list taller than its box scrolls and the total is what a board asks for first, and of
 * the end labels, where the total keeps its label when there is no room for all.
 */
export function totalFirst<C extends Pick<ChartCurve, 'kind'>>(curves: readonly C[]): C[] {
  return [...curves.filter((c) => c.kind === 'portfolio'), ...curves.filter((c) => c.kind !== 'portfolio')];
}
