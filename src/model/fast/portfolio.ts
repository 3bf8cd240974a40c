// Equals plainPortfolio() in ../portfolioSum.ts (the enabled schemes' positions added in scenario order), digit for digit; proved by "the incremental portfolio is the plain sum" in tests/model/fast/portfolio.test.ts.
/**
 * The portfolio's positions: its schemes' added up, exactly, time point by time point.
 *
 * Between two events of any scheme (a stream starting or ending) every scheme stays in its phase,
 * so the portfolio is `Σ A × (a table's sum) + K` as a scheme is: a *stretch*. The first stretch
 * asked for adds up every scheme; each later one starts from the last — of this evaluation or of
 * the one before, when a slider moved one scheme — and redoes only the schemes that differ.
 *
 * What it adds up does not depend on that order: every term and constant is an exact numerator
 * (decimal.ts `Exact`), over a common denominator that is exact too. The constants are kept as fixed
 * binary trees of the schemes' constants, in scheme order: replacing one scheme's redoes the
 * additions above it.
 */
import { lcm } from '../decimal.ts';
import { add, Exact, whole } from '../exact.ts';
import type { Discounting, RateTable } from '../discounting.ts';
import { cashAndDiscounted, sumOfCurves, type Position, type PositionSource } from '../positions.ts';
import { sweep, type Marks } from './marks.ts';
import type { StreamPositions, Term } from './phases.ts';
import { SumTree } from './sumTree.ts';

/** The portfolio's form for the time points where each scheme is in the phase `phases` says. */
interface Stretch {
  t: number;
  parts: readonly StreamPositions[];
  phases: Int32Array;
  /** Σ over schemes of their terms, brought to the common denominator, by rate table */
  terms: Map<RateTable, Term>;
  /** the same, in a fixed order (by rate, then shift), so they are added up the same way however they came */
  ordered: Term[];
  /** [cash, discounted], when first needed: per denominator, the tree of its schemes' constants */
  constants: [SumTree<Exact>[] | undefined, SumTree<Exact>[] | undefined];
  totals: [Exact | undefined, Exact | undefined];
}

/** `into` plus `marks` (times `scale`, unless null), mark by mark */
function addMarks(into: Marks, marks: Marks, scale: Exact | null): void {
  const scaled = (x: Exact) => (scale === null ? x : x.times(scale));
  marks.constant.forEach((x, i) => {
    if (x !== undefined) into.constant[i] = add(into.constant[i], scaled(x));
  });
  for (const [table, changes] of marks.running) {
    let known = into.running.get(table);
    if (known === undefined) into.running.set(table, (known = changes.map(() => undefined)));
    changes.forEach((x, i) => {
      if (x !== undefined) known[i] = add(known[i], scaled(x));
    });
  }
}

function ordered(terms: Map<RateTable, Term>): Term[] {
  return [...terms.values()].sort((a, b) => a.table.rate - b.table.rate || a.table.shift - b.table.shift);
}

/**
 * The stretches one portfolio has worked out, and how it is laid out: what the next evaluation's
 * portfolio starts from. It refers to no other portfolio, so keeping it keeps one evaluation back.
 */
class Stretches {
  readonly byPhases = new Map<string, Stretch>();
  latest: Stretch | undefined;

  constructor(
    readonly N: number,
    readonly discounting: Discounting,
    readonly over: bigint,
    readonly parts: readonly StreamPositions[],
  ) {}

  /**
   * Whether the next portfolio can start from these: the same horizon, discounting and
   * denominators, scheme by scheme, and few enough schemes changed for that to be worth it.
   */
  lendsTo(next: Stretches): boolean {
    const { parts } = this;
    if (this.N !== next.N || this.discounting !== next.discounting || this.over !== next.over || parts.length !== next.parts.length)
      return false;
    let changed = 0;
    for (let i = 0; i < parts.length; i++) {
      const was = parts[i]!;
      const part = next.parts[i]!;
      if (was.over !== part.over) return false;
      if (was !== part) changed++;
    }
    return changed <= parts.length / 4;
  }
}

/** schemes with the same denominator, and the factor that brings theirs to the portfolio's */
interface Bucket {
  over: bigint;
  scale: Exact | null;
  /** the schemes' indexes in the portfolio */
  members: number[];
}

