/**
 * en-GB display formatting for money and payback years.
 * The edge of the app: decimals are rounded here, for display only, and never fed back into sums.
 */
import { Decimal } from '../model/decimal.ts';

/** U+2212, the typographic minus: "−£1,234", never a hyphen. */
export const MINUS = '\u2212';
/** What a non-finite amount shows as; it should never reach the screen, but must not read as a number. */
const NOT_A_NUMBER = '—';
export const NO_PAYBACK_WITHIN_HORIZON = 'Does not pay back within the horizon';

const POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const COMPACT_DIGITS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: true });
const YEARS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

type Amount = number | Decimal;

/** Rounds half away from zero to `places` in decimal (so a Decimal input is rounded exactly), then hands a number to Intl. */
function rounded(x: Amount, places: number): number {
  const d = x instanceof Decimal ? x : new Decimal(x);
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

function isFiniteAmount(x: Amount): boolean {
  return x instanceof Decimal ? x.isFinite() : Number.isFinite(x);
}

/** Formats |value| with `format` and puts a real minus in front when the rounded value is below zero ("−£0" never appears). */
function signed(value: number, format: (abs: number) => string): string {
  const body = format(Math.abs(value));
  return value < 0 ? MINUS + body : body;
}

/** Whole pounds: "£1,234", "−£1,234". */
export function formatMoney(x: Amount): string {
  if (!isFiniteAmount(x)) return NOT_A_NUMBER;
  return signed(rounded(x, 0), (v) => POUNDS.format(v));
}

const COMPACT_UNITS = [
  { size: 1e9, suffix: 'bn' },
  { size: 1e6, suffix: 'm' },
  { size: 1e3, suffix: 'k' },
] as const;

/** For axes and tight spaces: "£250k", "£1.5m", "£12m", "£0", "−£250k", "£1.25m" (at most two decimals of the unit). */
export function formatMoneyCompact(x: Amount): string {
  if (!isFiniteAmount(x)) return NOT_A_NUMBER;
  const value = x instanceof Decimal ? x.toNumber() : x;
  const abs = Math.abs(value);
  for (const unit of COMPACT_UNITS) {
    // Round in the unit first, so £999,999 reads "£1m", not "£1,000k".
    const inUnit = Math.round((abs / unit.size) * 100) / 100;
    if (inUnit >= 1) return signed(value < 0 ? -inUnit : inUnit, (v) => `£${COMPACT_DIGITS.format(v)}${unit.suffix}`);
  }
  return signed(Math.round(value) === 0 ? 0 : Math.round(value), (v) => POUNDS.format(v));
}

/**
 * Payback years: "5.26 years", "1 year", "0 years".
 * `null` (or a non-finite number) means no payback within the horizon: said in words, never "∞", "NaN" or blank.
 */
export function formatYears(x: Amount | null, horizonYears?: number): string {
  if (x === null || !isFiniteAmount(x)) {
    if (horizonYears === undefined) return NO_PAYBACK_WITHIN_HORIZON;
    return `Does not pay back within ${horizonYears} ${horizonYears === 1 ? 'year' : 'years'}`;
  }
  const years = rounded(x, 2);
  return signed(years, (v) => `${YEARS.format(v)} ${v === 1 ? 'year' : 'years'}`);
}
