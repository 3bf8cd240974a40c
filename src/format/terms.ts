/**
 * The board's terms explained in one plain sentence each, with the scenario's own rates and dates, so every
 * sentence stays true of the arithmetic in docs/model.md §6–§7.
 */
import type { Perspective } from '../model/scenario.ts';
import { MINUS } from './money.ts';
import { formatMonth, lastMonthOf } from './time.ts';

/** What the sentences need of a scenario. */
export interface Terms {
  startMonth: string;
  horizonYears: number;
  discountRate: number;
  /** left out means 0, as in a scenario file */
  generalInflation?: number;
  perspective: Perspective;
}

const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 0.035 → "3.5%", −0.01 → "−1%" (as the app's fields write a rate). */
export function formatRate(rate: number): string {
  const shown = PERCENT.format(Math.abs(rate * 100));
  return `${rate < 0 && shown !== '0' ? MINUS : ''}${shown}%`;
}

/** "March 2031": the horizon's last month. */
export function horizonEnd(terms: Pick<Terms, 'startMonth' | 'horizonYears'>): string {
  return formatMonth(lastMonthOf(terms.startMonth, terms.horizonYears * 12));
}

/** C(t): savings credited less capital charged, with grants when the council's perspective counts them. */
export function explainGross(terms: Pick<Terms, 'perspective'>): string {
  const grants = terms.perspective === 'council' ? ', plus external funding received' : '';
  return `Gross: the cash position, savings so far less capital spent${grants}.`;
}

/** C(t) + R(t), R uplifted on each anniversary by the scheme's asset appreciation. */
export const EXPLAIN_NET =
  'Net of the retained asset: the cash position plus what the property would sell for (its residual value, uplifted each year by asset appreciation).';

/** D(t): each flow times ((1 + r)(1 + g))^(−t/12), deflated by general inflation, then discounted at the real rate. */
export function explainDiscounted(terms: Pick<Terms, 'discountRate' | 'generalInflation'>): string {
  const inflation = terms.generalInflation ?? 0;
  const shrink = (1 + terms.discountRate) * (1 + inflation);
  // A negative rate makes a later flow count for more; the words must follow the arithmetic.
  const how =
    shrink > 1
      ? 'counts for less the later it comes'
      : shrink < 1
        ? 'counts for more the later it comes'
        : 'counts the same whenever it comes';
  const rate =
    inflation === 0
      ? `discounted at ${formatRate(terms.discountRate)} a year`
      : `taken into today's prices at general inflation of ${formatRate(inflation)} a year, then discounted at ${formatRate(terms.discountRate)} a year`;
  return `Discounted: each flow ${how}, ${rate}.`;
}

/** D(N) + R(N) × F(N). */
export function explainNpv(terms: Pick<Terms, 'startMonth' | 'horizonYears'>): string {
  return `NPV (net present value): the discounted position at the end of ${horizonEnd(terms)}, the horizon's end, plus the retained asset's value then, discounted at the same rate.`;
}
