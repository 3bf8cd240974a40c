/**
 * evaluateScenario: MODEL.md's arithmetic for a whole scenario, each scheme and the portfolio.
 *
 * A scheme's evaluation depends only on the scheme and five scenario settings, so it is kept with
 * the scheme object: when one slider moves, only that scheme is recomputed and the portfolio
 * re-summed.
 */
import { Decimal, ZERO } from './decimal.ts';
import { firstCapitalMonth, savingsBetween, savingStreams, schemeStreams, type Stream } from './flows.ts';
import { addMonths } from './months.ts';
import { Uplift } from './uplift.ts';
import { payback } from './payback.ts';
import { Discounting } from './discounting.ts';
import { PortfolioPositions, SumTree } from './portfolio.ts';
import { assetGroups, StreamPositions, withAssets, type Position } from './position.ts';
import type { Figures, ScenarioResult, SchemeResult, Series } from './result.ts';
import type { Scenario, Scheme } from './scenario.ts';

/** Everything about one scheme that the portfolio needs besides its figures. */
interface SchemeCore {
  result: SchemeResult;
  streams: Stream[];
  /** the exact positions, for the portfolio to add up */
  positions: StreamPositions;
  t0: number;
  cash: Position;
  net: Position;
  discounted: Position;
  residualAtN: Decimal;
}

interface Settings {
  horizonMonths: number;
  startMonth: string;
  scenario: Scenario;
  discounting: Discounting;
}

let discountingCache: { key: string; value: Discounting } | null = null;

/** Forget cached scheme evaluations, keeping the per-rate tables. */
export function clearSchemeCache(): void {
  byObject = new WeakMap();
  previousPortfolio = undefined;
  previousTotals = undefined;
  previousAssets = undefined;
}

/** The last portfolio worked out: the next one starts from it, redoing only the schemes that changed. */
let previousPortfolio: PortfolioPositions | undefined;

/** Forget everything cached (benchmarks measure cold evaluations with it). */
export function clearEvaluationCache(): void {
  clearSchemeCache();
  discountingCache = null;
  Uplift.clear();
}

function discountingFor(s: Scenario, horizonMonths: number): Discounting {
  const key = `${s.discountRate}|${s.generalInflation}|${horizonMonths}`;
  if (discountingCache?.key !== key) {
    discountingCache = { key, value: new Discounting(s.discountRate, s.generalInflation, horizonMonths) };
  }
  return discountingCache.value;
}

function figuresOf(
  settings: Settings,
  t0: number,
  positions: { cash: Position; net: Position; discounted: Position },
  residualAtN: Decimal,
  totals: { totalInvestment: Decimal; externalFunding: Decimal; annualSavingYear1: Decimal },
): Figures {
  const N = settings.horizonMonths;
  const cash = payback(positions.cash, t0, N);
  return {
    ...totals,
    paybackYears: cash?.years ?? null,
    netPaybackYears: payback(positions.net, t0, N)?.years ?? null,
    discountedPaybackYears: payback(positions.discounted, t0, N)?.years ?? null,
    npv: positions.discounted.exact(N).plus(residualAtN.times(settings.discounting.factor(N))),
    breakEven: cash ? addMonths(settings.startMonth, cash.breakEvenMonth) : null,
  };
}

function seriesOf(p: { cash: Position; net: Position; discounted: Position }): Series {
  return { cash: p.cash.approx, net: p.net.approx, discounted: p.discounted.approx };
}

function evaluateScheme(scheme: Scheme, settings: Settings): SchemeCore {
  const N = settings.horizonMonths;
  const savings = savingStreams(scheme);
  const streams = schemeStreams(scheme, N, settings.scenario.perspective, savings);
  // A first charge after the horizon is judged from N: nothing later is counted (docs/model.md, the choices).
  const t0 = Math.min(firstCapitalMonth(scheme), N);
  const positions = new StreamPositions(streams, N, settings.discounting);
  const cash = positions.cash;
  const net = withAssets(cash, [{ value: scheme.residualValue, appreciation: scheme.assetAppreciation }]);
  const discounted = positions.discounted;
  const residualAtN = new Decimal(scheme.residualValue).times(Uplift.of(scheme.assetAppreciation).power(Math.floor(N / 12)));

  const totalInvestment = ZERO.minus(positions.total((s) => s.kind === 'capital'));
  let externalFunding = ZERO;
  for (const f of scheme.funding) if (f.month <= N) externalFunding = externalFunding.plus(f.amount);
  // The first twelve months from opening, even past the horizon.
  const annualSavingYear1 = savingsBetween(savings, scheme.openingMonth, scheme.openingMonth + 12, (rate) =>
    settings.discounting.table(rate, 1),
  );

  const figures = figuresOf(settings, t0, { cash, net, discounted }, residualAtN, {
    totalInvestment,
    externalFunding,
    annualSavingYear1,
  });
  return {
    result: { id: scheme.id, name: scheme.name, enabled: scheme.enabled, t0, figures, series: seriesOf({ cash, net, discounted }) },
    streams,
    positions,
    t0,
    cash,
    net,
    discounted,
    residualAtN,
  };
}

