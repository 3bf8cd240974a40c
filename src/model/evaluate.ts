/**
 * The Evaluator: docs/model.md's arithmetic for a whole scenario, each scheme and the portfolio,
 * read top-down — a scheme's streams (streams.ts), its positions (positions.ts, netPosition.ts),
 * its figures (figures.ts, payback.ts); then the portfolio, the enabled schemes' positions added up
 * (portfolioSum.ts), and its figures.
 *
 * What the evaluator keeps between two evaluations exists for speed and is fenced in fast/: the
 * last scenario's schemes by object (schemeMemory.ts), its portfolio's stretches (portfolio.ts) and
 * its totals (sumTree.ts). Nothing is kept anywhere else, so evaluators side by side (one per
 * scenario) each stay incremental, and a fresh one is cold.
 */
import { Decimal, toModel } from './decimal.ts';
import type { Exact } from './exact.ts';
import { Discounting } from './discounting.ts';
import { PortfolioPositions } from './fast/portfolio.ts';
import { StreamPositions } from './fast/phases.ts';
import { SchemeMemory } from './fast/schemeMemory.ts';
import { CarriedSums } from './fast/sumTree.ts';
import { figuresOf, residualAt, schemeTotals, seriesOf, type FigureSettings } from './figures.ts';
import { assetGroups, withAssets } from './netPosition.ts';
import type { Position } from './positions.ts';
import type { ScenarioResult, SchemeResult } from './result.ts';
import type { Scenario, Scheme } from './scenario.ts';
import { firstCapitalMonth, savingStreams, schemeStreams, type Stream } from './streams.ts';
import { Uplifts } from './uplift.ts';

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
interface EvaluatorStats {
  /** schemes worked out afresh since the evaluator was made */
  schemesEvaluated: number;
}

interface Settings extends FigureSettings {
  scenario: Scenario;
  uplifts: Uplifts;
}

/** One scheme: its streams, their positions, and the figures read off them. */
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
  const residualAtN = residualAt(scheme, N, settings.uplifts);
  const figures = figuresOf(settings, t0, { cash, net, discounted }, residualAtN, schemeTotals(scheme, positions, savings, settings));
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

/** a scheme's totals, as the portfolio adds them up */
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
  readonly #schemes = new SchemeMemory<SchemeCore>();
  /** the last portfolio worked out: the next one starts from its stretches, redoing only the schemes that changed */
  #portfolio: PortfolioPositions | undefined;
  /**
   * The portfolio's totals — investment, funding, first-year saving, residual value at N — as sum
   * trees over its schemes: when a slider moves one scheme, its leaves are replaced and the
   * additions above them redone, and each total is the one a fresh tree gives (figures.ts `pairwiseSum`).
   */
  readonly #totals = new CarriedSums<SchemeCore>();
  /** the portfolio's assets by appreciation, while every scheme's are as they were */
  #assets: { key: string; groups: Map<number, Exact> } | undefined;
  #schemesEvaluated = 0;

  get stats(): Readonly<EvaluatorStats> {
    return { schemesEvaluated: this.#schemesEvaluated };
  }

  evaluate(scenario: Scenario): Evaluation {
    const steps = this.evaluateInSteps(scenario);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `evaluate`, yielding after each scheme worked out afresh: a question that moves every scheme at
   * once (the discount rate of a hundred schemes) runs in slices a page can paint between.
   */
  *evaluateInSteps(scenario: Scenario): Generator<void, Evaluation, void> {
    const horizonMonths = scenario.horizonYears * 12;
    const settings: Settings = {
      horizonMonths,
      startMonth: scenario.startMonth,
      scenario,
      discounting: this.#discountingFor(scenario, horizonMonths),
      uplifts: this.#uplifts,
    };
    const cores = yield* this.#schemeCores(scenario, settings);
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
  #schemeCores(scenario: Scenario, settings: Settings): Generator<void, SchemeCore[], void> {
    const s = scenario;
    const settingsKey = `${settings.horizonMonths}|${s.discountRate}|${s.generalInflation}|${s.perspective}|${s.startMonth}`;
    return this.#schemes.coresInSteps(scenario.schemes, settingsKey, (scheme) => {
      this.#schemesEvaluated++;
      return evaluateScheme(scheme, settings);
    });
  }

  #portfolioTotals(enabled: readonly SchemeCore[]): Decimal[] {
    // worked out with guard digits (figures.ts `schemeTotals`), a sum of totals rounds once, to the exact half-penny
    return this.#totals.totals(enabled, 4, totalsOf).map(toModel);
  }

  #portfolioAssets(schemes: readonly Scheme[]): Map<number, Exact> {
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
