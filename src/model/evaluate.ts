/**
 * The Evaluator: MODEL.md's arithmetic for a whole scenario, each scheme and the portfolio, and
 * everything the engine keeps between two evaluations.
 *
 * A scheme's evaluation depends only on the scheme and five scenario settings, so an evaluator
 * keeps its last scenario's schemes by object: when one slider moves, only that scheme is
 * recomputed and the portfolio re-summed from the last one. Nothing is kept anywhere else, so
 * evaluators side by side (one per scenario) each stay incremental, and a fresh one is cold.
 */
import { Decimal, toModel, ZERO } from './decimal.ts';
import { firstCapitalMonth, savingsBetween, savingStreams, schemeStreams, type Stream } from './flows.ts';
import { addMonths } from './months.ts';
import { Uplifts } from './uplift.ts';
import { payback } from './payback.ts';
import { Discounting } from './discounting.ts';
import { CarriedSums, PortfolioPositions } from './portfolio.ts';
import { assetGroups, StreamPositions, withAssets, type Position } from './position.ts';
import type { Figures, ScenarioResult, SchemeResult, Series } from './result.ts';
import type { Scenario, Scheme } from './scenario.ts';

/** Everything about one scheme that the portfolio needs besides its figures. */
export interface SchemeCore {
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

/** Everything the scenario's figures and curves need, with the exact positions kept for tables. */
export interface Evaluation {
  result: ScenarioResult;
  /** per scheme, in scenario order */
  schemes: readonly SchemeCore[];
  portfolio: { t0: number; cash: Position; net: Position; discounted: Position };
  /** the uplift tables it was worked out with, for other sums of the same streams (tables by year, reconciliation) */
  uplifts: Uplifts;
}

/** What an evaluator has done, for tests to read (how many schemes a step redid). */
export interface EvaluatorStats {
  /** schemes worked out afresh since the evaluator was made */
  schemesEvaluated: number;
}

interface Settings {
  horizonMonths: number;
  startMonth: string;
  scenario: Scenario;
  discounting: Discounting;
  uplifts: Uplifts;
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
    breakEven: cash ? addMonths(settings.startMonth, cash.breakEvenMonthIndex) : null,
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
  const net = withAssets(cash, [{ value: scheme.residualValue, appreciation: scheme.assetAppreciation }], settings.uplifts);
  const discounted = positions.discounted;
  const residualAtN = new Decimal(scheme.residualValue).times(settings.uplifts.of(scheme.assetAppreciation).power(Math.floor(N / 12)));

  const totalInvestment = positions.total((s) => s.kind === 'capital').negated();
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

const totalsOf = (c: SchemeCore) => {
  const f = c.result.figures;
  return [f.totalInvestment, f.externalFunding, f.annualSavingYear1, c.residualAtN];
};

/**
 * Evaluates scenarios, each call starting from what its own last call worked out. Schemes are
 * values: a caller changes a scheme by replacing it (as the app's state does), never by mutating
 * it in place. An evaluator keeps what its next step reads and no more: the last scenario's
 * schemes, portfolio, totals and assets, and the rate tables of its settings.
 */
export class Evaluator {
  /** the uplift tables: a function of the rate alone, so they outlive every edit */
  readonly #uplifts = new Uplifts();
  #discounting: { key: string; value: Discounting } | undefined;
  /**
   * The last scenario's schemes, by object, and the settings they were worked out under. The app
   * replaces a scheme object when it changes and keeps the others; an equal scheme in a new object
   * — from a link, a file, the library — is evaluated afresh, which costs less than fingerprinting
   * every scheme of every evaluation would.
   */
  #schemes: { settingsKey: string; cores: Map<Scheme, SchemeCore> } | undefined;
  /** the last portfolio worked out: the next one starts from its stretches, redoing only the schemes that changed */
  #portfolio: PortfolioPositions | undefined;
  /**
   * The portfolio's totals — investment, funding, first-year saving, residual value at N — as sum
   * trees over its schemes: when a slider moves one scheme, its leaves are replaced and the
   * additions above them redone, and each total is the one a fresh tree gives.
   */
  readonly #totals = new CarriedSums<SchemeCore>();
  /** the portfolio's assets by appreciation, while every scheme's are as they were */
  #assets: { key: string; groups: Map<number, Decimal> } | undefined;
  #schemesEvaluated = 0;

