/**
 * The one door for untrusted scenario data: share links, imported files and stored records all come
 * in through `restoreScenario`. It reads the version, runs the numbered migrations, then rebuilds the
 * Scenario from known fields only, into fresh plain objects, checking every rule below.
 *
 * Rules (MODEL.md's tables; where MODEL.md is silent, a bound a finance officer would not hit — marked *):
 *
 *   field                                      allowed
 *   version                                    whole number ≥ 1; newer than CURRENT_VERSION is refused
 *   name                                       string, ≤ 200 characters*, required (may be empty)
 *   startMonth                                 `YYYY-MM`, month 01–12, year 1900–2200*
 *   horizonYears                               whole number 1 … 40
 *   discountRate                               −0.5 … 1
 *   generalInflation                           −0.5 … 1; left out: 0
 *   perspective                                "council" | "whole"
 *   schemes                                    array of 0 … 500* schemes
 *   note                                       string ≤ 2000 characters*; left out, empty or only spaces: no note
 *   schemes[i].id                              non-empty string ≤ 64 characters*, unique among schemes
 *   schemes[i].name                            string ≤ 200 characters*
 *   schemes[i].kind                            "home" | "team" | "programme"
 *   schemes[i].enabled                         true | false
 *   schemes[i].capital                         array of ≤ 100* items:
 *     .label                                     string ≤ 200 characters*
 *     .amount                                    0 … 1e10* (pounds)
 *     .month                                     whole number 0 … 480* (40 years)
 *     .spreadMonths                              whole number 1 … 480*; left out: 1
 *   schemes[i].funding                         array of ≤ 100* items: label, amount, month as for capital
 *   schemes[i].capitalInflation, .feeInflation,
 *     .costInflation, .assetAppreciation       −0.5 … 1*
 *   schemes[i].residualValue                   0 … 1e10*
 *   schemes[i].openingMonth                    whole number 0 … 480*
 *   schemes[i].placements                      null, or:
 *     .beds                                      whole number 0 … 1000*
 *     .occupancy                                 0 … 1
 *     .inHouseWeeklyCost, .externalWeeklyFee     0 … 1e6*
 *     .costBasis                                 "perOccupiedBed" | "perBed"
 *   schemes[i].block                           null, or: .inHouseAnnualCost, .doNothingAnnualCost 0 … 1e9*
 *   schemes[i].otherSavings                    array of ≤ 100* items:
 *     .label                                     string ≤ 200 characters*
 *     .annual                                    −1e9 … 1e9*
 *     .fromMonth                                 whole number 0 … 480*; left out: stays left out (= openingMonth)
 *   schemes[i].note                            as the scenario's note
 *
 * Every number must be a finite JS number: "0.5", NaN and Infinity (JSON's 1e400) are refused.
 * A missing required field is an error; a field the scenario does not know is dropped and its path
 * listed in `dropped`. All errors are collected (up to MAX_ERRORS), each naming the field's path and
 * the bad value: `schemes[2].placements.occupancy: must be between 0 and 1, got 1.5`.
 *
 * Hostile input: fields are read as own data properties only (so `__proto__`, `constructor` and
 * inherited or getter values are never followed), the output is built from object literals, only the
 * known shape is walked (deep nesting anywhere else is never recursed into), and arrays over their
 * cap are refused before any item is read.
 */
