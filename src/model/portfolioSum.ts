/**
 * The portfolio's positions, plainly (docs/model.md §8): at every t, the enabled schemes' positions
 * added up in scenario order, each brought to the portfolio's common denominator. fast/portfolio.ts
 * works out the same digits by stretches carried from one evaluation to the next; this is its
 * readable twin and the oracle it is tested against (tests/model/fast/portfolio.test.ts).
 */
import { lcm } from './decimal.ts';
import { Exact, whole } from './exact.ts';
import type { PositionSource } from './positions.ts';

/** The sum of the schemes' positions (`parts`, the enabled schemes in scenario order). */
export function plainPortfolio(parts: readonly PositionSource[]): PositionSource {
  let over = 1n;
  for (const p of parts) over = lcm(over, p.over);
  const scales = parts.map((p) => whole(over / p.over));
  const sum = (each: (p: PositionSource) => Exact): Exact => parts.reduce((s, p, i) => s.plus(each(p).times(scales[i]!)), Exact.ZERO);
  const numerator = (t: number, discounted: boolean) => sum((p) => p.numerator(t, discounted));
  const changesAt = (t: number) => parts.some((p) => p.changesAt(t));
  return {
    over,
    numerator,
    changesAt,
    // where a scheme's stream starts or stops, a scheme's flow is read as the step of its position, so the portfolio's is too
    flowNumerator: (t) => (changesAt(t) ? numerator(t, false).minus(numerator(t - 1, false)) : sum((p) => p.flowNumerator(t))),
    numeratorsAt: (times, discounted) => times.map((t) => numerator(t, discounted)),
  };
}
