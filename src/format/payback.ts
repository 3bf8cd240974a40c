/**
 * Paybacks in words: one rule for a payback of 0, which the model gives a position that is never below zero
 * from the first capital charge on (docs/model.md §7: the ART, with no up-front cost). That is not "paid back
 * in 0 years" but nothing to pay back, a saving from the start.
 */
import type { Figures } from '../model/result.ts';
import { formatYears, NO_PAYBACK_WITHIN_HORIZON } from './money.ts';
import { financialYear, formatMonth } from './time.ts';

export type PaybackFigure = 'paybackYears' | 'netPaybackYears' | 'discountedPaybackYears';

export const NOTHING_TO_PAY_BACK = 'Nothing to pay back';
/** The break-even of a position never below zero: it has no month of its own. */
export const SAVING_FROM_THE_START = 'Saving from the start';

/** True when `figures`' payback (gross unless said) is 0: never below zero, so nothing to pay back. */
export function nothingToPayBack(figures: Figures, payback: PaybackFigure = 'paybackYears'): boolean {
  const years = figures[payback];
  return years !== null && years.isZero();
}

/** A headline payback cell: "3.64 years", "Nothing to pay back" or "Does not pay back within the horizon". */
export function paybackText(figures: Figures, payback: PaybackFigure): string {
  return nothingToPayBack(figures, payback) ? NOTHING_TO_PAY_BACK : formatYears(figures[payback]);
}

/** A headline break-even cell (the gross cash position's): "November 2024 (2024/25)", or why there is no month. */
export function breakEvenText(figures: Figures): string {
  if (nothingToPayBack(figures)) return SAVING_FROM_THE_START;
  return figures.breakEven === null ? NO_PAYBACK_WITHIN_HORIZON : `${formatMonth(figures.breakEven)} (${financialYear(figures.breakEven)})`;
}
