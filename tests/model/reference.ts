/**
 * MODEL.md read literally: a month-by-month decimal loop, slow and obvious. The engine in
 * src/model must agree with it to the penny; property tests compare the two.
 */
import DecimalJs from 'decimal.js';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';

const D = DecimalJs.clone({ precision: 40 });
type D = InstanceType<typeof D>;

const U = (r: number, m: number): D => new D(1).plus(r).pow(Math.floor(m / 12));

function monthlySaving(s: Scheme, m: number, N: number): D {
  let saving = new D(0);
  if (m >= s.openingMonth && m < N) {
    const p = s.placements;
    if (p) {
      const fee = new D(p.externalWeeklyFee).times(U(s.feeInflation, m));
      const cost = new D(p.inHouseWeeklyCost).times(U(s.costInflation, m));
      const perMonth = new D(p.beds).times(52).div(12);
      saving = saving.plus(
        p.costBasis === 'perOccupiedBed'
          ? perMonth.times(p.occupancy).times(fee.minus(cost))
          : perMonth.times(fee.times(p.occupancy).minus(cost)),
      );
    }
    const b = s.block;
    if (b) {
      saving = saving.plus(
        new D(b.doNothingAnnualCost).times(U(s.feeInflation, m)).minus(new D(b.inHouseAnnualCost).times(U(s.costInflation, m))).div(12),
      );
    }
  }
  for (const o of s.otherSavings) {
    if (m >= (o.fromMonth ?? s.openingMonth) && m < N) saving = saving.plus(new D(o.annual).times(U(s.costInflation, m)).div(12));
  }
  return saving;
}

/** flows at t = 0 … N */
export function referenceFlows(s: Scheme, N: number, perspective: 'council' | 'whole'): D[] {
  const flows = Array.from({ length: N + 1 }, () => new D(0));
  for (let m = 0; m < N; m++) flows[m + 1] = flows[m + 1]!.plus(monthlySaving(s, m, N));
  for (const c of s.capital) {
    for (let j = 0; j < c.spreadMonths; j++) {
      const t = c.month + j;
      if (t <= N) flows[t] = flows[t]!.minus(new D(c.amount).div(c.spreadMonths).times(U(s.capitalInflation, t)));
    }
  }
  if (perspective === 'council') for (const f of s.funding) if (f.month <= N) flows[f.month] = flows[f.month]!.plus(f.amount);
  return flows;
}

function payback(S: D[], t0: number): D | null {
  const N = S.length - 1;
  if (S[N]!.lt(0)) return null;
  let tStar = N;
  while (tStar - 1 >= t0 && S[tStar - 1]!.gte(0)) tStar--;
  if (tStar === t0) return new D(t0);
  const a = S[tStar - 1]!;
  const b = S[tStar]!;
  return new D(tStar - 1).plus(a.negated().div(b.minus(a)));
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
}

/** Capital within the horizon (charged at t ≤ N), inflated, as a positive amount. */
function capitalWithin(s: Scheme, N: number): D {
  let total = new D(0);
  for (const c of s.capital) {
    for (let j = 0; j < c.spreadMonths; j++) {
      const t = c.month + j;
      if (t <= N) total = total.plus(new D(c.amount).div(c.spreadMonths).times(U(s.capitalInflation, t)));
    }
  }
  return total;
}

/** External funding that arrives within the horizon, whatever the perspective. */
const fundingWithin = (s: Scheme, N: number): D => s.funding.reduce((sum, f) => (f.month <= N ? sum.plus(f.amount) : sum), new D(0));

/** The twelve months' savings from opening, even past the horizon. */
function yearOneSaving(s: Scheme): D {
  let total = new D(0);
  for (let m = s.openingMonth; m < s.openingMonth + 12; m++) total = total.plus(monthlySaving(s, m, Infinity));
  return total;
}

/** `YYYY-MM` + months */
function monthAfter(startMonth: string, months: number): string {
  const [year, month] = startMonth.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

interface Totals {
  totalInvestment: D;
  externalFunding: D;
  annualSavingYear1: D;
}

function figures(flowsList: D[][], residuals: { value: number; growth: number }[], t0: number, s: Scenario, totals: Totals): ReferenceFigures {
  const N = s.horizonYears * 12;
  const q = new D(1).plus(s.discountRate).times(new D(1).plus(s.generalInflation));
  const C: D[] = [];
  const Dd: D[] = [];
  const R: D[] = [];
  let c = new D(0);
  let d = new D(0);
  for (let t = 0; t <= N; t++) {
    let flow = new D(0);
    for (const f of flowsList) flow = flow.plus(f[t]!);
    c = c.plus(flow);
    d = d.plus(flow.times(q.pow(new D(-t).div(12))));
    C.push(c);
    Dd.push(d);
    R.push(residuals.reduce((acc, r) => acc.plus(new D(r.value).times(U(r.growth, t))), new D(0)));
  }
  const years = (m: D | null) => (m === null ? null : m.minus(t0).div(12).toDecimalPlaces(4).toNumber());
  const crossing = payback(C, t0);
  return {
    paybackYears: years(crossing),
    netPaybackYears: years(payback(C.map((x, t) => x.plus(R[t]!)), t0)),
    discountedPaybackYears: years(payback(Dd, t0)),
    npv: Dd[N]!.plus(R[N]!.times(q.pow(new D(-N).div(12)))).toDecimalPlaces(2).toNumber(),
    totalInvestment: totals.totalInvestment.toDecimalPlaces(2).toNumber(),
    externalFunding: totals.externalFunding.toDecimalPlaces(2).toNumber(),
    annualSavingYear1: totals.annualSavingYear1.toDecimalPlaces(2).toNumber(),
    // the crossing lies in month ceil(crossing) − 1 (a payback of 0: the month before t0, or month 0)
    breakEven: crossing === null ? null : monthAfter(s.startMonth, Math.max(0, crossing.ceil().toNumber() - 1)),
    cash: C.map((x) => x.toDecimalPlaces(2).toNumber()),
  };
}

/** MODEL.md's t0, clamped to the horizon (docs/model.md, the choices) */
const firstCapital = (s: Scheme, N: number) => Math.min(N, s.capital.length ? Math.min(...s.capital.map((c) => c.month)) : 0);

/** The portfolio's figures, month by month. */
export function referencePortfolio(s: Scenario): ReferenceFigures {
  const N = s.horizonYears * 12;
  const enabled = s.schemes.filter((x) => x.enabled);
  const t0 = enabled.length ? Math.min(...enabled.map((x) => firstCapital(x, N))) : 0;
  const sum = (part: (x: Scheme) => D) => enabled.reduce((acc, x) => acc.plus(part(x)), new D(0));
  return figures(
    enabled.map((x) => referenceFlows(x, N, s.perspective)),
    enabled.map((x) => ({ value: x.residualValue, growth: x.assetAppreciation })),
    t0,
    s,
    { totalInvestment: sum((x) => capitalWithin(x, N)), externalFunding: sum((x) => fundingWithin(x, N)), annualSavingYear1: sum(yearOneSaving) },
  );
}

/** One scheme's figures, month by month. */
export function referenceScheme(s: Scenario, scheme: Scheme): ReferenceFigures {
  const N = s.horizonYears * 12;
  return figures([referenceFlows(scheme, N, s.perspective)], [{ value: scheme.residualValue, growth: scheme.assetAppreciation }], firstCapital(scheme, N), s, {
    totalInvestment: capitalWithin(scheme, N),
    externalFunding: fundingWithin(scheme, N),
    annualSavingYear1: yearOneSaving(scheme),
  });
}
