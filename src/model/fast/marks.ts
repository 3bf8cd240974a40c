// Equals numerator(t) asked at each point in turn (PlainPositions in ../positions.ts; ../portfolioSum.ts for the portfolio), digit for digit; proved by "the sweep gives the positions one point at a time" in tests/model/fast/marks.test.ts.
/**
 * Positions at many points in one pass: each stream marks where its sum changes form (it starts,
 * it stops), and a sweep adds the marks up, a few operations per point and rate table.
 */
import { add, Exact } from '../exact.ts';
import type { RateTable } from '../discounting.ts';

/**
 * Where a set of streams' sums change, at each of some points: the change in their constant, and per
 * rate table the change in Σ alpha of the streams running across the point.
 */
export interface Marks {
  constant: (Exact | undefined)[];
  running: Map<RateTable, (Exact | undefined)[]>;
}

/**
 * The sums the marks say, at each point: a few operations per point and rate table. At time points
 * (`atTimePoints`) a table of shift s has counted its months before point + 1 − s; at month ends, before the end.
 */
export function sweep(points: readonly number[], marks: Marks, discounted: boolean, atTimePoints: boolean): Exact[] {
  const tables = [...marks.running];
  const alpha: (Exact | undefined)[] = tables.map(() => undefined);
  let k: Exact | undefined;
  return points.map((point, i) => {
    const change = marks.constant[i];
    if (change !== undefined) k = add(k, change);
    let sum = k ?? Exact.ZERO;
    for (let g = 0; g < tables.length; g++) {
      const [table, changes] = tables[g]!;
      if (changes[i] !== undefined) alpha[g] = add(alpha[g], changes[i]!);
      const a = alpha[g];
      if (a === undefined || a.isZero()) continue;
      const M = atTimePoints ? point + 1 - table.shift : point;
      sum = sum.plus(a.times(discounted ? table.discountedSumExact(M) : table.sumExact(M)));
    }
    return sum;
  });
}

/** the index of the first of the ascending `ends` at or after `month` (ends.length if none is) */
export function firstEnd(ends: readonly number[], month: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
