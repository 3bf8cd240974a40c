/**
 * MODEL.md read literally: month by month, slow and obvious. The engine in src/model must agree
 * with it to the penny; property tests compare the two.
 *
 * Undiscounted money is exact: every flow is a decimal (an input, or a product of inputs and exact
 * powers (1 + r)^y) divided by 12 or a spread, and every one of them is kept as a whole number over
 * one common denominator, 10^E × the least common multiple of those divisors, in bigint — so a cash
 * position that is zero is zero and one that is a half-penny is a half-penny, whatever the spreads
 * and however large the amounts. Discounted money is worked out from those exact flows at 120
 * digits: enough for £10bn inflated by 100 % for 40 years and discounted at −50 % or at 100 % and a
 * penny at the horizon beside it.
 */
import DecimalJs from 'decimal.js';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';

const D = DecimalJs.clone({ precision: 120, rounding: DecimalJs.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** n / (10^e × k): a decimal over a whole divisor (12, a spread, or 1) */
interface Term {
  n: bigint;
  e: number;
  k: number;
}

/** a JS number as the decimal the app reads it as (its shortest form), n × 10^−e */
function decimal(x: number): { n: bigint; e: number } {
  const d = new D(x);
  const e = Math.max(0, d.decimalPlaces());
  return { n: BigInt(d.toFixed(e).replace('.', '')), e };
}

const product = (...xs: { n: bigint; e: number }[]) => xs.reduce((a, b) => ({ n: a.n * b.n, e: a.e + b.e }), { n: 1n, e: 0 });

/** U(r, m) = (1 + r)^floor(m / 12), exactly */
function U(r: number, m: number): { n: bigint; e: number } {
  const { n, e } = decimal(r);
  const y = Math.floor(m / 12);
  return { n: (10n ** BigInt(e) + n) ** BigInt(y), e: e * y };
}

const term = (x: { n: bigint; e: number }, k = 1, sign = 1n): Term => ({ n: sign * x.n, e: x.e, k });

function monthlySaving(s: Scheme, m: number, N: number): Term[] {
  const terms: Term[] = [];
  if (m >= s.openingMonth && m < N) {
    const p = s.placements;
    if (p) {
      // beds × 52/12 × occupancy × (fee × U − cost × U), or beds × 52/12 × (occupancy × fee × U − cost × U)
      const beds = product(decimal(p.beds), decimal(52));
      const fee = product(beds, decimal(p.occupancy), decimal(p.externalWeeklyFee), U(s.feeInflation, m));
      const cost = product(
        beds,
        decimal(p.inHouseWeeklyCost),
        U(s.costInflation, m),
        p.costBasis === 'perOccupiedBed' ? decimal(p.occupancy) : decimal(1),
      );
      terms.push(term(fee, 12), term(cost, 12, -1n));
    }
    const b = s.block;
    if (b) {
      terms.push(term(product(decimal(b.doNothingAnnualCost), U(s.feeInflation, m)), 12));
      terms.push(term(product(decimal(b.inHouseAnnualCost), U(s.costInflation, m)), 12, -1n));
    }
  }
  for (const o of s.otherSavings) {
    if (m >= (o.fromMonth ?? s.openingMonth) && m < N) terms.push(term(product(decimal(o.annual), U(s.costInflation, m)), 12));
  }
  return terms;
}

/** The flows at t = 0 … N, each a list of terms */
function referenceFlows(s: Scheme, N: number, perspective: 'council' | 'whole'): Term[][] {
  const flows: Term[][] = Array.from({ length: N + 1 }, () => []);
  for (let m = 0; m < N; m++) flows[m + 1]!.push(...monthlySaving(s, m, N));
  for (const c of s.capital) {
    for (let j = 0; j < c.spreadMonths; j++) {
      const t = c.month + j;
      if (t <= N) flows[t]!.push(term(product(decimal(c.amount), U(s.capitalInflation, t)), c.spreadMonths, -1n));
    }
  }
  if (perspective === 'council') for (const f of s.funding) if (f.month <= N) flows[f.month]!.push(term(decimal(f.amount)));
  return flows;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** Exact values as whole numbers over one denominator, 10^E × lcm(k) */
class Exact {
  readonly over: bigint;
  readonly #E: number;
  readonly #L: bigint;

  constructor(all: Iterable<Term>) {
    let E = 0;
    let L = 1n;
    for (const x of all) {
      E = Math.max(E, x.e);
      const k = BigInt(x.k);
      L = (L / gcd(L, k)) * k;
    }
    this.#E = E;
    this.#L = L;
    this.over = 10n ** BigInt(E) * L;
  }

  readonly #scales = new Map<string, bigint>();

  sum(terms: readonly Term[]): bigint {
    let n = 0n;
    for (const x of terms) {
      const key = `${x.e}/${x.k}`;
      let scale = this.#scales.get(key);
      if (scale === undefined) this.#scales.set(key, (scale = 10n ** BigInt(this.#E - x.e) * (this.#L / BigInt(x.k))));
      n += x.n * scale;
    }
    return n;
  }

  decimal(n: bigint): D {
    return new D(n.toString()).div(this.over.toString());
  }
}

/** n / d rounded half-up (away from zero) to `places` decimals, as a string with exactly that many */
function rounded(n: bigint, d: bigint, places: number): string {
  const negative = n < 0n !== d < 0n && n !== 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const scaled = (2n * a * 10n ** BigInt(places) + b) / (2n * b);
  if (scaled === 0n) return (0).toFixed(places);
  const digits = scaled.toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

/** a decimal rounded half-up to the penny, as a string (no −0) */
function penniesOf(x: D): string {
  const text = x.toFixed(2);
  return new D(text).isZero() ? '0.00' : text;
}

export interface ReferenceFigures {
  paybackYears: number | null;
  netPaybackYears: number | null;
  discountedPaybackYears: number | null;
  npv: number;
  totalInvestment: number;
  externalFunding: number;
  annualSavingYear1: number;
  /** `YYYY-MM`: the month in which the cash position turns non-negative for good, or null */
  breakEven: string | null;
  cash: number[];
  /** every money figure above and every C(t), C(t) + R(t) and D(t), rounded half-up to the penny, exactly */
  pennies: {
    npv: string;
    totalInvestment: string;
    externalFunding: string;
    annualSavingYear1: string;
    cash: string[];
    net: string[];
    discounted: string[];
  };
  /** the paybacks rounded half-up to four decimals, as strings, or null */
  years: { payback: string | null; net: string | null; discounted: string | null };
}

/** `YYYY-MM` + months */
function monthAfter(startMonth: string, months: number): string {
  const [year, month] = startMonth.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last t in [t0, N − 1] at which S is negative, or −1 if none; null if S(N) < 0 */
function lastNegative(negative: (t: number) => boolean, t0: number, N: number): number | null {
  if (negative(N)) return null;
  for (let t = N - 1; t >= t0; t--) if (negative(t)) return t;
  return -1;
}

/** years from t0 to the crossing, to four decimals, of an exact series (whole numbers over one denominator) */
function exactPayback(S: bigint[], t0: number): { years: string; month: number } | null {
  const N = S.length - 1;
  const L = lastNegative((t) => S[t]! < 0n, t0, N);
  if (L === null) return null;
  if (L < 0) return { years: '0.0000', month: Math.max(0, t0 - 1) };
  // crossing = L + (−S(L)) / (S(L + 1) − S(L)); years = (crossing − t0) / 12
  const step = S[L + 1]! - S[L]!;
  return { years: rounded(BigInt(L - t0) * step - S[L]!, 12n * step, 4), month: L };
}

function decimalPayback(S: D[], t0: number): string | null {
  const N = S.length - 1;
  const L = lastNegative((t) => S[t]!.isNegative() && !S[t]!.isZero(), t0, N);
  if (L === null) return null;
  if (L < 0) return '0.0000';
  const crossing = new D(L).plus(S[L]!.negated().div(S[L + 1]!.minus(S[L]!)));
  return crossing.minus(t0).div(12).toFixed(4);
}

interface Totals {
  totalInvestment: Term[];
  externalFunding: Term[];
  annualSavingYear1: Term[];
}

function figures(flowsList: Term[][][], schemes: readonly Scheme[], t0: number, s: Scenario, totals: Totals): ReferenceFigures {
  const N = s.horizonYears * 12;
  // the assets' values R(t) = value × U(appreciation, t), at each t
  const assets: Term[][] = Array.from({ length: N + 1 }, (_, t) =>
    schemes.map((x) => term(product(decimal(x.residualValue), U(x.assetAppreciation, t)))),
  );
  const flowsAt: Term[][] = Array.from({ length: N + 1 }, (_, t) => flowsList.flatMap((flows) => flows[t]!));
  const exact = new Exact([
    ...flowsAt.flat(),
    ...assets.flat(),
    ...totals.totalInvestment,
    ...totals.externalFunding,
    ...totals.annualSavingYear1,
  ]);
  const q = new D(1).plus(s.discountRate).times(new D(1).plus(s.generalInflation));
  // F(t) = q^(−t/12) = m^t with m = q^(−1/12): one root, then a product a month
  const m = q.pow(new D(-1).div(12));
  const factors: D[] = [new D(1)];
  for (let t = 1; t <= N; t++) factors.push(factors[t - 1]!.times(m));
  const factor = (t: number) => factors[t]!;
  const C: bigint[] = [];
  const CR: bigint[] = [];
  const Dd: D[] = [];
  let c = 0n;
  let d = new D(0);
  for (let t = 0; t <= N; t++) {
    const flow = exact.sum(flowsAt[t]!);
    c += flow;
    if (flow !== 0n) d = d.plus(exact.decimal(flow).times(factor(t)));
    C.push(c);
    CR.push(c + exact.sum(assets[t]!));
    Dd.push(d);
  }
  const toNumber = (x: string | null) => (x === null ? null : Number(x));
  const cash = exactPayback(C, t0);
  const net = exactPayback(CR, t0);
  const money = (n: bigint) => rounded(n, exact.over, 2);
  // undiscounted (a rate and an inflation that cancel, or none), D is C, exactly
  const flat = q.eq(1);
  const discounted = flat ? (cash?.years ?? null) : decimalPayback(Dd, t0);
  const npv = flat ? money(CR[N]!) : penniesOf(Dd[N]!.plus(exact.decimal(exact.sum(assets[N]!)).times(factor(N))));
  const totalInvestment = money(exact.sum(totals.totalInvestment));
  const externalFunding = money(exact.sum(totals.externalFunding));
  const annualSavingYear1 = money(exact.sum(totals.annualSavingYear1));
  const cashPennies = C.map(money);
  return {
    paybackYears: toNumber(cash?.years ?? null),
    netPaybackYears: toNumber(net?.years ?? null),
    discountedPaybackYears: toNumber(discounted),
    npv: Number(npv),
    totalInvestment: Number(totalInvestment),
    externalFunding: Number(externalFunding),
    annualSavingYear1: Number(annualSavingYear1),
    breakEven: cash === null ? null : monthAfter(s.startMonth, cash.month),
    cash: cashPennies.map(Number),
    pennies: {
      npv,
      totalInvestment,
      externalFunding,
      annualSavingYear1,
      cash: cashPennies,
      net: CR.map(money),
      discounted: flat ? cashPennies : Dd.map(penniesOf),
    },
    years: { payback: cash?.years ?? null, net: net?.years ?? null, discounted },
  };
}

/** Capital within the horizon (charged at t ≤ N), inflated, as a positive amount. */
function capitalWithin(s: Scheme, N: number): Term[] {
  const terms: Term[] = [];
  for (const c of s.capital) {
    for (let j = 0; j < c.spreadMonths; j++) {
      const t = c.month + j;
      if (t <= N) terms.push(term(product(decimal(c.amount), U(s.capitalInflation, t)), c.spreadMonths));
    }
  }
  return terms;
}

/** External funding that arrives within the horizon, whatever the perspective. */
const fundingWithin = (s: Scheme, N: number): Term[] => s.funding.filter((f) => f.month <= N).map((f) => term(decimal(f.amount)));

/** The twelve months' savings from opening, even past the horizon. */
function yearOneSaving(s: Scheme): Term[] {
  const terms: Term[] = [];
  for (let m = s.openingMonth; m < s.openingMonth + 12; m++) terms.push(...monthlySaving(s, m, Infinity));
  return terms;
}

/** MODEL.md's t0, clamped to the horizon (docs/model.md, the choices) */
const firstCapital = (s: Scheme, N: number) => Math.min(N, s.capital.length ? Math.min(...s.capital.map((c) => c.month)) : 0);

/** The portfolio's figures, month by month. */
export function referencePortfolio(s: Scenario): ReferenceFigures {
  const N = s.horizonYears * 12;
  const enabled = s.schemes.filter((x) => x.enabled);
  const t0 = enabled.length ? Math.min(...enabled.map((x) => firstCapital(x, N))) : 0;
  return figures(
    enabled.map((x) => referenceFlows(x, N, s.perspective)),
    enabled,
    t0,
    s,
    {
      totalInvestment: enabled.flatMap((x) => capitalWithin(x, N)),
      externalFunding: enabled.flatMap((x) => fundingWithin(x, N)),
      annualSavingYear1: enabled.flatMap(yearOneSaving),
    },
  );
}

/** One scheme's figures, month by month. */
export function referenceScheme(s: Scenario, scheme: Scheme): ReferenceFigures {
  const N = s.horizonYears * 12;
  return figures([referenceFlows(scheme, N, s.perspective)], [scheme], firstCapital(scheme, N), s, {
    totalInvestment: capitalWithin(scheme, N),
    externalFunding: fundingWithin(scheme, N),
    annualSavingYear1: yearOneSaving(scheme),
  });
}