/**
 * Schemes are values: the app replaces a scheme object when it changes and keeps the others (undo
 * brings the old objects back), so a scheme's evaluation is found by its object. An equal scheme in
 * a new object — from a link, a file, the library — is evaluated afresh, which costs less than
 * fingerprinting every scheme of every evaluation would.
 */
let byObject = new WeakMap<Scheme, { settingsKey: string; core: SchemeCore }>();

function cachedScheme(scheme: Scheme, settings: Settings): SchemeCore {
  const s = settings.scenario;
  const settingsKey = `${settings.horizonMonths}|${s.discountRate}|${s.generalInflation}|${s.perspective}|${s.startMonth}`;
  const known = byObject.get(scheme);
  if (known?.settingsKey === settingsKey) return known.core;
  const core = evaluateScheme(scheme, settings);
  byObject.set(scheme, { settingsKey, core });
  return core;
}

/** Everything the scenario's figures and curves need, with the exact positions kept for tables. */
export interface Evaluation {
  result: ScenarioResult;
  /** per scheme, in scenario order */
  schemes: readonly SchemeCore[];
  portfolio: { t0: number; cash: Position; net: Position; discounted: Position };
}

/**
 * The portfolio's totals — investment, funding, first-year saving, residual value at N — as sum
 * trees over its schemes, kept for the next evaluation: when a slider moves one scheme, its leaves
 * are replaced and the additions above them redone, and each total is the one a fresh tree gives.
 */
let previousTotals: { cores: readonly SchemeCore[]; trees: SumTree[] } | undefined;

function portfolioTotals(enabled: readonly SchemeCore[]): Decimal[] {
  if (enabled.length === 0) return [ZERO, ZERO, ZERO, ZERO];
  const leaves = (c: SchemeCore) => {
    const f = c.result.figures;
    return [f.totalInvestment, f.externalFunding, f.annualSavingYear1, c.residualAtN];
  };
  const previous = previousTotals;
  let trees: SumTree[];
  const changed = previous?.cores.length === enabled.length ? enabled.flatMap((c, i) => (c === previous.cores[i] ? [] : [i])) : null;
  if (previous && changed && changed.length <= enabled.length / 4) {
    trees = previous.trees.map((tree, k) => (changed.length ? tree.with(changed.map((i) => [i, leaves(enabled[i]!)[k]!] as const)) : tree));
  } else {
    const all = enabled.map(leaves);
    trees = [0, 1, 2, 3].map((k) => SumTree.of(all.map((l) => l[k]!)));
  }
  previousTotals = { cores: enabled, trees };
  return trees.map((tree) => tree.total);
}

/** The portfolio's assets by appreciation, kept for the next evaluation while every scheme's are as they were. */
let previousAssets: { key: string; groups: Map<number, Decimal> } | undefined;

function portfolioAssets(schemes: readonly Scheme[]): Map<number, Decimal> {
  const key = schemes.map((s) => `${s.residualValue}@${s.assetAppreciation}`).join(',');
  if (previousAssets?.key !== key) {
    previousAssets = { key, groups: assetGroups(schemes.map((s) => ({ value: s.residualValue, appreciation: s.assetAppreciation }))) };
  }
  return previousAssets.groups;
}

export function evaluateDetailed(scenario: Scenario): Evaluation {
  const horizonMonths = scenario.horizonYears * 12;
  const settings: Settings = {
    horizonMonths,
    startMonth: scenario.startMonth,
    scenario,
    discounting: discountingFor(scenario, horizonMonths),
  };
  const cores = scenario.schemes.map((scheme) => cachedScheme(scheme, settings));
  const enabled = cores.filter((c) => c.result.enabled);

  // The portfolio's exact positions are its schemes' added up; a scheme from the cache keeps what
  // it worked out (as when a slider moves one other scheme).
  const portfolio = new PortfolioPositions(
    enabled.map((c) => c.positions),
    horizonMonths,
    settings.discounting,
    previousPortfolio,
  );
  previousPortfolio = portfolio;
  const { cash, discounted } = portfolio;
  const net = withAssets(cash, portfolioAssets(scenario.schemes.filter((s) => s.enabled)));
  // An empty portfolio starts at t = 0.
  const t0 = enabled.length ? Math.min(...enabled.map((c) => c.t0)) : 0;
  const [totalInvestment, externalFunding, annualSavingYear1, residualAtN] = portfolioTotals(enabled);
  const figures = figuresOf(settings, t0, { cash, net, discounted }, residualAtN!, {
    totalInvestment: totalInvestment!,
    externalFunding: externalFunding!,
    annualSavingYear1: annualSavingYear1!,
  });

  return {
    result: {
      name: scenario.name,
      startMonth: scenario.startMonth,
      horizonMonths,
      schemes: cores.map((c) => c.result),
      portfolio: { t0, figures, series: seriesOf({ cash, net, discounted }) },
    },
    schemes: cores,
    portfolio: { t0, cash, net, discounted },
  };
}

/** MODEL.md's arithmetic for a validated scenario. */
export function evaluateScenario(scenario: Scenario): ScenarioResult {
  return evaluateDetailed(scenario).result;
}
