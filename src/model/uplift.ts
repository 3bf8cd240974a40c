/**
 * U(r, k) = (1 + r) ^ floor(k / 12) — costs and fees rise once a year, on each anniversary of the
 * start month — and its sums, kept by whole years so that any partial sum costs two operations.
 */
import { Decimal, int, ZERO } from './decimal.ts';

const TWELVE = int(12);

const shared = new Map<number, Uplift>();

export class Uplift {
  /** the shared table of a rate: its powers and sums are worked out once per session */
  static of(rate: number): Uplift {
    let u = shared.get(rate);
    if (!u) {
      if (shared.size > 1000) shared.clear();
      shared.set(rate, (u = new Uplift(rate)));
    }
    return u;
  }

  /** forget the shared tables (benchmarks measure cold evaluations) */
  static clear(): void {
    shared.clear();
  }

  readonly #growth: Decimal;
  /** (1 + r) ^ y */
  readonly #powers: Decimal[] = [new Decimal(1)];
  readonly #powersApprox: number[] = [];
  /** 12 × Σ_{y < Y} (1 + r) ^ y */
  readonly #sums: Decimal[] = [ZERO];

  constructor(rate: number) {
    this.#growth = new Decimal(1).plus(rate);
  }

  /** (1 + r) ^ year */
  power(year: number): Decimal {
    const p = this.#powers;
    while (p.length <= year) p.push(p[p.length - 1]!.times(this.#growth));
    return p[year]!;
  }

  /** (1 + r) ^ year as a plain number, for drawing */
  powerApprox(year: number): number {
    const p = this.#powersApprox;
    while (p.length <= year) p.push(this.power(p.length).toNumber());
    return p[year]!;
  }

  /** W(M) = Σ_{k < M} U(r, k) */
  sum(M: number): Decimal {
    const year = Math.floor(M / 12);
    const w = this.#sums;
    while (w.length <= year) w.push(w[w.length - 1]!.plus(this.power(w.length - 1).times(TWELVE)));
    const rest = M - year * 12;
    return rest === 0 ? w[year]! : w[year]!.plus(this.power(year).times(int(rest)));
  }
}
