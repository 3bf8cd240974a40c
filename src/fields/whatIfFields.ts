/**
 * The what-if panel's own fields: a delay in months (negative for earlier) and a capital overrun in per
 * cent (negative for an underspend). Fee and cost inflation and occupancy use the schemes' own specs.
 */
import { NUMBER_RULES } from '../model/fieldRules.ts';
import type { NumberSpec } from './inputFields.ts';

const LAST_MONTH = NUMBER_RULES.month.max;

export const DELAY_MONTHS: NumberSpec = {
  kind: 'number',
  unit: 'months',
  bounds: { min: -LAST_MONTH, max: LAST_MONTH, whole: true },
  slider: { min: -24, max: 24, step: 1 },
};

/** −90 % … +1,000 %: an underspend that leaves something, an overrun ten times over */
export const CAPITAL_OVERRUN: NumberSpec = {
  kind: 'number',
  unit: 'percent',
  bounds: { min: -0.9, max: 10, whole: false },
  slider: { min: -20, max: 50, step: 1 },
};