import {
  FIRST_YEAR,
  ID_LENGTH,
  LAST_YEAR,
  MAX_LINES,
  MAX_SCHEMES,
  NOTE_LENGTH,
  NUMBER_RULES,
  TEXT_LENGTH,
  type NumberRule,
} from './fieldRules.ts';
import { CURRENT_VERSION, isRecord, migrate, ownValue } from './migrations.ts';
import { noteOf, withNote } from './notes.ts';
import {
  COST_BASES,
  PERSPECTIVES,
  SCHEME_KINDS,
  type Block,
  type CapitalItem,
  type FundingItem,
  type OtherSaving,
  type Placements,
  type Scenario,
  type Scheme,
} from './scenario.ts';
import {
  IS_REQUIRED,
  MUST_NOT_BE_EMPTY,
  ROOT_PATH,
  fieldPath,
  itemPath,
  moreDropped,
  moreErrors,
  mustBeArray,
  mustBeAtMostCharacters,
  mustBeBetween,
  mustBeBoolean,
  mustBeFinite,
  mustBeMonth,
  mustBeNumber,
  mustBeObject,
  mustBeObjectOrNull,
  mustBeOneOf,
  mustBeString,
  mustBeUnique,
  mustBeWholeBetween,
  mustHaveAtMostItems,
} from './validationMessages.ts';

export type RestoreResult = { ok: true; scenario: Scenario; dropped: string[] } | { ok: false; errors: string[] };

/** At most this many errors are listed (then one line says how many more). */
export const MAX_ERRORS = 20;
/** At most this many dropped fields are listed (then one line says how many more). */
export const MAX_DROPPED = 50;

const {
  rate: RATE,
  money: MONEY,
  month: MONTH,
  spreadMonths: SPREAD_MONTHS,
  horizonYears: HORIZON_YEARS,
  beds: BEDS,
  occupancy: OCCUPANCY,
  weeklyMoney: WEEKLY_MONEY,
  annualMoney: ANNUAL_MONEY,
  annualSaving: ANNUAL_SAVING,
} = NUMBER_RULES;

const SCENARIO_FIELDS: readonly (keyof Scenario)[] = [
  'version',
  'name',
  'startMonth',
  'horizonYears',
  'discountRate',
  'generalInflation',
  'perspective',
  'schemes',
  'note',
];
const SCHEME_FIELDS: readonly (keyof Scheme)[] = [
  'id',
  'name',
  'kind',
  'enabled',
  'capital',
  'funding',
  'capitalInflation',
  'residualValue',
  'assetAppreciation',
  'openingMonth',
  'placements',
  'block',
  'otherSavings',
  'feeInflation',
  'costInflation',
  'note',
];
const CAPITAL_FIELDS: readonly (keyof CapitalItem)[] = ['label', 'amount', 'month', 'spreadMonths'];
const FUNDING_FIELDS: readonly (keyof FundingItem)[] = ['label', 'amount', 'month'];
const PLACEMENTS_FIELDS: readonly (keyof Placements)[] = ['beds', 'occupancy', 'inHouseWeeklyCost', 'externalWeeklyFee', 'costBasis'];
const BLOCK_FIELDS: readonly (keyof Block)[] = ['inHouseAnnualCost', 'doNothingAnnualCost'];
const OTHER_SAVING_FIELDS: readonly (keyof OtherSaving)[] = ['label', 'annual', 'fromMonth'];

/** Validates and rebuilds a scenario from anything (parsed JSON, a stored record). Never throws on data. */
export function restoreScenario(input: unknown): RestoreResult {
  if (!isRecord(input)) return { ok: false, errors: [`${ROOT_PATH}: ${mustBeObject(input)}`] };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };

  const walk: Walk = { errors: [], hiddenErrors: 0, dropped: [], hiddenDropped: 0, schemeIds: new Map() };
  const scenario = readScenario(walk, migrated.raw);
  if (walk.errors.length > 0) {
    const more = walk.hiddenErrors > 0 ? [moreErrors(walk.hiddenErrors)] : [];
    return { ok: false, errors: [...walk.errors, ...more] };
  }
  const more = walk.hiddenDropped > 0 ? [moreDropped(walk.hiddenDropped)] : [];
  return { ok: true, scenario, dropped: [...walk.dropped, ...more] };
}

/** What one restore has found so far. */
interface Walk {
  errors: string[];
  hiddenErrors: number;
  dropped: string[];
  hiddenDropped: number;
  /** scheme id → path of the scheme that used it first (a Map: ids like "__proto__" are just strings here) */
  schemeIds: Map<string, string>;
}

