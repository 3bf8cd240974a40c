/**
 * What the library tells the user, in one place: each result of a save, an open, another tab or a fault.
 * The storage layer reports reasons and data; `refusalMessage` puts them into words.
 */
import { countDropped } from '../model/validationMessages.ts';
import type { Refusal } from '../storage/library.ts';
import type { Unavailable } from '../storage/store.ts';

export const savedAs = (name: string, wanted: string) =>
  name === wanted.trim() || wanted.trim() === ''
    ? `Saved as “${name}”.`
    : `Saved as “${name}”: a scenario called “${wanted.trim()}” is already saved, and it is left as it was.`;
export const savedChanges = (name: string) => `Saved your changes to “${name}”.`;
export const opened = (name: string) => `Opened “${name}”.`;
export const presetShown = (title: string) => `Showing the preset “${title}”.`;
export const OPENED_MIGRATED = 'It was saved by an older version of Payback Explorer; it is kept in the new form when you save it.';
/** At most this many dropped fields are named in a message; the rest are counted (and listed on request where there is room). */
export const DROPPED_NAMED = 3;
export const droppedCount = (fields: readonly string[]) => {
  const count = countDropped(fields);
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'field' : 'fields'} this version does not know ${count === 1 ? 'was' : 'were'} left out`;
};
export const droppedFields = (fields: readonly string[]) => {
  const named = fields.slice(0, DROPPED_NAMED).join(', ');
  return `${droppedCount(fields)}: ${named}${countDropped(fields) > DROPPED_NAMED ? ' and others' : ''}.`;
};
export const followed = (name: string) => `“${name}” was saved in another tab; this tab now shows that version.`;
export const renamed = (name: string) => `Renamed to “${name}”.`;
export const duplicated = (name: string) => `Duplicated as “${name}”.`;
export const deleted = (name: string) => `Deleted “${name}”.`;
export const putBack = (name: string) => `“${name}” is back in your library.`;
export const copySaved = (name: string, theirs: string) =>
  `Saved your version as “${name}”; “${theirs}” keeps the version saved in the other tab.`;
/** Names at most this many: a screen reader reads the status out whole. */
const ADDED_NAMED = 10;
export const added = (names: readonly string[]) =>
  `Added ${names.length === 1 ? 'one scenario' : `${names.length} scenarios`} to your library: ` +
  names
    .slice(0, ADDED_NAMED)
    .map((n) => `“${n}”`)
    .join(', ') +
  (names.length > ADDED_NAMED ? ` and ${names.length - ADDED_NAMED} more.` : '.');
export const nothingAdded = (count: number) =>
  count === 1
    ? 'The scenario in the file was not added; your saved scenarios are as they were.'
    : `None of the ${count} scenarios in the file were added; your saved scenarios are as they were.`;
export const UNSAVED_REPLACED = 'The scenario you had on screen had unsaved changes.';
export const BRING_BACK = 'Bring it back';
export const PREVIOUS_BACK = 'Your previous scenario is back on screen.';
export const WORKING_NEWER =
  'The scenario you were working on was kept by a newer version of Payback Explorer, so it has been left as it is. ' +
  'Reload the page to get the newer app.';
export const workingInvalid = (errors: readonly string[]) =>
  `The scenario you were working on could not be restored (${errors.join('; ')}), so the preset is shown instead.`;
export const WORKING_DELETED = 'The saved scenario you were editing has been deleted since; your version is still on screen.';
export const QUICK_COPY_FAILED =
  'This browser could not keep a quick copy of your latest change, so reloading or closing this page straight after an edit could lose it. ' +
  'Your scenario is still open here and is saved within a second of each change: wait a moment after editing before you reload or close the page, ' +
  "or free some space in this browser's storage for this site and try again.";

export const STORAGE_FULL =
  "The browser's storage for this site is full, so this was not saved. Your scenario is still open here: " +
  'delete old scenarios or free some space, then try again.';
export const STORAGE_CLOSING =
  'The browser closed the connection to your saved scenarios and reopening it did not help, so this was not saved. ' +
  'Your scenario is still open here: try again, or reload the page.';
export const storageFailed = (detail: string) =>
  `Your saved scenarios could not be reached${detail === '' ? '' : ` (${detail})`}. Your scenario is still open here: try again.`;
export const SCENARIO_MISSING = 'This saved scenario no longer exists: it may have been deleted in another tab.';
export const SCENARIO_NEWER =
  'This scenario was saved by a newer version of Payback Explorer, so it has been left as it is. ' +
  'Reload the page to get the newer app and open it.';
export const scenarioInvalid = (errors: readonly string[]) => `This saved scenario cannot be opened: ${errors.join('; ')}`;
export const scenarioConflict = (revision: number) =>
  `This scenario was saved in another tab since you opened it (it is now at revision ${revision}), so your ` +
  'changes were not saved over it. You can save your version as a copy.';
export const ID_TAKEN = 'A scenario with this id exists again, so the deleted one was not put back.';

/** Why the storage library refused, in words. */
export function refusalMessage(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'quota':
      return STORAGE_FULL;
    case 'closing':
      return STORAGE_CLOSING;
    case 'failed':
      return storageFailed(refusal.detail);
    case 'missing':
      return SCENARIO_MISSING;
    case 'newer':
      return SCENARIO_NEWER;
    case 'invalid':
      return scenarioInvalid(refusal.errors);
    case 'conflict':
      return scenarioConflict(refusal.revision);
    case 'taken':
      return ID_TAKEN;
  }
}

export const NO_INDEXEDDB = 'This browser offers no IndexedDB here.';
export const indexedDbFailed = (detail: string) =>
  detail === '' ? 'IndexedDB could not be opened.' : `IndexedDB could not be opened: ${detail}`;

/** Why scenarios are kept in this window only, in words, for the banner. */
export function unavailableMessage(unavailable: Unavailable): string {
  switch (unavailable.reason) {
    case 'absent':
      return NO_INDEXEDDB;
    case 'timeout':
      return indexedDbFailed(`no answer within ${unavailable.ms / 1000} s`);
    case 'failed':
      return indexedDbFailed(unavailable.detail);
  }
}
