/**
 * What each undoable edit is called, as the Undo and Redo buttons name it ("Undo: change occupancy of
 * Property 2"): one place for the wording, whichever part of the page made the edit.
 */
import { schemeInputGroups } from '../fields/inputFields.ts';
import type { LineList } from '../model/newSchemes.ts';
import type { Scheme } from '../model/scenario.ts';

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
  const field = schemeInputGroups(scheme)
    .flatMap((group) => group.items.flatMap((item) => item.fields))
    .find((f) => f.path === path);
  return `change ${lowerFirst(field?.name ?? path)} of ${scheme.name}`;
}

export const switched = (name: string, enabled: boolean) =>
  enabled ? `put ${name} back in the portfolio` : `leave ${name} out of the portfolio`;
export const renamedScheme = (from: string, to: string) => `rename ${from} to ${to}`;
export const addedScheme = (name: string) => `add ${name}`;
export const duplicatedScheme = (name: string) => `duplicate ${name}`;
export const removedScheme = (name: string) => `remove ${name}`;
export const addedLine = (list: LineList, name: string) => `add ${LISTS[list]} to ${name}`;
export const removedLine = (label: string, name: string) => `remove ${label} from ${name}`;
export const resetScheme = (name: string) => `reset ${name} to the preset`;

/** The reset of the whole scenario, or a switch to another preset. */
export const presetStep = (fromId: string, to: { id: string; title: string }) =>
  fromId === to.id ? 'reset the scenario to the preset' : `switch to the preset “${to.title}”`;

export const BROUGHT_BACK = 'bring back the previous scenario';

/** The polite notice beside the list once a scheme is removed, with its Undo. */
export const removedNotice = (name: string) => `Removed ${name}.`;