function fail(walk: Walk, path: string, message: string): void {
  if (walk.errors.length < MAX_ERRORS) walk.errors.push(`${path}: ${message}`);
  else walk.hiddenErrors += 1;
}

function dropUnknown(walk: Walk, record: Record<string, unknown>, path: string, known: readonly string[]): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    if (walk.dropped.length < MAX_DROPPED) walk.dropped.push(fieldPath(path, key));
    else walk.hiddenDropped += 1;
  }
}

function readScenario(walk: Walk, raw: Record<string, unknown>): Scenario {
  dropUnknown(walk, raw, '', SCENARIO_FIELDS);
  const scenario: Scenario = {
    version: CURRENT_VERSION,
    name: readText(walk, raw, '', 'name', TEXT_LENGTH),
    startMonth: readStartMonth(walk, raw),
    horizonYears: readNumber(walk, raw, '', 'horizonYears', HORIZON_YEARS),
    discountRate: readNumber(walk, raw, '', 'discountRate', RATE),
    generalInflation: readOptionalNumber(walk, raw, '', 'generalInflation', RATE) ?? 0,
    perspective: readChoice(walk, raw, '', 'perspective', PERSPECTIVES),
    schemes: readList(walk, raw, '', 'schemes', MAX_SCHEMES, readScheme),
  };
  return withNote(scenario, readNote(walk, raw, ''));
}

function readScheme(walk: Walk, value: unknown, path: string): Scheme | undefined {
  const raw = readObject(walk, value, path, SCHEME_FIELDS);
  if (raw === undefined) return undefined;
  const scheme: Scheme = {
    id: readSchemeId(walk, raw, path),
    name: readText(walk, raw, path, 'name', TEXT_LENGTH),
    kind: readChoice(walk, raw, path, 'kind', SCHEME_KINDS),
    enabled: readBoolean(walk, raw, path, 'enabled'),
    capital: readList(walk, raw, path, 'capital', MAX_LINES, readCapitalItem),
    funding: readList(walk, raw, path, 'funding', MAX_LINES, readFundingItem),
    capitalInflation: readNumber(walk, raw, path, 'capitalInflation', RATE),
    residualValue: readNumber(walk, raw, path, 'residualValue', MONEY),
    assetAppreciation: readNumber(walk, raw, path, 'assetAppreciation', RATE),
    openingMonth: readNumber(walk, raw, path, 'openingMonth', MONTH),
    placements: readNullable(walk, raw, path, 'placements', PLACEMENTS_FIELDS, readPlacements),
    block: readNullable(walk, raw, path, 'block', BLOCK_FIELDS, readBlock),
    otherSavings: readList(walk, raw, path, 'otherSavings', MAX_LINES, readOtherSaving),
    feeInflation: readNumber(walk, raw, path, 'feeInflation', RATE),
    costInflation: readNumber(walk, raw, path, 'costInflation', RATE),
  };
  return withNote(scheme, readNote(walk, raw, path));
}

function readSchemeId(walk: Walk, raw: Record<string, unknown>, path: string): string {
  const id = readText(walk, raw, path, 'id', ID_LENGTH);
  if (id !== ownValue(raw, 'id')) return id; // already refused as not a string or too long
  if (id === '') {
    fail(walk, fieldPath(path, 'id'), MUST_NOT_BE_EMPTY);
    return id;
  }
  const firstUser = walk.schemeIds.get(id);
  if (firstUser === undefined) walk.schemeIds.set(id, path);
  else fail(walk, fieldPath(path, 'id'), mustBeUnique(id, firstUser));
  return id;
}

function readCapitalItem(walk: Walk, value: unknown, path: string): CapitalItem | undefined {
  const raw = readObject(walk, value, path, CAPITAL_FIELDS);
  if (raw === undefined) return undefined;
  return {
    label: readText(walk, raw, path, 'label', TEXT_LENGTH),
    amount: readNumber(walk, raw, path, 'amount', MONEY),
    month: readNumber(walk, raw, path, 'month', MONTH),
    spreadMonths: readOptionalNumber(walk, raw, path, 'spreadMonths', SPREAD_MONTHS) ?? 1,
  };
}

