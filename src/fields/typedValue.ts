/**
 * Between a number field's text and the model: display units (percent ×100) both ways, the slider's range,
 * and the validator a typed value passes before it reaches the scenario. A refused value never reaches it:
 * the field says what it refused and the last good value stays.
 */
import { Decimal } from '../model/decimal.ts';
import { FIRST_YEAR, LAST_YEAR, TEXT_LENGTH } from '../model/fieldRules.ts';
import { addMonths, formatMonth, monthsBetween, readMonth } from '../format/time.ts';
import type { NumberSpec, Unit } from './inputFields.ts';

type Typed<T = number> = { ok: true; value: T } | { ok: false; message: string };
/**
 * A typed number: taken, refused, or — for "0.5" in a per-cent field — a question with its two readings
 * (model units, the likelier first). Not `ok` until answered, so nothing that ignores `ask` commits it.
 */
export type TypedNumber = Typed | { ok: false; message: string; ask: readonly [number, number] };

const EXACT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 });
const MINUS = '\u2212';

/** Model value → the number the field and slider show (fractions as percentages, exactly: 0.073 → 7.3). */
export function toDisplay(spec: NumberSpec, value: number): number {
  return spec.unit === 'percent' ? new Decimal(value).times(100).toNumber() : value;
}

/** The number the field or slider shows → the model's value. */
export function fromDisplay(spec: NumberSpec, shown: number): number {
  return spec.unit === 'percent' ? new Decimal(shown).div(100).toNumber() : shown;
}

/** A display number as the field shows it: en-GB grouping, every decimal kept ("5,117", "7.35", "−2"). */
export function formatExact(shown: number): string {
  const text = EXACT.format(Math.abs(shown));
  return shown < 0 ? MINUS + text : text;
}

/** What goes before or after the number field. */
export function unitAffix(unit: Unit): { prefix: string; suffix: string } {
  switch (unit) {
    case 'percent':
      return { prefix: '', suffix: '%' };
    case 'money':
      return { prefix: '£', suffix: '' };
    case 'weeklyMoney':
      return { prefix: '£', suffix: 'a week' };
    case 'month':
      return { prefix: '', suffix: '' };
    case 'months':
      return { prefix: '', suffix: 'months' };
    case 'years':
      return { prefix: '', suffix: 'years' };
    case 'count':
      return { prefix: '', suffix: '' };
  }
}

/** The unit of the exact field, in words for its accessible name: "in per cent", "in pounds a week"; "" for none. */
export function unitWords(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'in per cent';
    case 'money':
      return 'in pounds';
    case 'weeklyMoney':
      return 'in pounds a week';
    case 'months':
    case 'years':
      return `in ${unit}`;
    case 'month':
    case 'count':
      return '';
  }
}

/** A display number with its unit, for messages: "100%", "£15,000", "480 months", "1 month". */
export function withUnit(unit: Unit, shown: number): string {
  const { prefix, suffix } = unitAffix(unit);
  const number = formatExact(shown);
  if (unit === 'month') return `month ${number}`;
  const signed = number.startsWith(MINUS) ? `${MINUS}${prefix}${number.slice(1)}` : `${prefix}${number}`;
  if (suffix === '') return signed;
  if (suffix === '%') return `${signed}%`;
  // "1 month", "−1 year": one of a unit counted in words is singular
  return Math.abs(shown) === 1 && (unit === 'months' || unit === 'years') ? `${signed} ${suffix.slice(0, -1)}` : `${signed} ${suffix}`;
}

/** A model value as messages and the slider's spoken value say it: "75%", "month 12 — April 2022" when the start is known. */
export function describeValue(spec: NumberSpec, value: number, startMonth?: string): string {
  const said = withUnit(spec.unit, toDisplay(spec, value));
  return spec.unit === 'month' && startMonth !== undefined && Number.isInteger(value)
    ? `${said} — ${formatMonth(addMonths(startMonth, value))}`
    : said;
}

/** A bound in a range message: "0%", "month 0 (April 2021)". */
function describeBound(spec: NumberSpec, value: number, startMonth?: string): string {
  const said = withUnit(spec.unit, toDisplay(spec, value));
  return spec.unit === 'month' && startMonth !== undefined ? `${said} (${formatMonth(addMonths(startMonth, value))})` : said;
}

/**
 * The slider's range in display units: its usual range, reaching out to `shown` when a typed value lies
 * outside it; a month runs to the end of the horizon.
 */
export function sliderRange(spec: NumberSpec, shown: number, horizonMonths?: number): { min: number; max: number } {
  const usualMax = spec.unit === 'month' && horizonMonths !== undefined ? horizonMonths : spec.slider.max;
  return { min: Math.min(spec.slider.min, shown), max: Math.max(usualMax, shown) };
}

