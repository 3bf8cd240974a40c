/**
 * The words of the validation door (restore.ts, migrations.ts), in one place.
 * Every message is prefixed with the field's path by the caller: `schemes[2].placements.occupancy: …`.
 * Bad values are shown compactly (see `describeValue`), never echoed whole: they come from strangers.
 */
import { cutText } from './text.ts';

/** Strings shown in a message are cut to this many characters. */
const SHOWN_STRING_LENGTH = 40;

export const IS_REQUIRED = 'is required';
export const MUST_NOT_BE_EMPTY = 'must not be empty';
export const ROOT_PATH = 'scenario';

export const mustBeNumber = (got: unknown) => `must be a number, got ${describeValue(got)}`;
export const mustBeFinite = (got: number) => `must be a finite number, got ${describeValue(got)}`;
export const mustBeBetween = (min: number, max: number, got: number) => `must be between ${min} and ${max}, got ${describeValue(got)}`;
export const mustBeWholeBetween = (min: number, max: number, got: number) =>
  `must be a whole number between ${min} and ${max}, got ${describeValue(got)}`;
export const mustBeString = (got: unknown) => `must be a string, got ${describeValue(got)}`;
export const mustBeAtMostCharacters = (max: number, length: number) => `must be at most ${max} characters long, got ${length} characters`;
export const mustBeOneOf = (choices: readonly string[], got: unknown) => `must be ${listChoices(choices)}, got ${describeValue(got)}`;
export const mustBeBoolean = (got: unknown) => `must be true or false, got ${describeValue(got)}`;
export const mustBeObject = (got: unknown) => `must be an object, got ${describeValue(got)}`;
export const mustBeObjectOrNull = (got: unknown) => `must be an object or null, got ${describeValue(got)}`;
export const mustBeArray = (got: unknown) => `must be an array, got ${describeValue(got)}`;
export const mustHaveAtMostItems = (max: number, length: number) => `must have at most ${max} items, got ${length}`;
export const mustBeUnique = (value: string, firstPath: string) => `must be unique, ${describeString(value)} is used by ${firstPath}`;
export const mustBeMonth = (min: string, max: string, got: unknown) =>
  `must be a month written YYYY-MM between ${min} and ${max}, got ${describeValue(got)}`;

export const mustBeVersion = (got: unknown) => `must be a whole number of at least 1, got ${describeValue(got)}`;
export const newerVersion = (version: number, current: number) =>
  `this scenario was saved by a newer version of Payback Explorer (version ${version}); ` +
  `this app reads up to version ${current} — reload to get the newer app`;
export const noMigration = (from: number) =>
  `cannot upgrade a scenario from version ${from}: this app has no step from version ${from} to ${from + 1}`;
export const badMigration = (from: number, to: number) =>
  `cannot upgrade a scenario from version ${from}: its upgrade step leads to version ${to}, not ${from + 1}`;
export const migrationFailed = (from: number, reason: string) => `cannot upgrade a scenario from version ${from}: ${reason}`;
export const migrationReturned = (from: number, got: unknown) =>
  `cannot upgrade a scenario from version ${from}: its upgrade step returned ${describeValue(got)}, not an object`;

export const moreErrors = (count: number) => `…and ${count} more ${count === 1 ? 'problem' : 'problems'} not shown`;
export const moreDropped = (count: number) => `…and ${count} more unknown ${count === 1 ? 'field' : 'fields'}`;

/** `"a", "b" or "c"` */
function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((choice) => JSON.stringify(choice));
  const last = quoted.pop();
  return quoted.length === 0 ? (last ?? '') : `${quoted.join(', ')} or ${last}`;
}

/** A short, safe description of any value: `the string "0.5"`, `1.5`, `NaN`, `null`, `an object`, `an array`. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${describeString(value)}`;
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

/**
 * Characters that change how the text around them reads or shows nothing at all: controls, bidirectional
 * overrides, zero-width and other format characters, lone surrogates, unassigned code points.
 */
const INVISIBLE = /[\p{C}\u2028\u2029]/gu;
const escaped = (c: string) =>
  c
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/** A string in double quotes, escaped as JSON (and every invisible character as `\uXXXX`), cut to a readable length. */
export function describeString(value: string): string {
  const shown = cutText(value, SHOWN_STRING_LENGTH);
  const quoted = JSON.stringify(shown).replace(INVISIBLE, escaped);
  return shown.length === value.length ? quoted : `${quoted.slice(0, -1)}…"`;
}

/**
 * The path of a field inside `path`: `schemes[0].colour`, or `schemes[0]["odd key"]` for keys that are not
 * short plain names — so a key of any length or content is shown short and safe.
 */
export function fieldPath(path: string, key: string): string {
  if (key.length <= SHOWN_STRING_LENGTH && /^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${describeString(key)}]`;
}

/** How many fields a restore dropped, from its list of them (which ends in `moreDropped` when it was cut short). */
export function countDropped(dropped: readonly string[]): number {
  const more = /^…and (\d+) more unknown fields?$/.exec(dropped.at(-1) ?? '');
  return more ? dropped.length - 1 + Number(more[1]) : dropped.length;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
