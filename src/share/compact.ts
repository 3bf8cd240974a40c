/**
 * The compact form of a scenario inside a share link: short keys, and fields at their usual value
 * left out. It keeps the default scenario with a few edits under 1,000 characters as a link.
 *
 * This is transport, not validation: `expandScenario` renames keys and fills left-out fields at the
 * known places of the shape, and nothing else; restoreScenario then checks the result. Full-length
 * keys pass through unchanged, so plain scenario JSON expands to itself.
 *
 * Part of link format s1: SHORT_KEYS and the USUAL values may gain entries but never change one.
 */
import type { Scenario, Scheme } from '../model/scenario.ts';

/** Full key → short key. Every short key differs from every full key. */
const SHORT_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    version: 'v',
    name: 'n',
    startMonth: 'sm',
    horizonYears: 'h',
    discountRate: 'd',
    generalInflation: 'gi',
    perspective: 'p',
    schemes: 's',
    id: 'i',
    kind: 'k',
    enabled: 'e',
    capital: 'c',
    funding: 'f',
    capitalInflation: 'ci',
    residualValue: 'r',
    assetAppreciation: 'aa',
    openingMonth: 'o',
    placements: 'pl',
    block: 'b',
    otherSavings: 'os',
    feeInflation: 'fi',
    costInflation: 'co',
    label: 'l',
    amount: 'a',
    month: 'm',
    spreadMonths: 'sp',
    beds: 'be',
    occupancy: 'oc',
    inHouseWeeklyCost: 'iw',
    externalWeeklyFee: 'ew',
    costBasis: 'cb',
    inHouseAnnualCost: 'ia',
    doNothingAnnualCost: 'da',
    annual: 'an',
    fromMonth: 'fm',
    note: 'nt',
  }),
);
const FULL_KEYS: ReadonlyMap<string, string> = new Map([...SHORT_KEYS].map(([full, short]) => [short, full]));

type Usual = Readonly<Record<string, unknown>>;

/** Values left out of a link, per place in the shape. `version` is never left out: migrations read it. */
const USUAL_SCENARIO: Usual = { generalInflation: 0 };
const USUAL_SCHEME: Usual = {
  enabled: true,
  capital: [],
  funding: [],
  capitalInflation: 0,
  residualValue: 0,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: null,
  block: null,
  otherSavings: [],
  feeInflation: 0,
  costInflation: 0,
};
const USUAL_CAPITAL: Usual = { label: '', month: 0, spreadMonths: 1 };
const USUAL_FUNDING: Usual = { label: '', month: 0 };
const USUAL_PLACEMENTS: Usual = { costBasis: 'perOccupiedBed' };
const USUAL_BLOCK: Usual = {};
const USUAL_OTHER_SAVING: Usual = { label: '' };

/** Lists longer than restoreScenario accepts are left for it to refuse, not walked. */
const MAX_WALKED_ITEMS = 500;

type Json = Record<string, unknown>;

export function compactScenario(scenario: Scenario): Json {
  return shorten({ ...scenario, schemes: scenario.schemes.map(compactScheme) }, USUAL_SCENARIO);
}

function compactScheme(scheme: Scheme): Json {
  return shorten(
    {
      ...scheme,
      capital: scheme.capital.map((item) => shorten(item, USUAL_CAPITAL)),
      funding: scheme.funding.map((item) => shorten(item, USUAL_FUNDING)),
      otherSavings: scheme.otherSavings.map((line) => shorten(line, USUAL_OTHER_SAVING)),
      placements: scheme.placements && shorten(scheme.placements, USUAL_PLACEMENTS),
      block: scheme.block && shorten(scheme.block, USUAL_BLOCK),
    },
    USUAL_SCHEME,
  );
}

/** Undoes compactScenario on untrusted JSON. Touches only own keys at the known places; never recurses further. */
export function expandScenario(compact: Json): Json {
  const scenario = lengthen(compact, USUAL_SCENARIO);
  mapList(scenario, 'schemes', (scheme) => {
    if (!isObject(scheme)) return scheme;
    const expanded = lengthen(scheme, USUAL_SCHEME);
    mapList(expanded, 'capital', (item) => (isObject(item) ? lengthen(item, USUAL_CAPITAL) : item));
    mapList(expanded, 'funding', (item) => (isObject(item) ? lengthen(item, USUAL_FUNDING) : item));
    mapList(expanded, 'otherSavings', (line) => (isObject(line) ? lengthen(line, USUAL_OTHER_SAVING) : line));
    for (const [key, usual] of [
      ['placements', USUAL_PLACEMENTS],
      ['block', USUAL_BLOCK],
    ] as const) {
      const value = own(expanded, key);
      if (isObject(value)) define(expanded, key, lengthen(value, usual));
    }
    return expanded;
  });
  return scenario;
}

/** `record` under short keys, without the fields that hold their usual value. */
function shorten(record: object, usual: Usual): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (Object.hasOwn(usual, key) && isUsual(value, usual[key])) continue;
    out[SHORT_KEYS.get(key) ?? key] = value;
  }
  return out;
}

function isUsual(value: unknown, usual: unknown): boolean {
  return Array.isArray(usual) ? Array.isArray(value) && value.length === 0 : value === usual;
}

/** A fresh object with full keys, and the usual value for each usual field left out. */
function lengthen(record: Json, usual: Usual): Json {
  const out: Json = {};
  for (const key of Object.keys(record)) define(out, FULL_KEYS.get(key) ?? key, own(record, key));
  for (const [key, value] of Object.entries(usual)) {
    if (!Object.hasOwn(out, key)) define(out, key, Array.isArray(value) ? [] : value);
  }
  return out;
}

function mapList(record: Json, key: string, map: (item: unknown) => unknown): void {
  const list = own(record, key);
  if (!Array.isArray(list) || list.length > MAX_WALKED_ITEMS) return;
  define(record, key, Array.from(list, map));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(record, key)?.value;
}

/** Sets an own data property even for `__proto__`, which plain assignment would turn into a prototype change. */
function define(record: Json, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
