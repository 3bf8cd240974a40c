/**
 * Sensitivity: which inputs matter. A tornado moves each input down and up (by a step, 10 % unless
 * told, or to given values) and ranks the inputs by how far the chosen figure moves; switching
 * values (the Green Book's term) are the values at which NPV falls to zero and payback reaches the
 * end of the horizon, found by the finder (solve.ts); a data table runs one input over a range.
 * Each is a generator yielding progress between evaluations (work.ts), with a plain run beside it.
 */
import { Evaluator } from '../evaluate.ts';
import type { Figures } from '../result.ts';
import type { Scenario } from '../scenario.ts';
import { inputName, inputsOf, snapped, valueOf, withValue, type Scope, type SearchInput } from './inputs.ts';
import { solveSteps, type Answer } from './solve.ts';
import { figuresOf, PAYBACK_FIGURES, type PaybackFigure, type SensitivityFigure } from './targets.ts';
import { evaluating, runToEnd, type Work } from './work.ts';

/** a figure's change from today's: null where this side or today's does not pay back (never a number bar) */
export type Changes = Record<SensitivityFigure, number | null>;

export interface TornadoSide {
  value: number;
  figures: Figures;
  change: Changes;
}

export interface TornadoRow {
  /** the scheme's id, or null for a scenario-wide input */
  scheme: string | null;
  /** the input's path in the scheme (`placements.externalWeeklyFee`) or the scenario (`discountRate`) */
  input: string;
  base: number;
  low: TornadoSide;
  high: TornadoSide;
  /** the larger move of the ranked figure; Infinity when a side stops (or starts) paying back */
  effect: number;
}

export interface Tornado {
  figure: SensitivityFigure;
  /** the scope's figures today */
  base: Figures;
  /** largest effect first */
  rows: TornadoRow[];
}

export interface TornadoOptions {
  /** the fraction each input moves down and up: 0.1 = 10 % */
  step?: number;
  /** the figure the rows are ranked by */
  figure?: SensitivityFigure;
  /** the inputs to move; every input of the scope (inputs.ts `inputsOf`) if left out */
  inputs?: readonly SearchInput[];
  /** low and high values typed for some inputs, by `inputName` (`p2.placements.occupancy` in the portfolio) */
  values?: ReadonlyMap<string, { low: number; high: number }>;
}

export const DEFAULT_STEP = 0.1;

const number = (f: Figures, name: SensitivityFigure): number | null => f[name]?.toNumber() ?? null;

function changes(side: Figures, base: Figures): Changes {
  const change = (name: SensitivityFigure) => {
    const [s, b] = [number(side, name), number(base, name)];
    return s === null || b === null ? null : s - b;
  };
  return {
    paybackYears: change('paybackYears'),
    netPaybackYears: change('netPaybackYears'),
    discountedPaybackYears: change('discountedPaybackYears'),
    npv: change('npv'),
  };
}

/** how far one side moves the figure: Infinity when it turns paying back on or off, 0 when neither pays back */
function sideEffect(side: Figures, base: Figures, name: SensitivityFigure): number {
  const [s, b] = [number(side, name), number(base, name)];
  if (s === null && b === null) return 0;
  if (s === null || b === null) return Infinity;
  return Math.abs(s - b);
}

/**
 * The values an input is moved to: `base × (1 ∓ step)`, to its resolution and within its range; a
 * whole number moves by at least one (a month, a bed).
 */
export function movedValues(input: SearchInput, base: number, step: number): { low: number; high: number } {
  let low = snapped(input, base * (1 - step));
  let high = snapped(input, base * (1 + step));
  if (base < 0) [low, high] = [high, low];
  if (input.resolution === 'whole' && step > 0) {
    if (low === base) low = snapped(input, base - 1);
    if (high === base) high = snapped(input, base + 1);
  }
  return { low, high };
}

/**
 * Whether movedValues moves a whole number by one where the step itself would not move it (3 beds by 10 % is still 3,
 * so 2 and 4: a third, not a tenth): the tornado's heading says so.
 */
export function movedByOne(input: SearchInput, base: number, step: number): boolean {
  if (input.resolution !== 'whole' || step <= 0) return false;
  return snapped(input, base * (1 - step)) === base || snapped(input, base * (1 + step)) === base;
}

/** The tornado, yielding progress after each input. */
export function* tornadoSteps(scenario: Scenario, scope: Scope, options: TornadoOptions = {}, evaluator = new Evaluator()): Work<Tornado> {
  const step = options.step ?? DEFAULT_STEP;
  const figure = options.figure ?? 'paybackYears';
  const inputs = options.inputs ?? inputsOf(scenario, scope);
  const base = figuresOf(yield* evaluating(evaluator.evaluateInSteps(scenario), () => ({ done: 0, total: inputs.length })), scope)!;
  const rows: TornadoRow[] = [];
  for (const [i, input] of inputs.entries()) {
    const today = valueOf(scenario, input);
    const { low, high } = options.values?.get(inputName(scope, input)) ?? movedValues(input, today, step);
    const side = function* (value: number): Work<TornadoSide> {
      const evaluation = yield* evaluating(evaluator.evaluateInSteps(withValue(scenario, input, value)), () => ({
        done: i,
        total: inputs.length,
      }));
      const figures = figuresOf(evaluation, scope)!;
      return { value, figures, change: changes(figures, base) };
    };
    const l = yield* side(low);
    const h = yield* side(high);
    rows.push({
      scheme: input.scheme,
      input: input.path,
      base: today,
      low: l,
      high: h,
      effect: Math.max(sideEffect(l.figures, base, figure), sideEffect(h.figures, base, figure)),
    });
    yield { done: i + 1, total: inputs.length };
  }
  // largest first; a tie (two inputs that do not move the figure) by NPV's move, then in input order
  const npvEffect = (r: TornadoRow) => Math.max(sideEffect(r.low.figures, base, 'npv'), sideEffect(r.high.figures, base, 'npv'));
  const ranked = rows.map((row, order) => ({ row, order, npv: npvEffect(row) }));
  ranked.sort((a, b) => (b.row.effect === a.row.effect ? b.npv - a.npv || a.order - b.order : b.row.effect > a.row.effect ? 1 : -1));
  return { figure, base, rows: ranked.map((r) => r.row) };
}