export class PortfolioPositions implements PositionSource {
  readonly cash: Position;
  readonly discounted: Position;
  readonly over: bigint;
  readonly #parts: readonly StreamPositions[];
  readonly #buckets: Bucket[];
  /** per scheme: its bucket and its place in it */
  readonly #place: { bucket: number; leaf: number }[] = [];
  readonly #stretches: Stretches;
  /** the stretch of each time point asked about (a payback asks about a few, again and again) */
  readonly #atTime = new Map<number, Stretch>();
  /** the stretches of the evaluation before, when it is laid out the same (not its portfolio: that would keep a chain) */
  readonly #previous: Stretches | undefined;

  /**
   * `previous`, the portfolio of the evaluation before, lends its stretches as starts when it is
   * laid out the same (the same horizon, discounting and denominators, scheme by scheme) and
   * most of its schemes are this one's.
   */
  constructor(parts: readonly StreamPositions[], horizonMonths: number, discounting: Discounting, previous?: PortfolioPositions) {
    const N = horizonMonths;
    this.#parts = parts;
    let over = 1n;
    for (const p of parts) over = lcm(over, p.over);
    this.over = over;
    const byOver = new Map<bigint, Bucket>();
    parts.forEach((p, i) => {
      let bucket = byOver.get(p.over);
      if (!bucket) byOver.set(p.over, (bucket = { over: p.over, scale: p.over === over ? null : whole(over / p.over), members: [] }));
      this.#place.push({ bucket: [...byOver.keys()].indexOf(p.over), leaf: bucket.members.length });
      bucket.members.push(i);
    });
    this.#buckets = [...byOver.values()];
    this.#stretches = new Stretches(N, discounting, over, parts);
    if (previous && previous.#stretches.lendsTo(this.#stretches)) this.#previous = previous.#stretches;

    ({ cash: this.cash, discounted: this.discounted } = cashAndDiscounted(this, sumOfCurves(parts, N), N, discounting));
  }

  /** whether a scheme's stream starts or ends at t */
  changesAt(t: number): boolean {
    return this.#parts.some((p) => p.changesAt(t));
  }

  #scaled(i: number, x: Exact): Exact {
    const scale = this.#buckets[this.#place[i]!.bucket]!.scale;
    return scale === null ? x : x.times(scale);
  }