  get stats(): Readonly<EvaluatorStats> {
    return { schemesEvaluated: this.#schemesEvaluated };
  }

  evaluate(scenario: Scenario): Evaluation {
    const horizonMonths = scenario.horizonYears * 12;
    const settings: Settings = {
      horizonMonths,
      startMonth: scenario.startMonth,
      scenario,
      discounting: this.#discountingFor(scenario, horizonMonths),
      uplifts: this.#uplifts,
    };
    const cores = this.#schemeCores(scenario, settings);
    const enabled = cores.filter((c) => c.result.enabled);

    // The portfolio's exact positions are its schemes' added up; a scheme kept from the last call
    // keeps what it worked out (as when a slider moves one other scheme).
    const portfolio = new PortfolioPositions(
      enabled.map((c) => c.positions),
      horizonMonths,
      settings.discounting,
      this.#portfolio,
    );
    this.#portfolio = portfolio;
    const { cash, discounted } = portfolio;
    const net = withAssets(cash, this.#portfolioAssets(scenario.schemes.filter((s) => s.enabled)), this.#uplifts);
    // An empty portfolio starts at t = 0.
    const t0 = enabled.length ? Math.min(...enabled.map((c) => c.t0)) : 0;
    const [totalInvestment, externalFunding, annualSavingYear1, residualAtN] = this.#portfolioTotals(enabled);
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
      uplifts: this.#uplifts,
    };
  }

  #discountingFor(s: Scenario, horizonMonths: number): Discounting {
    const key = `${s.discountRate}|${s.generalInflation}|${horizonMonths}`;
    if (this.#discounting?.key !== key) {
      this.#discounting = { key, value: new Discounting(s.discountRate, s.generalInflation, horizonMonths, this.#uplifts) };
    }
    return this.#discounting.value;
  }

  /** each scheme's core: the last call's for a scheme object it had under the same settings, else worked out */
  #schemeCores(scenario: Scenario, settings: Settings): SchemeCore[] {
    const s = scenario;
    const settingsKey = `${settings.horizonMonths}|${s.discountRate}|${s.generalInflation}|${s.perspective}|${s.startMonth}`;
    const known = this.#schemes?.settingsKey === settingsKey ? this.#schemes.cores : undefined;
    const kept = new Map<Scheme, SchemeCore>();
    const cores = scenario.schemes.map((scheme) => {
      let core = known?.get(scheme) ?? kept.get(scheme);
      if (!core) {
        core = evaluateScheme(scheme, settings);
        this.#schemesEvaluated++;
      }
      kept.set(scheme, core);
      return core;
    });
    this.#schemes = { settingsKey, cores: kept };
    return cores;
  }

  #portfolioTotals(enabled: readonly SchemeCore[]): Decimal[] {
    // worked out with guard digits (position.ts `total`), a sum of totals rounds once, to the exact half-penny
    return this.#totals.totals(enabled, 4, totalsOf).map(toModel);
  }

  #portfolioAssets(schemes: readonly Scheme[]): Map<number, Decimal> {
    const key = schemes.map((s) => `${s.residualValue}@${s.assetAppreciation}`).join(',');
    if (this.#assets?.key !== key) {
      this.#assets = { key, groups: assetGroups(schemes.map((s) => ({ value: s.residualValue, appreciation: s.assetAppreciation }))) };
    }
    return this.#assets.groups;
  }
}

/** A fresh evaluator's evaluation of a validated scenario (the CLI and tests: nothing is kept). */
export function evaluateDetailed(scenario: Scenario): Evaluation {
  return new Evaluator().evaluate(scenario);
}

/** MODEL.md's arithmetic for a validated scenario, by a fresh evaluator. */
export function evaluateScenario(scenario: Scenario): ScenarioResult {
  return evaluateDetailed(scenario).result;
}
