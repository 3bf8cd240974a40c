/**
 * The net position of docs/model.md §6, C(t) + R(t): the cash position plus what the retained
 * property would fetch, R(t) = residualValue × U(assetAppreciation, t), over the same denominator.
 */
import { add, Exact, whole } from './exact.ts';
import { Numerators, type ErrorBound, type Position } from './positions.ts';
import type { Uplift, Uplifts } from './uplift.ts';

/** A retained asset: R(t) = value × U(appreciation, t). */
export interface Asset {
  value: number;
  appreciation: number;
}

/** Assets that appreciate alike, added up, by appreciation (those worth nothing left out). */
export function assetGroups(assets: readonly Asset[]): Map<number, Exact> {
  const byRate = new Map<number, Exact>();
  for (const a of assets) {
    if (a.value !== 0) byRate.set(a.appreciation, add(byRate.get(a.appreciation), Exact.fromNumber(a.value)));
  }
  return byRate;
}

/** C(t) + R(t): a cash position and retained assets, grouped by appreciation. */
class NetPosition extends Numerators {
  readonly #cash: Position;
  /** per appreciation: over × the assets' value, and its uplift */
  readonly #groups: { growth: Uplift; value: Exact }[];

  constructor(cash: Position, groups: { growth: Uplift; value: Exact }[], approx: Float64Array, bound: ErrorBound) {
    super(approx, bound, cash.over);
    this.#cash = cash;
    this.#groups = groups;
  }

  /** over × R(t) */
  #assets(t: number): Exact {
    let sum: Exact | undefined;
    for (const g of this.#groups) sum = add(sum, g.value.times(g.growth.powerExact(Math.floor(t / 12))));
    return sum!;
  }

  protected work(t: number): Exact {
    return this.#cash.numerator(t).plus(this.#assets(t));
  }

  override numeratorsAt(times: readonly number[]): Exact[] {
    return this.#cash.numeratorsAt(times).map((n, i) => n.plus(this.#assets(times[i]!)));
  }

  flowNumerator(t: number): Exact {
    // the assets' value changes only on anniversaries
    const cash = this.#cash.flowNumerator(t);
    return t % 12 === 0 ? cash.plus(this.#assets(t)).minus(this.#assets(t - 1)) : cash;
  }
}

/** C(t) + R(t) for one or more assets (or their groups, from assetGroups); assets that appreciate alike are added before uplifting. */
export function withAssets(cash: Position, assets: readonly Asset[] | ReadonlyMap<number, Exact>, uplifts: Uplifts): Position {
  const byRate = assets instanceof Map ? assets : assetGroups(assets as readonly Asset[]);
  if (byRate.size === 0) return cash;
  const over = whole(cash.over);
  const groups: { growth: Uplift; value: Exact }[] = [];
  const approx = new Float64Array(cash.approx);
  // R(t) at each year, as plain numbers: its magnitude joins the cash curve's in the error bound
  const years = Math.floor((approx.length - 1) / 12) + 1;
  const values = new Float64Array(years);
  for (const [rate, value] of byRate) {
    const growth = uplifts.of(rate);
    groups.push({ growth, value: value.times(over) });
    // the asset's value steps once a year
    const start = value.toNumber();
    for (let year = 0; year < years; year++) {
      const uplifted = start * growth.powerApprox(year);
      values[year]! += Math.abs(uplifted);
      const end = Math.min(approx.length, 12 * year + 12);
      for (let t = 12 * year; t < end; t++) approx[t]! += uplifted;
    }
  }
  // t in (12(k − 1), 12k] holds the values of years k − 1 and k
  const gross = cash.bound.gross.map((g, k) => g + Math.max(values[Math.max(0, k - 1)]!, values[Math.min(k, years - 1)]!));
  return new NetPosition(cash, groups, approx, { gross, ulps: cash.bound.ulps + byRate.size + 60 });
}