function readFundingItem(walk: Walk, value: unknown, path: string): FundingItem | undefined {
  const raw = readObject(walk, value, path, FUNDING_FIELDS);
  if (raw === undefined) return undefined;
  return {
    label: readText(walk, raw, path, 'label', TEXT_LENGTH),
    amount: readNumber(walk, raw, path, 'amount', MONEY),
    month: readNumber(walk, raw, path, 'month', MONTH),
  };
}

function readPlacements(walk: Walk, raw: Record<string, unknown>, path: string): Placements {
  return {
    beds: readNumber(walk, raw, path, 'beds', BEDS),
    occupancy: readNumber(walk, raw, path, 'occupancy', OCCUPANCY),
    inHouseWeeklyCost: readNumber(walk, raw, path, 'inHouseWeeklyCost', WEEKLY_MONEY),
    externalWeeklyFee: readNumber(walk, raw, path, 'externalWeeklyFee', WEEKLY_MONEY),
    costBasis: readChoice(walk, raw, path, 'costBasis', COST_BASES),
  };
}

function readBlock(walk: Walk, raw: Record<string, unknown>, path: string): Block {
  return {
    inHouseAnnualCost: readNumber(walk, raw, path, 'inHouseAnnualCost', ANNUAL_MONEY),
    doNothingAnnualCost: readNumber(walk, raw, path, 'doNothingAnnualCost', ANNUAL_MONEY),
  };
}

function readOtherSaving(walk: Walk, value: unknown, path: string): OtherSaving | undefined {
  const raw = readObject(walk, value, path, OTHER_SAVING_FIELDS);
  if (raw === undefined) return undefined;
  const saving: OtherSaving = {
    label: readText(walk, raw, path, 'label', TEXT_LENGTH),
    annual: readNumber(walk, raw, path, 'annual', ANNUAL_SAVING),
  };
  const fromMonth = readOptionalNumber(walk, raw, path, 'fromMonth', MONTH);
  if (fromMonth !== undefined) saving.fromMonth = fromMonth;
  return saving;
}

// ---- field readers. On a bad value they record an error and return a stand-in of the right type:
// ---- a scenario with any error is thrown away, so the stand-in is never seen.

function readObject(walk: Walk, value: unknown, path: string, known: readonly string[]): Record<string, unknown> | undefined {
  if (value === undefined) {
    fail(walk, path, IS_REQUIRED);
    return undefined;
  }
  if (!isRecord(value)) {
    fail(walk, path, mustBeObject(value));
    return undefined;
  }
  dropUnknown(walk, value, path, known);
  return value;
}

function readNullable<T>(
  walk: Walk,
  record: Record<string, unknown>,
  path: string,
  key: string,
  known: readonly string[],
  read: (walk: Walk, raw: Record<string, unknown>, path: string) => T,
): T | null {
  const at = fieldPath(path, key);
  const value = ownValue(record, key);
  if (value === undefined) {
    fail(walk, at, IS_REQUIRED);
    return null;
  }
  if (value === null) return null;
  if (!isRecord(value)) {
    fail(walk, at, mustBeObjectOrNull(value));
    return null;
  }
  dropUnknown(walk, value, at, known);
  return read(walk, value, at);
}

function readList<T>(
  walk: Walk,
  record: Record<string, unknown>,
  path: string,
  key: string,
  maxItems: number,
  readItem: (walk: Walk, value: unknown, path: string) => T | undefined,
): T[] {
  const at = fieldPath(path, key);
  const value = ownValue(record, key);
  if (value === undefined) {
    fail(walk, at, IS_REQUIRED);
    return [];
  }
  if (!Array.isArray(value)) {
    fail(walk, at, mustBeArray(value));
    return [];
  }
  // Refused before any item is read: a hostile length costs nothing.
  if (value.length > maxItems) {
    fail(walk, at, mustHaveAtMostItems(maxItems, value.length));
    return [];
  }
  const items: T[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const item = readItem(walk, ownValue(value, String(index)), itemPath(at, index));
    if (item !== undefined) items.push(item);
  }
  return items;
}

