/**
 * What the board's questions say in words: a target ("a payback of 3 years", "break-even by April 2024"), a
 * figure reached, the finder's answer beside the input's value today, and a tornado side's figure and change.
 */
import { valueText } from '../fields/questionInputs.ts';
import type { Answer } from '../model/questions/solve.ts';
import type { SensitivityFigure, Target, TargetName } from '../model/questions/targets.ts';
import type { NumberSpec } from '../fields/inputFields.ts';
import { formatMoney, formatYears, MINUS } from '../format/money.ts';
import { addMonths, formatMonth } from '../format/time.ts';

export const TARGET_LABELS: Record<TargetName, string> = {
  paybackYears: 'Payback (gross) of',
  netPaybackYears: 'Payback net of the asset of',
  discountedPaybackYears: 'Discounted payback of',
  breakEven: 'Break-even by',
  npv: 'NPV of zero',
};

export const FIGURE_LABELS: Record<SensitivityFigure, string> = {
  paybackYears: 'Payback (gross)',
  netPaybackYears: 'Payback net of the asset',
  discountedPaybackYears: 'Discounted payback',
  npv: 'NPV',
};

const PAYBACK_WORDS: Record<Exclude<TargetName, 'npv' | 'breakEven'>, string> = {
  paybackYears: 'a payback',
  netPaybackYears: 'a payback net of the asset',
  discountedPaybackYears: 'a discounted payback',
};

/** A figure's value in words: "3.2 years", "£1,234", "April 2024"; null is said as no payback or no break-even. */
export function figureText(name: TargetName, value: number | null, startMonth: string, horizonYears: number): string {
  if (name === 'npv') return value === null ? '—' : formatMoney(value);
  if (name === 'breakEven')
    return value === null ? `no break-even within ${horizonYears} years` : formatMonth(addMonths(startMonth, value));
  return formatYears(value, horizonYears);
}

/** "a payback of 3 years", "an NPV of £0", "break-even by April 2024" */
export function targetText(target: Target, startMonth: string, horizonYears: number): string {
  if (target.name === 'npv') return `an NPV of ${formatMoney(target.value)}`;
  const value = figureText(target.name, target.value, startMonth, horizonYears);
  return target.name === 'breakEven' ? `break-even by ${value}` : `${PAYBACK_WORDS[target.name]} of ${value}`;
}

/** What a value gives: "a payback of 3.01 years", "no payback within 10 years", "an NPV of −£12" */
function givesText(target: Target, achieved: number | null, startMonth: string, horizonYears: number): string {
  if (achieved === null)
    return target.name === 'breakEven' ? `no break-even within ${horizonYears} years` : `no payback within ${horizonYears} years`;
  if (target.name === 'breakEven') return `break-even in ${figureText('breakEven', achieved, startMonth, horizonYears)}`;
  return targetText({ name: target.name, value: achieved }, startMonth, horizonYears);
}

export interface FinderWords {
  label: string;
  spec: NumberSpec;
  today: number;
  target: Target;
  answer: Answer;
  startMonth: string;
  horizonYears: number;
}

/**
 * "Occupancy of Property 2: 75% now; 51.6% gives a payback of 3 years", or, out of reach, the range and the best
 * value there is; or, for an input that does not move the figure at all (the discount rate and a gross payback),
 * that another input is needed.
 */
export function finderSentence({ label, spec, today, target, answer, startMonth, horizonYears }: FinderWords): string {
  const value = (v: number) => valueText(spec, v, startMonth);
  const gives = givesText(target, answer.achieved, startMonth, horizonYears);
  const now = `${label}: ${value(today)} now`;
  if (answer.reached) return `${now}; ${value(answer.value)} gives ${gives}.`;
  const [min, max] = [value(spec.bounds.min), value(spec.bounds.max)];
  const wanted = targetText(target, startMonth, horizonYears);
  if (answer.unmoved)
    return `${now}. At either end of its range (${min} and ${max}) it leaves ${gives}, as now, so it cannot give ${wanted}: choose another input.`;
  return `${now}. ${capitalised(wanted)} is not reachable within this input's range (${min} to ${max}); the best is ${value(answer.value)}, giving ${gives}.`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A change of a figure, signed: "+0.35 years", "−£120,000", "no change". */
export function changeText(figure: SensitivityFigure, change: number): string {
  if (Math.abs(change) < (figure === 'npv' ? 0.5 : 0.005)) return 'no change';
  const sign = change < 0 ? MINUS : '+';
  return `${sign}${figure === 'npv' ? formatMoney(Math.abs(change)) : formatYears(Math.abs(change))}`;
}

/** "Working: 40 of 150 inputs" */
export const workingText = (done: number, total: number, unit = 'inputs') => `Working: ${done} of ${total} ${unit}`;

/**
 * The tornado's heading: "Payback (gross): each input 10% down and up (2 to your own values), a whole number (beds,
 * months) by at least one, the largest effect first"; the whole-number words only when one moved by one where the
 * step would not have moved it (movedByOne: 3 beds to 2 and 4).
 */
export function tornadoHeading(figure: SensitivityFigure, stepPercent: string, own: number, wholeBeyondStep: boolean): string {
  const whole = wholeBeyondStep ? ', a whole number (beds, months) by at least one' : '';
  const mine = own > 0 ? ` (${own} to your own values)` : '';
  return `${FIGURE_LABELS[figure]}: each input ${stepPercent}% down and up${mine}${whole}, the largest effect first`;
}
