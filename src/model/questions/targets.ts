/**
 * The figures a question can aim at, read off an evaluation: a payback (gross, net of the asset,
 * discounted), the NPV, or break-even by a given month. A payback of null (does not pay back within
 * the horizon) is further from any target than every number; a scheme with nothing to pay back has
 * payback 0 (docs/model.md §7), which is a number like any other.
 */
import type { Decimal } from '../decimal.ts';
import type { Evaluation } from '../evaluate.ts';
import { monthsBetween } from '../months.ts';
import type { Figures } from '../result.ts';
import type { Scope } from './inputs.ts';

export const PAYBACK_FIGURES = ['paybackYears', 'netPaybackYears', 'discountedPaybackYears'] as const;
export type PaybackFigure = (typeof PAYBACK_FIGURES)[number];
/** The figures a sensitivity shows: the three paybacks and the NPV. */
export type SensitivityFigure = PaybackFigure | 'npv';
export const SENSITIVITY_FIGURES: readonly SensitivityFigure[] = [...PAYBACK_FIGURES, 'npv'];
export type TargetName = SensitivityFigure | 'breakEven';
export const TARGET_NAMES: readonly TargetName[] = [...SENSITIVITY_FIGURES, 'breakEven'];

/**
 * What a question asks for: a payback of `value` years, an NPV of `value` pounds, or break-even
 * by month index `value` (counted from the start month, as docs/model.md counts t).
 */
export interface Target {
  name: TargetName;
  value: number;
}

export const UNKNOWN_TARGET = 'a target is written <name>=<value> with name one of';

/** The scope's figures in an evaluation; undefined for a scheme id the scenario does not have. */
export function figuresOf(evaluation: Evaluation, scope: Scope): Figures | undefined {
  if (scope === 'portfolio') return evaluation.result.portfolio.figures;
  return evaluation.result.schemes.find((s) => s.id === scope.scheme)?.figures;
}

/**
 * A target figure as a plain number: years, pounds, or break-even's month index; null when there is
 * none (no payback, no break-even within the horizon).
 */
export function figureValue(evaluation: Evaluation, scope: Scope, name: TargetName): number | null {
  const f = figuresOf(evaluation, scope)!;
  if (name === 'breakEven') return f.breakEven === null ? null : monthsBetween(evaluation.result.startMonth, f.breakEven);
  const d: Decimal | null = f[name];
  return d === null ? null : d.toNumber();
}

/** Whether more of the figure is better: NPV; a payback or a break-even is better sooner. */
export const higherIsBetter = (name: TargetName): boolean => name === 'npv';

/**
 * How far a figure is from the target, signed so that ≥ 0 means the target is met (an NPV at least
 * the target, a payback or break-even no later): −Infinity for no payback at all.
 */
export function margin(target: Target, figure: number | null): number {
  if (figure === null) return -Infinity;
  return higherIsBetter(target.name) ? figure - target.value : target.value - figure;
}

/**
 * `paybackYears=3`, `npv=0`, `breakEven=2025-03` (or a month index, `breakEven=47`), or an error
 * message. `startMonth` turns a calendar month into its index.
 */
export function parseTarget(text: string, startMonth: string): Target | string {
  const match = /^([A-Za-z]+)=(.+)$/.exec(text);
  const names = TARGET_NAMES.join(', ');
  if (!match || !(TARGET_NAMES as readonly string[]).includes(match[1]!)) return `${UNKNOWN_TARGET} ${names}, got "${text}"`;
  const name = match[1] as TargetName;
  const raw = match[2]!;
  if (name === 'breakEven' && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw)) return { name, value: monthsBetween(startMonth, raw) };
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) return `the target's value must be a number, got "${raw}"`;
  if (name === 'breakEven' && !Number.isInteger(value)) return `break-even is a month (YYYY-MM or a whole month index), got "${raw}"`;
  if (name !== 'npv' && value < 0) return `a payback or break-even cannot be negative, got ${raw}`;
  return { name, value };
}
