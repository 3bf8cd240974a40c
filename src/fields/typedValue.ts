/**
 * Between a number field's text and the model: display units (percent ×100) both ways, the slider's range,
 * and the validator a typed value passes before it reaches the scenario. A refused value never reaches it:
 * the field says why and the last good value stays.
 */
import { Decimal } from '../model/decimal.ts';
import { FIRST_YEAR, LAST_YEAR, TEXT_LENGTH } from '../model/fieldRules.ts';
import type { NumberSpec, Unit } from './inputFields.ts';

type Typed<T = number> = { ok: true; value: T } | { ok: false; message: string };

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

/** A display number with its unit, for messages: "100%", "£15,000", "480 months". */
export function withUnit(unit: Unit, shown: number): string {
  const { prefix, suffix } = unitAffix(unit);
  const number = formatExact(shown);
  if (unit === 'month') return `month ${number}`;
  const signed = number.startsWith(MINUS) ? `${MINUS}${prefix}${number.slice(1)}` : `${prefix}${number}`;
  if (suffix === '') return signed;
  return suffix === '%' ? `${signed}%` : `${signed} ${suffix}`;
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
const typedNotANumber = (name: string, text: string) => `${name}: “${text.length > 20 ? `${text.slice(0, 20)}…` : text}” is not a number`;
export const typedNotWhole = (name: string) => `${name} must be a whole number`;
export const typedOutOfRange = (name: string, low: string, high: string) => `${name} must be between ${low} and ${high}`;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9 };

/**
 * A typed value checked against the field's bounds: "75" or "75 %" for occupancy (→ 0.75), "£5,117",
 * "1.2m" or "250k" for money, "−2" with a real minus. Refused with a message that names the field.
 */
export function parseTyped(spec: NumberSpec, name: string, text: string): Typed {
  let body = text
    .trim()
    .toLowerCase()
    .replaceAll(MINUS, '-')
    .replace(/[£,\s_]/g, '');
  if (spec.unit === 'percent') body = body.replace(/%$/, '');
  if (spec.unit === 'weeklyMoney') body = body.replace(/(aweek|\/w(ee)?k|pw)$/, '');
  if (body === '') return { ok: false, message: typedEmpty(name) };
  let scale = 1;
  const suffix = /(k|m|bn)$/.exec(body);
  if (suffix && (spec.unit === 'money' || spec.unit === 'weeklyMoney')) {
    scale = SCALES[suffix[1]!]!;
    body = body.slice(0, -suffix[1]!.length);
  }
  if (!NUMBER.test(body)) return { ok: false, message: typedNotANumber(name, text.trim()) };
  const shown = new Decimal(body).times(scale);
  const value = spec.unit === 'percent' ? shown.div(100) : shown;
  const { min, max, whole } = spec.bounds;
  if (whole && !value.isInteger()) return { ok: false, message: typedNotWhole(name) };
  if (value.lessThan(min) || value.greaterThan(max)) {
    return {
      ok: false,
      message: typedOutOfRange(name, withUnit(spec.unit, toDisplay(spec, min)), withUnit(spec.unit, toDisplay(spec, max))),
    };
  }
  return { ok: true, value: value.toNumber() };
}

/** `YYYY-MM`, FIRST_YEAR-01 … LAST_YEAR-12: restore.ts's start month. */
const typedBadMonth = (name: string) =>
  `${name} must be a month written YYYY-MM, from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12, such as 2021-04`;

export function parseMonth(name: string, text: string): Typed<string> {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return { ok: false, message: typedBadMonth(name) };
  return { ok: true, value: match[0] };
}

/** Names and labels: as long as restore.ts allows. */
export const NAME_LENGTH = TEXT_LENGTH;
export const typedNameEmpty = 'Name: enter a name';
const typedTooLong = (name: string) => `${name} must be at most ${NAME_LENGTH} characters long`;

export function parseName(name: string, text: string): Typed<string> {
  return text.length > NAME_LENGTH ? { ok: false, message: typedTooLong(name) } : { ok: true, value: text };
}
