/**
 * A comparison's headline figures as the table and the summary say them: each value, its difference and per cent
 * with a real minus, and — for a difference worth noticing — the words ("pays back 1.2 years later", "NPV £400k lower").
 */
import { Decimal } from '../model/decimal.ts';
import type { ComparedFigure, FigureDifference } from '../model/compare.ts';
import type { Figures } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import { formatMoney, formatYears, MINUS } from './money.ts';
import { breakEvenText, paybackText } from './payback.ts';
import { formatMonth, lastMonthOf } from './time.ts';

/** What a difference cell says when the figure is missing on one side, so that it is never blank. */
export const NOT_APPLICABLE = 'Not applicable';

/** The row headers of the figures table. */
export const FIGURE_NAMES: Record<ComparedFigure, string> = {
  totalInvestment: 'Investment',
  annualSavingYear1: 'Annual saving, first year',
  paybackYears: 'Payback, gross',
  netPaybackYears: 'Payback, net of the asset',
  discountedPaybackYears: 'Payback, discounted',
  npv: 'NPV',
  breakEven: 'Break-even',
};

const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "+" before a positive difference, the typographic minus before a negative one. */
function signed(value: Decimal, body: (abs: Decimal) => string): string {
  const text = body(value.abs());
  return value.isNegative() && !value.isZero() ? `${MINUS}${text}` : value.isZero() ? text : `+${text}`;
}

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

function valueText(figure: ComparedFigure, figures: Figures): string {
  if (figure === 'breakEven') return breakEvenText(figures);
  if (figure === 'totalInvestment' || figure === 'annualSavingYear1' || figure === 'npv') return formatMoney(figures[figure]);
  return paybackText(figures, figure);
}

function differenceText(d: FigureDifference): string {
  if (d.difference === null) return NOT_APPLICABLE;
  if (d.figure === 'breakEven') return signed(d.difference, (abs) => months(abs.toNumber()));
  if (d.figure === 'totalInvestment' || d.figure === 'annualSavingYear1' || d.figure === 'npv') return signed(d.difference, formatMoney);
  return signed(d.difference, (abs) => formatYears(abs));
}

function percentText(d: FigureDifference): string {
  if (d.percent === null) return NOT_APPLICABLE;
  const rounded = d.percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return signed(rounded, (abs) => `${PERCENT.format(abs.toNumber())}%`);
}

/** The payback figures' words: what "later" applies to. */
const PAYBACK_WORDS = {
  paybackYears: ['pays back', 'pay back'],
  netPaybackYears: ['pays back net of the asset', 'pay back net of the asset'],
  discountedPaybackYears: ['pays back discounted', 'pay back discounted'],
} as const;
const MONEY_WORDS = { totalInvestment: 'investment', annualSavingYear1: 'first-year saving', npv: 'NPV' } as const;

/**
 * The difference in words, from the other scenario's side, when it is worth noticing; null otherwise.
 * A payback reached on one side only is said as such.
 */
export function differenceWords(d: FigureDifference): string | null {
  if (!d.notable) return null;
  const { figure, difference } = d;
  if (figure === 'breakEven') {
    if (difference === null) return d.other === null ? 'does not break even within the horizon' : 'breaks even within the horizon';
    return `breaks even ${months(difference.abs().toNumber())} ${difference.isNegative() ? 'sooner' : 'later'}`;
  }
  if (figure === 'totalInvestment' || figure === 'annualSavingYear1' || figure === 'npv') {
    // in pounds, as the table beside it: a sentence is no axis, and '£258.99k' is no way to write money
    return `${MONEY_WORDS[figure]} ${formatMoney(difference!.abs())} ${difference!.isNegative() ? 'lower' : 'higher'}`;
  }
  const [verb, infinitive] = PAYBACK_WORDS[figure];
  if (difference === null) return d.other === null ? `does not ${infinitive} within the horizon` : `${verb} within the horizon`;
  return `${verb} ${formatYears(difference.abs())} ${difference.isNegative() ? 'sooner' : 'later'}`;
}

export interface FigureCells {
  name: string;
  base: string;
  other: string;
  difference: string;
  percent: string;
  words: string | null;
}

/** One row of the figures table; `base` and `other` are the figures `d` was worked out from. */
export function figureCells(d: FigureDifference, base: Figures, other: Figures): FigureCells {
  return {
    name: FIGURE_NAMES[d.figure],
    base: valueText(d.figure, base),
    other: valueText(d.figure, other),
    difference: differenceText(d),
    percent: percentText(d),
    words: differenceWords(d),
  };
}

/** What a compared scenario covers: its label, its start and its horizon. */
interface Period {
  label: string;
  scenario: Pick<Scenario, 'startMonth' | 'horizonYears'>;
}

/** "10 years, April 2021 to March 2031" */
function periodText({ startMonth, horizonYears }: Period['scenario']): string {
  const last = lastMonthOf(startMonth, horizonYears * 12);
  return `${horizonYears} ${horizonYears === 1 ? 'year' : 'years'}, ${formatMonth(startMonth)} to ${formatMonth(last)}`;
}

/**
 * A warning when two compared scenarios do not cover the same months (another start or horizon): their NPVs are
 * then over different periods, and a payback or break-even can show in one only because its horizon runs on.
 * Null when they cover the same months.
 */
export function periodWarning(base: Period, other: Period): string | null {
  const [a, b] = [base.scenario, other.scenario];
  if (a.startMonth === b.startMonth && a.horizonYears === b.horizonYears) return null;
  return (
    `Not like for like: the base, ${base.label}, covers ${periodText(a)}; ${other.label} covers ${periodText(b)}. ` +
    'Their NPVs are over different periods, and each shows a payback or break-even only within its own.'
  );
}
