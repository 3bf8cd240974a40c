/**
 * The answer a board asks first, in one plain en-GB sentence: when the portfolio pays back, and what it is
 * worth over the horizon. Built from the model's figures only; rounding happens here, for display.
 */
import { Decimal } from '../model/decimal.ts';
import type { ScenarioResult } from '../model/result.ts';
import { MINUS } from './money.ts';
import { nothingToPayBack } from './payback.ts';
import { formatRate, horizonEnd } from './terms.ts';
import { formatMonth } from './time.ts';

export const NO_SCHEMES_ANSWER = 'No schemes are switched on, so there is no portfolio to pay back. Switch a scheme on to see the answer.';

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Years to one decimal, rounded half-up in decimal: "3.6 years". */
export function answerYears(years: Decimal): string {
  return `${ONE_DECIMAL.format(years.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber())} years`;
}

/** Money as a board reads it: "£5.0m", "£521k", "£800", "−£1.2m" (millions to a tenth, thousands whole). */
export function answerMoney(amount: Decimal): string {
  const abs = amount.abs();
  const millions = abs.dividedBy(1e6).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  const thousands = abs.dividedBy(1e3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  let body: string;
  if (millions.gte(1)) body = `£${ONE_DECIMAL.format(millions.toNumber())}m`;
  else if (abs.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).gte(1e3)) body = `£${WHOLE.format(thousands.toNumber())}k`;
  else body = `£${WHOLE.format(abs.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber())}`;
  // A sum that rounds to nothing is "£0", never "−£0".
  return amount.isNegative() && body !== '£0' ? MINUS + body : body;
}

/** The one-sentence answer for the portfolio of `result`, discounted at `discountRate` (0.035 for 3.5 %). */
export function answerSentence(result: ScenarioResult, discountRate: number): string {
  if (!result.schemes.some((scheme) => scheme.enabled)) return NO_SCHEMES_ANSWER;
  const figures = result.portfolio.figures;
  const years = result.horizonMonths / 12;
  const horizon = `${WHOLE.format(years)} ${years === 1 ? 'year' : 'years'}`;
  const lastMonth = horizonEnd({ startMonth: result.startMonth, horizonYears: years });
  const worth = `net present value ${answerMoney(figures.npv)} over ${horizon}, to ${lastMonth}, at ${formatRate(discountRate)}`;
  const payback = figures.paybackYears;
  // the worth already says to when
  if (payback === null) return `The portfolio does not pay back within ${horizon}; ${worth}.`;
  if (nothingToPayBack(figures)) {
    const first = figures.annualSavingYear1;
    const firstYear = first.isNegative() ? `costs ${answerMoney(first.negated())}` : `saves ${answerMoney(first)}`;
    return `The portfolio has nothing to pay back and ${firstYear} in its first year; ${worth}.`;
  }
  const month = figures.breakEven === null ? '' : ` (${formatMonth(figures.breakEven)})`;
  return `The portfolio pays back in ${answerYears(payback)}${month}; ${worth}.`;
}
