/**
 * The portfolio's positions: its schemes' added up, exactly, time point by time point.
 *
 * Between two events of any scheme (a stream starting or ending) every scheme stays in its phase,
 * so the portfolio is `Σ A × (a table's sum) + K` as a scheme is: a *stretch*. The first stretch
 * asked for adds up every scheme's terms; each later one starts from the last and redoes only the
 * schemes whose phase differs, usually one or two. The terms are sums of amounts (exact for amounts
 * in pounds and pence), so they come out the same whatever the order of the queries; the
 * constants, which are not exact, are added up afresh for each stretch, in scheme order.
 */
import { int, ZERO, type Decimal } from './decimal.ts';
import type { Discounting, RateTable } from './discounting.ts';
import { add, cashAndDiscounted, lcm, type Position, type StreamPositions, type Term } from './position.ts';

/** The portfolio's form for the time points where each scheme is in the phase `phases` says. */
interface Stretch {
  t: number;
  phases: Int32Array;
  /** Σ over schemes of their terms, brought to the common denominator, by rate table */
  terms: Map<RateTable, Term>;
  /** [cash, discounted], when first needed */
  constants: [Decimal | undefined, Decimal | undefined];
}

/** schemes with the same denominator, and the factor that brings theirs to the portfolio's */
interface Bucket {
  scale: Decimal | null;
  parts: StreamPositions[];
}

export class PortfolioPositions {
  readonly cash: Position;
  readonly discounted: Position;
  readonly over: number;
  readonly #parts: readonly StreamPositions[];
  /** per scheme: the factor that brings its numerators to `over`, or null for 1 */
  readonly #scales: (Decimal | null)[];
  readonly #buckets: Bucket[];
  readonly #stretches = new Map<string, Stretch>();
  #latest: Stretch | undefined;

  constructor(parts: readonly StreamPositions[], horizonMonths: number, discounting: Discounting) {
    const N = horizonMonths;
    this.#parts = parts;
    let over = 1;
    for (const p of parts) over = lcm(over, p.over);
    this.over = over;
    const scaleOf = new Map<number, Decimal | null>();
    const byOver = new Map<number, StreamPositions[]>();
    for (const p of parts) {
      if (!scaleOf.has(p.over)) scaleOf.set(p.over, p.over === over ? null : int(over / p.over));
      const list = byOver.get(p.over);
      if (list) list.push(p);
      else byOver.set(p.over, [p]);
    }
    this.#scales = parts.map((p) => scaleOf.get(p.over)!);
    this.#buckets = [...byOver].map(([partsOver, list]) => ({ scale: scaleOf.get(partsOver)!, parts: list }));

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
    ({ cash: this.cash, discounted: this.discounted } = cashAndDiscounted(
      { cash, discounted },
      { over, horizonMonths: N, discounting },
      (t, discounted) => this.#numerator(t, discounted),
      (t) => this.#flowNumerator(t),
    ));
  }

  #scaled(i: number, x: Decimal): Decimal {
    const scale = this.#scales[i] ?? null;
    return scale === null ? x : x.times(scale);
  }

  #stretch(t: number): Stretch {
    const phases = Int32Array.from(this.#parts, (p) => p.phaseIndex(t));
    const key = phases.join(',');
    let stretch = this.#stretches.get(key);
    if (stretch) return stretch;
    const base = this.#latest;
    const terms = new Map<RateTable, Term>();
    const addTerms = (i: number) => {
      for (const term of this.#parts[i]!.terms(t)) {
        const alpha = this.#scaled(i, term.alpha);
        const known = terms.get(term.table);
        if (known) known.alpha = known.alpha.plus(alpha);
        else terms.set(term.table, { ...term, alpha });
      }
    };
    if (base === undefined) {
      // added by denominator, then scaled: one multiplication per denominator and table
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
          const known = terms.get(term.table);
          if (known) known.alpha = known.alpha.plus(alpha);
          else terms.set(term.table, { ...term, alpha });
        }
      }
    } else {
      for (const [table, term] of base.terms) terms.set(table, { ...term });
      for (let i = 0; i < phases.length; i++) {
        if (phases[i] === base.phases[i]) continue;
        // out with the scheme's terms of the base stretch, in with those of t
        for (const term of this.#parts[i]!.terms(base.t)) {
          const known = terms.get(term.table)!;
          known.alpha = known.alpha.minus(this.#scaled(i, term.alpha));
        }
        addTerms(i);
      }
    }
    stretch = { t, phases, terms, constants: [undefined, undefined] };
    this.#stretches.set(key, stretch);
    this.#latest = stretch;
    return stretch;
  }

  /** Σ over the schemes of their phase's constant, brought to `over`: added by denominator, then scaled */
  #constant(stretch: Stretch, discounted: boolean): Decimal {
    const slot = discounted ? 1 : 0;
    let k = stretch.constants[slot];
    if (k === undefined) {
      let total: Decimal | undefined;
      for (const { scale, parts } of this.#buckets) {
        let sum = parts[0]!.constant(stretch.t, discounted);
        for (let i = 1; i < parts.length; i++) sum = sum.plus(parts[i]!.constant(stretch.t, discounted));
        total = add(total, scale === null ? sum : sum.times(scale));
      }
      stretch.constants[slot] = k = total ?? ZERO;
    }
    return k;
  }

  #numerator(t: number, discounted: boolean): Decimal {
    const stretch = this.#stretch(t);
    let sum = this.#constant(stretch, discounted);
    for (const { table, shift, alpha } of stretch.terms.values()) {
      if (alpha.isZero()) continue;
      const M = t - shift + 1;
      sum = sum.plus(alpha.times(discounted ? table.discountedSum(M) : table.sum(M)));
    }
    return sum;
  }

  #flowNumerator(t: number): Decimal {
    const stretch = this.#stretch(t);
    // a scheme changing phase between t − 1 and t has a flow no single form says
    if (this.#stretch(t - 1) !== stretch) return this.cash.numerator(t).minus(this.cash.numerator(t - 1));
    let sum: Decimal | undefined;
    for (const { table, shift, alpha } of stretch.terms.values()) {
      if (!alpha.isZero()) sum = add(sum, alpha.times(table.uplift.power(Math.floor((t - shift) / 12))));
    }
    return sum ?? ZERO;
  }
}
