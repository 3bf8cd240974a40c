/**
 * Comparing two scenarios, a base and another: which inputs differ (schemes matched by id), and how each headline
 * figure of the portfolio or of one scheme moves. Data only: the words for it are src/format/compare.ts's.
 */
import { Decimal } from './decimal.ts';
import { SCENARIO_INPUTS, schemeInputPaths } from './inputPaths.ts';
import { monthsBetween } from './months.ts';
import type { Figures } from './result.ts';
import { readInput, type InputValue } from './schemeInputs.ts';
import type { Scenario, Scheme } from './scenario.ts';

export type ScenarioInput = (typeof SCENARIO_INPUTS)[number];

/** One input whose value differs; `undefined` on a side that has no such input (a capital line the other lacks). */
export interface ValueDifference {
  kind: 'input';
  /** null: a scenario-level input */
  schemeId: string | null;
  /** inside the scheme (`placements.occupancy`), or the scenario's own (`discountRate`) */
  path: string;
  base: InputValue | string | undefined;
  other: InputValue | string | undefined;
  /** other − base, in the input's model units (months for the start month); null when either side is not a number */
  difference: number | null;
}

/** A scheme in both, switched on in one and off in the other. */
export interface SwitchDifference {
  kind: 'switched';
  schemeId: string;
  base: boolean;
  other: boolean;
}

/** A scheme that only one of the two has. */
export interface OnlyIn {
  kind: 'onlyIn';
  schemeId: string;
  name: string;
  side: 'base' | 'other';
}

export type InputDifference = ValueDifference | SwitchDifference | OnlyIn;

function valueDifference(base: InputValue | string | undefined, other: InputValue | string | undefined): number | null {
  if (typeof base === 'number' && typeof other === 'number') return new Decimal(other).minus(base).toNumber();
  return null;
}

function scenarioDifference(key: ScenarioInput, base: Scenario, other: Scenario): ValueDifference | null {
  const a = base[key];
  const b = other[key];
  if (a === b) return null;
  const difference = key === 'startMonth' ? monthsBetween(base.startMonth, other.startMonth) : valueDifference(a, b);
  return { kind: 'input', schemeId: null, path: key, base: a, other: b, difference };
}

/** Both schemes' paths, the base's order first, then any the other scheme alone has. */
function unionPaths(base: Scheme, other: Scheme): string[] {
  const paths = schemeInputPaths(base);
  const seen = new Set(paths);
  for (const path of schemeInputPaths(other)) if (!seen.has(path)) paths.push(path);
  return paths;
}

/**
 * Every input that differs between `base` and `other`: the scenario's own first, then scheme by scheme in the
 * base's order (schemes the other alone has last). Names and labels are not inputs; a scheme's switch is.
 */
export function differingInputs(base: Scenario, other: Scenario): InputDifference[] {
  const out: InputDifference[] = [];
  for (const key of SCENARIO_INPUTS) {
    const d = scenarioDifference(key, base, other);
    if (d !== null) out.push(d);
  }
  const others = new Map(other.schemes.map((s) => [s.id, s]));
  const baseIds = new Set(base.schemes.map((s) => s.id));
  for (const a of base.schemes) {
    const b = others.get(a.id);
    if (b === undefined) {
      out.push({ kind: 'onlyIn', schemeId: a.id, name: a.name, side: 'base' });
      continue;
    }
    if (a === b) continue;
    if (a.enabled !== b.enabled) out.push({ kind: 'switched', schemeId: a.id, base: a.enabled, other: b.enabled });
    for (const path of unionPaths(a, b)) {
      const x = readInput(a, path);
      const y = readInput(b, path);
      if (x !== y) out.push({ kind: 'input', schemeId: a.id, path, base: x, other: y, difference: valueDifference(x, y) });
    }
  }
  for (const b of other.schemes) if (!baseIds.has(b.id)) out.push({ kind: 'onlyIn', schemeId: b.id, name: b.name, side: 'other' });
  return out;
}

/** The headline figures compared, in the order the table lists them. */
export const COMPARED_FIGURES = [
  'totalInvestment',
  'annualSavingYear1',
  'paybackYears',
  'netPaybackYears',
  'discountedPaybackYears',
  'npv',
  'breakEven',
] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** Money that moves by at least this share of the base, and by at least £1,000, is worth noticing. */
const NOTABLE_SHARE = new Decimal('0.01');
const NOTABLE_POUNDS = new Decimal(1000);
/** A payback that moves by at least a month (in years), or a break-even by at least a month. */
const NOTABLE_YEARS = new Decimal(1).div(12);
const NOTABLE_MONTHS = 1;

export interface FigureDifference {
  figure: ComparedFigure;
  /** money and years as the model gives them; break-even its `YYYY-MM`; null: no payback within the horizon */
  base: Decimal | string | null;
  other: Decimal | string | null;
  /** other − base: pounds, years, or months for break-even; null when either side has none */
  difference: Decimal | null;
  /** the difference as a per cent of |base|; null for break-even, a zero base, or no difference */
  percent: Decimal | null;
  /** big enough to say in words: see the thresholds above; a payback reached on one side only always is */
  notable: boolean;
}

function moneyDifference(figure: ComparedFigure, base: Decimal, other: Decimal): FigureDifference {
  const difference = other.minus(base);
  const percent = base.isZero() ? null : difference.div(base.abs()).times(100);
  const size = difference.abs();
  const notable = size.gte(NOTABLE_POUNDS) && (base.isZero() || size.gte(base.abs().times(NOTABLE_SHARE)));
  return { figure, base, other, difference, percent, notable };
}

function yearsDifference(figure: ComparedFigure, base: Decimal | null, other: Decimal | null): FigureDifference {
  if (base === null || other === null) return { figure, base, other, difference: null, percent: null, notable: base !== other };
  const difference = other.minus(base);
  const percent = base.isZero() ? null : difference.div(base).times(100);
  return { figure, base, other, difference, percent, notable: difference.abs().gte(NOTABLE_YEARS) };
}

function monthDifference(base: string | null, other: string | null): FigureDifference {
  const figure = 'breakEven';
  if (base === null || other === null) return { figure, base, other, difference: null, percent: null, notable: base !== other };
  const months = monthsBetween(base, other);
  return { figure, base, other, difference: new Decimal(months), percent: null, notable: Math.abs(months) >= NOTABLE_MONTHS };
}

/** Each compared figure of `base` and `other` (a portfolio's or one scheme's), with how far it moved. */
export function figureDifferences(base: Figures, other: Figures): FigureDifference[] {
  return COMPARED_FIGURES.map((figure) => {
    switch (figure) {
      case 'totalInvestment':
      case 'annualSavingYear1':
      case 'npv':
        return moneyDifference(figure, base[figure], other[figure]);
      case 'paybackYears':
      case 'netPaybackYears':
      case 'discountedPaybackYears':
        return yearsDifference(figure, base[figure], other[figure]);
      case 'breakEven':
        return monthDifference(base.breakEven, other.breakEven);
    }
  });
}