function readNumber(walk: Walk, record: Record<string, unknown>, path: string, key: string, rule: NumberRule): number {
  const value = ownValue(record, key);
  if (value === undefined) {
    fail(walk, fieldPath(path, key), IS_REQUIRED);
    return rule.min;
  }
  return checkNumber(walk, value, fieldPath(path, key), rule);
}

/** `undefined` when the field is left out (the caller supplies the default). */
function readOptionalNumber(walk: Walk, record: Record<string, unknown>, path: string, key: string, rule: NumberRule): number | undefined {
  const value = ownValue(record, key);
  return value === undefined ? undefined : checkNumber(walk, value, fieldPath(path, key), rule);
}

function checkNumber(walk: Walk, value: unknown, path: string, rule: NumberRule): number {
  if (typeof value !== 'number') {
    fail(walk, path, mustBeNumber(value));
    return rule.min;
  }
  if (!Number.isFinite(value)) {
    fail(walk, path, mustBeFinite(value));
    return rule.min;
  }
  if (rule.whole === true && !Number.isInteger(value)) {
    fail(walk, path, mustBeWholeBetween(rule.min, rule.max, value));
    return rule.min;
  }
  if (value < rule.min || value > rule.max) {
    const message = rule.whole === true ? mustBeWholeBetween : mustBeBetween;
    fail(walk, path, message(rule.min, rule.max, value));
    return rule.min;
  }
  return value;
}

function readText(walk: Walk, record: Record<string, unknown>, path: string, key: string, maxLength: number): string {
  const value = ownValue(record, key);
  const at = fieldPath(path, key);
  if (value === undefined) {
    fail(walk, at, IS_REQUIRED);
    return '';
  }
  if (typeof value !== 'string') {
    fail(walk, at, mustBeString(value));
    return '';
  }
  if (value.length > maxLength) {
    fail(walk, at, mustBeAtMostCharacters(maxLength, value.length));
    return '';
  }
  return value;
}

/** A note: `undefined` when it is left out, empty or only spaces (notes.ts); a longer one than NOTE_LENGTH is refused. */
function readNote(walk: Walk, record: Record<string, unknown>, path: string): string | undefined {
  if (ownValue(record, 'note') === undefined) return undefined;
  return noteOf(readText(walk, record, path, 'note', NOTE_LENGTH));
}

function readChoice<T extends string>(walk: Walk, record: Record<string, unknown>, path: string, key: string, choices: readonly T[]): T {
  const value = ownValue(record, key);
  const at = fieldPath(path, key);
  const found = choices.find((choice) => choice === value);
  if (found !== undefined) return found;
  fail(walk, at, value === undefined ? IS_REQUIRED : mustBeOneOf(choices, value));
  return choices[0] as T;
}

function readBoolean(walk: Walk, record: Record<string, unknown>, path: string, key: string): boolean {
  const value = ownValue(record, key);
  if (typeof value === 'boolean') return value;
  fail(walk, fieldPath(path, key), value === undefined ? IS_REQUIRED : mustBeBoolean(value));
  return false;
}

function readStartMonth(walk: Walk, record: Record<string, unknown>): string {
  const value = ownValue(record, 'startMonth');
  const first = `${FIRST_YEAR}-01`;
  const last = `${LAST_YEAR}-12`;
  if (value === undefined) {
    fail(walk, 'startMonth', IS_REQUIRED);
    return first;
  }
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (match === null) {
    fail(walk, 'startMonth', mustBeMonth(first, last, value));
    return first;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) {
    fail(walk, 'startMonth', mustBeMonth(first, last, value));
    return first;
  }
  return match[0];
}
