/**
 * What each undoable edit is called, as the Undo and Redo buttons name it ("Undo: change occupancy of
 * Property 2"): one place for the wording, whichever part of the page made the edit.
 */
import { RATE, schemeField } from '../fields/inputFields.ts';
import { toDisplay, withUnit } from '../fields/typedValue.ts';
import type { LineList } from '../model/newSchemes.ts';
import type { Scheme } from '../model/scenario.ts';
import type { WhatIf } from '../model/whatIf.ts';

const SETTINGS = {
  startMonth: 'the start month',
  horizonYears: 'the horizon',
  discountRate: 'the discount rate',
  generalInflation: 'general inflation',
  perspective: 'the perspective',
} as const;

const LISTS: Record<LineList, string> = { capital: 'a capital line', funding: 'a funding line', otherSavings: 'an other saving' };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const changedSetting = (key: keyof typeof SETTINGS) => `change ${SETTINGS[key]}`;

/** "change occupancy of Property 2", by the input's name as its panel shows it. */
export function changedInput(scheme: Scheme, path: string): string {
  return `change ${lowerFirst(schemeField(scheme, path)?.name ?? path)} of ${scheme.name}`;
}

export const switched = (name: string, enabled: boolean) =>
  enabled ? `put ${name} back in the portfolio` : `leave ${name} out of the portfolio`;
export const renamedScheme = (from: string, to: string) => `rename ${from} to ${to}`;
/** `name`: the scheme's, or null for the scenario's own note */
export const changedNote = (name: string | null) => (name === null ? "change the scenario's note" : `change the note on ${name}`);
export const addedScheme = (name: string) => `add ${name}`;
export const duplicatedScheme = (name: string) => `duplicate ${name}`;
export const removedScheme = (name: string) => `remove ${name}`;
export const addedLine = (list: LineList, name: string) => `add ${LISTS[list]} to ${name}`;
export const removedLine = (label: string, name: string) => `remove ${label} from ${name}`;
export const resetScheme = (name: string) => `reset ${name} to the preset`;

/** A fraction as a percentage, as the fields show it: 0.08 → "8%". */
export const percent = (fraction: number) => withUnit(RATE.unit, toDisplay(RATE, fraction));
export const schemeCount = (count: number) => `${count} ${count === 1 ? 'scheme' : 'schemes'}`;
export const monthCount = (count: number) => `${count} ${count === 1 ? 'month' : 'months'}`;

/**
 * A scenario-wide what-if ("set fee inflation to 8% for 4 schemes", "open 5 schemes 6 months later"):
 * `count` is how many schemes it reaches (a set-to) or moved (a relative one).
 */
export function whatIfStep(w: WhatIf, count: number): string {
  const schemes = schemeCount(count);
  switch (w.kind) {
    case 'feeInflation':
      return `set fee inflation to ${percent(w.rate)} for ${schemes}`;
    case 'costInflation':
      return `set cost inflation to ${percent(w.rate)} for ${schemes}`;
    case 'occupancy':
      return `set occupancy to ${percent(w.occupancy)} for ${schemes}`;
    case 'delay':
      return `open ${schemes} ${monthCount(Math.abs(w.months))} ${w.months < 0 ? 'earlier' : 'later'}`;
    case 'capitalOverrun':
      return w.fraction < 0
        ? `take ${percent(-w.fraction)} off the capital of ${schemes}`
        : `add ${percent(w.fraction)} to the capital of ${schemes}`;
  }
}

/** The reset of the whole scenario, or a switch to another preset. */
export const presetStep = (fromId: string, to: { id: string; title: string }) =>
  fromId === to.id ? 'reset the scenario to the preset' : `switch to the preset “${to.title}”`;

export const BROUGHT_BACK = 'bring back the previous scenario';

/** The polite notice beside the list once a scheme is removed, with its Undo. */
export const removedNotice = (name: string) => `Removed ${name}.`;