  #stretch(t: number): Stretch {
    let stretch = this.#atTime.get(t);
    if (stretch) return stretch;
    const parts = this.#parts;
    const phases = Int32Array.from(parts, (p) => p.phaseIndex(t));
    const key = phases.join(',');
    const own = this.#stretches;
    stretch = own.byPhases.get(key);
    if (stretch) {
      this.#atTime.set(t, stretch);
      return stretch;
    }
    // the closest start: the stretch the evaluation before had for these phases, else the last one
    const previous = this.#previous;
    const base = previous?.byPhases.get(key) ?? own.latest ?? previous?.latest;
    stretch = base && this.#near(base, phases) ? this.#derived(base, t, phases) : this.#afresh(t, phases);
    own.byPhases.set(key, stretch);
    this.#atTime.set(t, stretch);
    own.latest = stretch;
    return stretch;
  }

  /**
   * Whether few enough schemes differ from `base` (another object, or another phase) for taking
   * theirs out and putting them back in to cost less than adding every scheme up afresh.
   */
  #near(base: Stretch, phases: Int32Array): boolean {
    let differ = 0;
    const most = phases.length / 4;
    for (let i = 0; i < phases.length; i++) {
      if ((base.parts[i] !== this.#parts[i] || base.phases[i] !== phases[i]) && ++differ > most) return false;
    }
    return true;
  }

  #afresh(t: number, phases: Int32Array): Stretch {
    const terms = new Map<RateTable, Term>();
    // added by denominator, then scaled: one multiplication per denominator and table
    for (const { scale, members } of this.#buckets) {
      const bucket = new Map<RateTable, Term>();
      for (const i of members) {
        for (const term of this.#parts[i]!.terms(t)) {
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
    return this.#stretchOf(t, phases, terms);
  }

  /** a stretch of these terms, its constants and totals worked out when first asked for */
  #stretchOf(t: number, phases: Int32Array, terms: Map<RateTable, Term>): Stretch {
    return {
      t,
      parts: this.#parts,
      phases,
      terms,
      ordered: ordered(terms),
      constants: [undefined, undefined],
      totals: [undefined, undefined],
    };
  }

  /** From `base`: out with the terms of every scheme that differs (another object, or another phase), in with its own. */
  #derived(base: Stretch, t: number, phases: Int32Array): Stretch {
    const terms = new Map<RateTable, Term>();
    for (const [table, term] of base.terms) terms.set(table, { ...term });
    const changed: number[] = [];
    for (let i = 0; i < phases.length; i++) {
      const was = base.parts[i]!;
      const part = this.#parts[i]!;
      if (was === part && phases[i] === base.phases[i]) continue;
      changed.push(i);
      for (const term of was.terms(base.t)) {
        const known = terms.get(term.table)!;
        known.alpha = known.alpha.minus(this.#scaled(i, term.alpha));
      }
      for (const term of part.terms(t)) {
        const alpha = this.#scaled(i, term.alpha);
        const known = terms.get(term.table);
        if (known) known.alpha = known.alpha.plus(alpha);
        else terms.set(term.table, { ...term, alpha });
      }
    }
    const stretch = this.#stretchOf(t, phases, terms);
    // the constants' trees follow when the base has them, replacing the changed schemes' leaves
    for (const slot of [0, 1] as const) {
      const trees = base.constants[slot];
      if (trees === undefined) continue;
      const byBucket = this.#buckets.map(() => [] as [number, Exact][]);
      for (const i of changed) {
        const { bucket, leaf } = this.#place[i]!;
        byBucket[bucket]!.push([leaf, this.#parts[i]!.constant(t, slot === 1)]);
      }
      stretch.constants[slot] = trees.map((tree, b) => (byBucket[b]!.length ? tree.with(byBucket[b]!) : tree));
    }
    return stretch;
  }

  /** Σ over the schemes of their phase's constant, brought to `over` */
  #constant(stretch: Stretch, discounted: boolean): Exact {
    const slot = discounted ? 1 : 0;
    let total = stretch.totals[slot];
    if (total === undefined) {
      const trees = (stretch.constants[slot] ??= this.#buckets.map(({ members }) =>
        SumTree.of(members.map((i) => this.#parts[i]!.constant(stretch.t, discounted))),
      ));
      let sum: Exact | undefined;
      trees.forEach((tree, b) => {
        const scale = this.#buckets[b]!.scale;
        sum = add(sum, scale === null ? tree.total : tree.total.times(scale));
      });
      stretch.totals[slot] = total = sum ?? Exact.ZERO;
    }
    return total;
  }

  /** over × the portfolio's position at t (0 ≤ t ≤ N); `cash` and `discounted` remember what they ask for */
  numerator(t: number, discounted: boolean): Exact {
    const stretch = this.#stretch(t);
    let sum = this.#constant(stretch, discounted);
    for (const { table, shift, alpha } of stretch.ordered) {
      if (alpha.isZero()) continue;
      const M = t - shift + 1;
      sum = sum.plus(alpha.times(discounted ? table.discountedSumExact(M) : table.sumExact(M)));
    }
    return sum;
  }

  /**
   * over × the portfolio's position at each of `times` (ascending, 0 … N): its schemes' marks, added
   * up by denominator and brought to the portfolio's, then one sweep — a few operations per time point
   * and rate table, however many schemes.
   */
  numeratorsAt(times: readonly number[], discounted: boolean): Exact[] {
    const merged: Marks = { constant: times.map(() => undefined), running: new Map() };
    for (const { scale, members } of this.#buckets) {
      const bucket: Marks = { constant: times.map(() => undefined), running: new Map() };
      for (const i of members) addMarks(bucket, this.#parts[i]!.marksAt(times, discounted), null);
      addMarks(merged, bucket, scale);
    }
    return sweep(times, merged, discounted, true);
  }

  /** over × the portfolio's flows at t, undiscounted */
  flowNumerator(t: number): Exact {
    const stretch = this.#stretch(t);
    // a scheme changing phase between t − 1 and t has a flow no single form says
    if (this.#stretch(t - 1) !== stretch) return this.cash.numerator(t).minus(this.cash.numerator(t - 1));
    let sum: Exact | undefined;
    for (const { table, shift, alpha } of stretch.ordered) {
      if (!alpha.isZero()) sum = add(sum, alpha.times(table.uplift.powerExact(Math.floor((t - shift) / 12))));
    }
    return sum ?? Exact.ZERO;
  }
}