export const typedEmpty = (name: string) => `${name}: enter a number`;
const quoted = (text: string) => `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
const typedNotANumber = (name: string, text: string) => `${name}: ${quoted(text)} is not a number`;
export const typedNotWhole = (name: string, text: string) => `${name}: ${quoted(text)} is not a whole number`;
export const typedOutOfRange = (name: string, text: string, low: string, high: string) =>
  `${name}: ${quoted(text)} is not between ${low} and ${high}`;
const typedWhichPercent = (name: string, readings: readonly string[]) => `${name}: did you mean ${readings.join(' or ')}?`;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9 };

const within = (spec: NumberSpec, value: number) => value >= spec.bounds.min && value <= spec.bounds.max;

/**
 * "0.5" in a per-cent field may be a fraction (50%) or what it says (0.5%): both readings when both are
 * allowed, the one inside the slider's usual range first (occupancy 0.5 is likelier 50%, inflation 0.5
 * likelier 0.5%); null when there is nothing to ask.
 */
function percentReadings(spec: NumberSpec, shown: Decimal): readonly [number, number] | null {
  if (spec.unit !== 'percent' || shown.lessThanOrEqualTo(0) || shown.greaterThan(1)) return null;
  const fraction = shown.toNumber();
  const literal = shown.div(100).toNumber();
  if (!within(spec, fraction) || !within(spec, literal)) return null;
  const usual = fraction * 100 >= spec.slider.min && fraction * 100 <= spec.slider.max;
  return usual ? [fraction, literal] : [literal, fraction];
}

/**
 * A typed value checked against the field's bounds: "75" or "75 %" for occupancy (→ 0.75), "£5,117",
 * "1.2m" or "250k" for money, "−2" with a real minus; a month index also as a calendar month ("Apr 2022",
 * "2022-04") when the scenario's start month is given. Refused with a message that names the field and
 * what was typed; a fraction typed into a per-cent field asks which is meant.
 */
export function parseTyped(spec: NumberSpec, name: string, text: string, startMonth?: string): TypedNumber {
  const typed = text.trim();
  const month = spec.unit === 'month' && startMonth !== undefined ? readMonth(typed) : null;
  let body = typed
    .toLowerCase()
    .replaceAll(MINUS, '-')
    .replace(/[£,\s_]/g, '');
  const percentSign = spec.unit === 'percent' && body.endsWith('%');
  if (percentSign) body = body.slice(0, -1);
  if (spec.unit === 'weeklyMoney') body = body.replace(/(aweek|\/w(ee)?k|pw)$/, '');
  if (spec.unit === 'month') body = body.replace(/^month/, '');
  if (body === '') return { ok: false, message: typedEmpty(name) };
  let scale = 1;
  const suffix = /(k|m|bn)$/.exec(body);
  if (suffix && (spec.unit === 'money' || spec.unit === 'weeklyMoney')) {
    scale = SCALES[suffix[1]!]!;
    body = body.slice(0, -suffix[1]!.length);
  }
  if (month === null && !NUMBER.test(body)) return { ok: false, message: typedNotANumber(name, typed) };
  const shown = month !== null ? new Decimal(monthsBetween(startMonth!, month)) : new Decimal(body).times(scale);
  const value = spec.unit === 'percent' ? shown.div(100) : shown;
  const { min, max, whole } = spec.bounds;
  if (whole && !value.isInteger()) return { ok: false, message: typedNotWhole(name, typed) };
  if (value.lessThan(min) || value.greaterThan(max)) {
    return {
      ok: false,
      message: typedOutOfRange(name, typed, describeBound(spec, min, startMonth), describeBound(spec, max, startMonth)),
    };
  }
  const ask = percentSign ? null : percentReadings(spec, shown);
  if (ask !== null)
    return {
      ok: false,
      ask,
      message: typedWhichPercent(
        name,
        ask.map((v) => withUnit(spec.unit, toDisplay(spec, v))),
      ),
    };
  return { ok: true, value: value.toNumber() };
}

/** A start month as officers write it (see `readMonth`), FIRST_YEAR … LAST_YEAR: restore.ts's start month. */
const typedBadMonth = (name: string, text: string) =>
  `${name}: ${quoted(text)} is not a month from January ${FIRST_YEAR} to December ${LAST_YEAR}; write it as April 2021 or 2021-04`;

export function parseMonth(name: string, text: string): Typed<string> {
  const month = readMonth(text);
  const year = Number(month?.slice(0, 4));
  if (month === null || year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, message: typedBadMonth(name, text.trim()) };
  return { ok: true, value: month };
}

/** Names and labels: as long as restore.ts allows. */
export const NAME_LENGTH = TEXT_LENGTH;
export const typedNameEmpty = 'Name: enter a name';
const typedTooLong = (name: string) => `${name} must be at most ${NAME_LENGTH} characters long`;

export function parseName(name: string, text: string): Typed<string> {
  return text.length > NAME_LENGTH ? { ok: false, message: typedTooLong(name) } : { ok: true, value: text };
}
