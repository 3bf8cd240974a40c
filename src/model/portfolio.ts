/**
 * The portfolio's positions: its schemes' added up, exactly, time point by time point.
 */
import { int, ZERO, type Decimal } from './decimal.ts';
import type { Discounting, RateTable } from './discounting.ts';
import { add, lcm, positionOf, type Position, type StreamPositions, type Term } from './position.ts';

/**
 * The portfolio: its schemes' positions added up, time point by time point, over the least common
 * multiple of their denominators. Between two events of any scheme the same streams run in all of
 * them, so the portfolio is Σ A × (a table's sum) + K too; its A per rate table are added once for
 * every query in that stretch (a payback asks for a position and the next month's flow, cash and
 * discounted), instead of once per scheme per query.
 */
export class PortfolioPositions {
  readonly cash: Position;
  readonly discounted: Position;
  readonly over: number;
  /** the schemes' positions, by denominator, with the factor that brings each to `over` */
  readonly #buckets: { scale: Decimal | null; parts: StreamPositions[] }[];
  readonly #parts: readonly StreamPositions[];
  /** the portfolio's terms, by the phases of its schemes */
  readonly #terms = new Map<string, Term[]>();

  constructor(parts: readonly StreamPositions[], horizonMonths: number, discounting: Discounting) {
    const N = horizonMonths;
    this.#parts = parts;
    const byOver = new Map<number, StreamPositions[]>();
    let over = 1;
    for (const p of parts) {
      const list = byOver.get(p.over);
      if (list) list.push(p);
      else byOver.set(p.over, [p]);
      over = lcm(over, p.over);
    }
    this.over = over;
    this.#buckets = [...byOver].map(([partsOver, list]) => ({ scale: partsOver === over ? null : int(over / partsOver), parts: list }));

    const cash = new Float64Array(N + 1);
    const discounted = new Float64Array(N + 1);
    for (const p of parts) {
      const c = p.cash.approx;
      const d = p.discounted.approx;
      for (let t = 0; t <= N; t++) {
        cash[t]! += c[t]!;
        discounted[t]! += d[t]!;
      }
    }
    this.cash = positionOf(cash, over, (t) => this.#numerator(Math.min(t, N), false), (t) => this.#flowNumerator(t));
    this.discounted = positionOf(
      discounted,
      over,
      (t) => this.#numerator(Math.min(t, N), true),
      (t) => this.#flowNumerator(t).times(discounting.factor(t)),
    );
  }

  /** which phase each scheme is in at t */
  #signature(t: number): string {
    let key = '';
    for (const p of this.#parts) key += `${p.phaseIndex(t)},`;
    return key;
  }

  #termsAt(t: number): Term[] {
    const key = this.#signature(t);
    let terms = this.#terms.get(key);
    if (terms === undefined) {
      const byTable = new Map<RateTable, Term>();
      for (const { scale, parts } of this.#buckets) {
        const bucket = new Map<RateTable, Term>();
        for (const p of parts) {
          for (const term of p.terms(t)) {
            const known = bucket.get(term.table);
            if (known) known.alpha = known.alpha.plus(term.alpha);
            else bucket.set(term.table, { ...term });
          }
        }
        for (const term of bucket.values()) {
          const alpha = scale === null ? term.alpha : term.alpha.times(scale);
          const known = byTable.get(term.table);
          if (known) known.alpha = known.alpha.plus(alpha);
          else byTable.set(term.table, { ...term, alpha });
        }
      }
      this.#terms.set(key, (terms = [...byTable.values()]));
    }
    return terms;
  }

  /** Σ over the schemes of `part`, brought to `over` */
  #sum(part: (p: StreamPositions) => Decimal): Decimal {
    let total: Decimal | undefined;
    for (const { scale, parts } of this.#buckets) {
      let sum = part(parts[0]!);
      for (let i = 1; i < parts.length; i++) sum = sum.plus(part(parts[i]!));
      total = add(total, scale === null ? sum : sum.times(scale));
    }
    return total ?? ZERO;
  }

  #numerator(t: number, discounted: boolean): Decimal {
    let sum = this.#sum((p) => p.constant(t, discounted));
    for (const { table, shift, alpha } of this.#termsAt(t)) {
      const M = t - shift + 1;
      sum = sum.plus(alpha.times(discounted ? table.discountedSum(M) : table.sum(M)));
    }
    return sum;
  }

  #flowNumerator(t: number): Decimal {
    // a scheme changing phase between t − 1 and t has flows no single form says
    if (this.#signature(t - 1) !== this.#signature(t)) return this.#sum((p) => p.cash.flowNumerator(t));
    let sum: Decimal | undefined;
    for (const { table, shift, alpha } of this.#termsAt(t)) sum = add(sum, alpha.times(table.uplift.power(Math.floor((t - shift) / 12))));
    return sum ?? ZERO;
  }
}