export function tornado(scenario: Scenario, scope: Scope, options: TornadoOptions = {}, evaluator = new Evaluator()): Tornado {
  return runToEnd(tornadoSteps(scenario, scope, options, evaluator));
}

/** A switching value: where the input makes the figure switch, and how far that is from today. */
export interface SwitchingValue {
  /** the value found; when not reached, the best value within the input's range */
  value: number;
  reached: boolean;
  /** false: the figure does not switch within the input's range (`value` is then the closest there is) */
  switches: boolean;
  /** (value − today) / |today| in per cent; null when today's value is 0 */
  percentFromToday: number | null;
  answer: Answer;
}

export interface SwitchingRow {
  scheme: string | null;
  input: string;
  base: number;
  /** the value at which NPV falls to zero */
  npvZero: SwitchingValue;
  /** the value at which the payback reaches the end of the horizon (beyond it, it does not pay back) */
  paybackAtHorizon: SwitchingValue;
}

export interface SwitchingOptions {
  /** the payback whose end of horizon is sought: gross unless told */
  payback?: PaybackFigure;
  inputs?: readonly SearchInput[];
}

const percentFrom = (today: number, value: number) => (today === 0 ? null : ((value - today) / Math.abs(today)) * 100);

/** The switching values of every input, yielding progress after each evaluation (`done` counts inputs). */
export function* switchingValuesSteps(
  scenario: Scenario,
  scope: Scope,
  options: SwitchingOptions = {},
  evaluator = new Evaluator(),
): Work<SwitchingRow[]> {
  const payback = options.payback ?? 'paybackYears';
  if (!PAYBACK_FIGURES.includes(payback)) throw new RangeError(`not a payback: ${payback}`);
  const inputs = options.inputs ?? inputsOf(scenario, scope);
  const { result } = yield* evaluating(evaluator.evaluateInSteps(scenario), () => ({ done: 0, total: inputs.length }));
  const t0 = scope === 'portfolio' ? result.portfolio.t0 : result.schemes.find((s) => s.id === scope.scheme)!.t0;
  // a payback that ends at N counts the years from t0 to the horizon
  const horizonYears = (scenario.horizonYears * 12 - t0) / 12;
  const rows: SwitchingRow[] = [];
  for (const [i, input] of inputs.entries()) {
    const today = valueOf(scenario, input);
    const found = function* (target: { name: SensitivityFigure; value: number }): Work<SwitchingValue> {
      const search = solveSteps(scenario, { scope, input, target }, evaluator);
      for (;;) {
        const step = search.next();
        if (step.done)
          return {
            value: step.value.value,
            reached: step.value.reached,
            switches: step.value.switches,
            percentFromToday: percentFrom(today, step.value.value),
            answer: step.value,
          };
        yield { done: i, total: inputs.length };
      }
    };
    const npvZero = yield* found({ name: 'npv', value: 0 });
    const paybackAtHorizon = yield* found({ name: payback, value: horizonYears });
    rows.push({ scheme: input.scheme, input: input.path, base: today, npvZero, paybackAtHorizon });
    yield { done: i + 1, total: inputs.length };
  }
  return rows;
}

export function switchingValues(
  scenario: Scenario,
  scope: Scope,
  options: SwitchingOptions = {},
  evaluator = new Evaluator(),
): SwitchingRow[] {
  return runToEnd(switchingValuesSteps(scenario, scope, options, evaluator));
}

export interface DataTableRow {
  value: number;
  figures: Figures;
}

/** One input from `from` to `to` in `count` even steps (ends included, each to the input's resolution). */
export function* dataTableSteps(
  scenario: Scenario,
  scope: Scope,
  input: SearchInput,
  { from, to, count }: { from: number; to: number; count: number },
  evaluator = new Evaluator(),
): Work<DataTableRow[]> {
  const values = [
    ...new Set(Array.from({ length: Math.max(2, count) }, (_, i) => snapped(input, from + ((to - from) * i) / (Math.max(2, count) - 1)))),
  ];
  const rows: DataTableRow[] = [];
  for (const [i, value] of values.entries()) {
    const evaluation = yield* evaluating(evaluator.evaluateInSteps(withValue(scenario, input, value)), () => ({
      done: i,
      total: values.length,
    }));
    rows.push({ value, figures: figuresOf(evaluation, scope)! });
    yield { done: i + 1, total: values.length };
  }
  return rows;
}

export function dataTable(
  scenario: Scenario,
  scope: Scope,
  input: SearchInput,
  range: { from: number; to: number; count: number },
  evaluator = new Evaluator(),
): DataTableRow[] {
  return runToEnd(dataTableSteps(scenario, scope, input, range, evaluator));
}
