import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DROPPED, MAX_ERRORS, restoreScenario, type RestoreResult } from '../../src/model/restore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { countDropped } from '../../src/model/validationMessages.ts';
import { arbScenario } from './arbitraries.ts';

/** A valid scenario touching every field: two homes, a team, a programme. A fresh copy on every call. */
function validScenario(): Record<string, unknown> {
  return {
    version: 2,
    name: 'Test portfolio',
    startMonth: '2021-04',
    horizonYears: 10,
    discountRate: 0.035,
    generalInflation: 0.02,
    perspective: 'council',
    schemes: [
      {
        id: 'p1',
        name: 'Property 1',
        kind: 'home',
        enabled: true,
        capital: [{ label: 'Purchase', amount: 385000, month: 0, spreadMonths: 1 }],
        funding: [{ label: 'DfE match funding', amount: 100000, month: 6 }],
        capitalInflation: 0.03,
        residualValue: 385000,
        assetAppreciation: 0.02,
        openingMonth: 3,
        placements: { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3953, externalWeeklyFee: 5117, costBasis: 'perOccupiedBed' },
        block: null,
        otherSavings: [{ label: 'Travel', annual: 52000, fromMonth: 6 }],
        feeInflation: 0.04,
        costInflation: 0.03,
      },
      {
        id: 'p2',
        name: 'Property 2',
        kind: 'home',
        enabled: false,
        capital: [{ label: 'Works', amount: 40000, month: 2, spreadMonths: 6 }],
        funding: [],
        capitalInflation: 0,
        residualValue: 0,
        assetAppreciation: 0,
        openingMonth: 0,
        placements: { beds: 2, occupancy: 1, inHouseWeeklyCost: 4000, externalWeeklyFee: 6000, costBasis: 'perBed' },
        block: null,
        otherSavings: [],
        feeInflation: 0,
        costInflation: 0,
      },
      {
        id: 'art',
        name: 'ART',
        kind: 'team',
        enabled: true,
        capital: [],
        funding: [],
        capitalInflation: 0,
        residualValue: 0,
        assetAppreciation: 0,
        openingMonth: 0,
        placements: null,
        block: { inHouseAnnualCost: 411840, doNothingAnnualCost: 450000 },
        otherSavings: [{ label: 'Staff', annual: -5000 }],
        feeInflation: 0,
        costInflation: 0,
      },
      {
        id: 'cip',
        name: 'Change programme',
        kind: 'programme',
        enabled: true,
        capital: [],
        funding: [],
        capitalInflation: 0,
        residualValue: 0,
        assetAppreciation: 0,
        openingMonth: 12,
        placements: null,
        block: null,
        otherSavings: [],
        feeInflation: 0,
        costInflation: 0,
      },
    ],
  };
}

const LEFT_OUT = Symbol('left out');

/** A valid scenario with the field at `path` (`schemes.0.placements.occupancy`) set to `value`, or deleted. */
function scenarioWith(path: string, value: unknown): Record<string, unknown> {
  const scenario = validScenario();
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = scenario as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === LEFT_OUT) delete target[last];
  else target[last] = value;
  return scenario;
}

function errorsOf(result: RestoreResult): string[] {
  if (result.ok) throw new Error(`expected a refusal, got ok (dropped: ${result.dropped.join(', ')})`);
  return result.errors;
}

function restored(result: RestoreResult): { scenario: Scenario; dropped: string[] } {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.errors.join('\n')}`);
  return result;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('restoreScenario accepts valid scenarios', () => {
  it('gives back a valid scenario field for field, with nothing dropped', () => {
    const { scenario, dropped } = restored(restoreScenario(validScenario()));
    expect(scenario).toStrictEqual(validScenario());
    expect(dropped).toEqual([]);
  });

  it('fills generalInflation with 0 when it is left out', () => {
    const { scenario } = restored(restoreScenario(scenarioWith('generalInflation', LEFT_OUT)));
    expect(scenario.generalInflation).toBe(0);
  });

  it('fills spreadMonths with 1 when it is left out', () => {
    const { scenario } = restored(restoreScenario(scenarioWith('schemes.1.capital.0.spreadMonths', LEFT_OUT)));
    expect(scenario.schemes[1]?.capital[0]?.spreadMonths).toBe(1);
  });

  it('keeps fromMonth left out when it is left out', () => {
    const { scenario } = restored(restoreScenario(validScenario()));
    const staff = scenario.schemes[2]?.otherSavings[0];
    expect(staff).toStrictEqual({ label: 'Staff', annual: -5000 });
    expect(Object.hasOwn(staff ?? {}, 'fromMonth')).toBe(false);
  });

  it('accepts every bound itself', () => {
    const edges: [string, unknown][] = [
      ['horizonYears', 1],
      ['horizonYears', 40],
      ['discountRate', -0.5],
      ['discountRate', 1],
      ['generalInflation', -0.5],
      ['startMonth', '1900-01'],
      ['startMonth', '2200-12'],
      ['schemes.0.placements.occupancy', 0],
      ['schemes.0.placements.occupancy', 1],
      ['schemes.0.placements.beds', 1000],
      ['schemes.0.placements.externalWeeklyFee', 1e6],
      ['schemes.0.capital.0.amount', 1e10],
      ['schemes.0.capital.0.month', 480],
      ['schemes.0.capital.0.spreadMonths', 480],
      ['schemes.0.openingMonth', 480],
      ['schemes.0.residualValue', 1e10],
      ['schemes.2.block.doNothingAnnualCost', 1e9],
      ['schemes.2.otherSavings.0.annual', -1e9],
      ['schemes.0.otherSavings.0.fromMonth', 0],
      ['schemes.0.id', 'x'.repeat(64)],
      ['name', 'n'.repeat(200)],
      ['name', ''],
      ['schemes', []],
    ];
    for (const [path, value] of edges) {
      expect(restoreScenario(scenarioWith(path, value)).ok, `${path} = ${String(value)}`).toBe(true);
    }
  });

  describe('the conformance scenarios', () => {
    const folder = new URL('../fixtures/conformance/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.scenario.json'));

    it('are there to test', () => {
      expect(files.length).toBeGreaterThanOrEqual(2);
    });

    it.each(files)('%s restores to itself, with only the defaults filled in', (file) => {
      const raw = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Record<string, unknown>;
      const { scenario, dropped } = restored(restoreScenario(raw));
      expect(dropped).toEqual([]);
      expect(scenario).toStrictEqual(withDefaults(raw));
    });
  });
});

/**
 * MODEL.md's defaults, filled into a raw scenario by hand: generalInflation 0, spreadMonths 1; and the version
 * now read (the conformance files are version 1, which the 1 → 2 step brings up unchanged otherwise).
 */
function withDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  const filled = structuredClone(raw);
  filled.version = 2;
  filled.generalInflation ??= 0;
  for (const scheme of filled.schemes as { capital: { spreadMonths?: number }[] }[]) {
    for (const item of scheme.capital) item.spreadMonths ??= 1;
  }
  return filled;
}

describe('restoreScenario refuses each broken rule, naming the field and the bad value', () => {
  const tooLong = (length: number) => 'x'.repeat(length);
  const cases: [path: string, value: unknown, message: string][] = [
    // the scenario
    ['name', LEFT_OUT, 'name: is required'],
    ['name', 5, 'name: must be a string, got 5'],
    ['name', tooLong(201), 'name: must be at most 200 characters long, got 201 characters'],
    ['startMonth', LEFT_OUT, 'startMonth: is required'],
    ['startMonth', '2021-13', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2021-13"'],
    ['startMonth', '2021-00', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2021-00"'],
    ['startMonth', '1899-12', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "1899-12"'],
    ['startMonth', '2201-01', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2201-01"'],
    ['startMonth', '2021-4', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2021-4"'],
    ['startMonth', '2021-04\n', 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2021-04\\n"'],
    ['startMonth', 202104, 'startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got 202104'],
    ['horizonYears', LEFT_OUT, 'horizonYears: is required'],
    ['horizonYears', 0, 'horizonYears: must be a whole number between 1 and 40, got 0'],
    ['horizonYears', 41, 'horizonYears: must be a whole number between 1 and 40, got 41'],
    ['horizonYears', 10.5, 'horizonYears: must be a whole number between 1 and 40, got 10.5'],
    ['horizonYears', '10', 'horizonYears: must be a number, got the string "10"'],
    ['discountRate', LEFT_OUT, 'discountRate: is required'],
    ['discountRate', -0.51, 'discountRate: must be between -0.5 and 1, got -0.51'],
    ['discountRate', 1.01, 'discountRate: must be between -0.5 and 1, got 1.01'],
    ['discountRate', '0.035', 'discountRate: must be a number, got the string "0.035"'],
    ['generalInflation', 2, 'generalInflation: must be between -0.5 and 1, got 2'],
    ['generalInflation', null, 'generalInflation: must be a number, got null'],
    ['perspective', LEFT_OUT, 'perspective: is required'],
    ['perspective', 'both', 'perspective: must be "council" or "whole", got the string "both"'],
    ['schemes', LEFT_OUT, 'schemes: is required'],
    ['schemes', {}, 'schemes: must be an array, got an object'],
    ['schemes', new Array(501).fill(null), 'schemes: must have at most 500 items, got 501'],
    // a scheme
    ['schemes.1', null, 'schemes[1]: must be an object, got null'],
    ['schemes.1', [], 'schemes[1]: must be an object, got an array'],
    ['schemes.0.id', LEFT_OUT, 'schemes[0].id: is required'],
    ['schemes.0.id', '', 'schemes[0].id: must not be empty'],
    ['schemes.0.id', 7, 'schemes[0].id: must be a string, got 7'],
    ['schemes.0.id', tooLong(65), 'schemes[0].id: must be at most 64 characters long, got 65 characters'],
    ['schemes.3.id', 'p1', 'schemes[3].id: must be unique, "p1" is used by schemes[0]'],
    ['schemes.0.name', LEFT_OUT, 'schemes[0].name: is required'],
    ['schemes.0.name', tooLong(201), 'schemes[0].name: must be at most 200 characters long, got 201 characters'],
    ['schemes.0.kind', 'house', 'schemes[0].kind: must be "home", "team" or "programme", got the string "house"'],
    ['schemes.0.kind', LEFT_OUT, 'schemes[0].kind: is required'],
    ['schemes.0.enabled', 'yes', 'schemes[0].enabled: must be true or false, got the string "yes"'],
    ['schemes.0.enabled', 1, 'schemes[0].enabled: must be true or false, got 1'],
    ['schemes.0.enabled', LEFT_OUT, 'schemes[0].enabled: is required'],
    ['schemes.0.capitalInflation', 1.5, 'schemes[0].capitalInflation: must be between -0.5 and 1, got 1.5'],
    ['schemes.0.feeInflation', -0.6, 'schemes[0].feeInflation: must be between -0.5 and 1, got -0.6'],
    ['schemes.0.costInflation', LEFT_OUT, 'schemes[0].costInflation: is required'],
    ['schemes.0.assetAppreciation', 3, 'schemes[0].assetAppreciation: must be between -0.5 and 1, got 3'],
    ['schemes.0.residualValue', -1, 'schemes[0].residualValue: must be between 0 and 10000000000, got -1'],
    ['schemes.0.residualValue', 1e11, 'schemes[0].residualValue: must be between 0 and 10000000000, got 100000000000'],
    ['schemes.0.openingMonth', 481, 'schemes[0].openingMonth: must be a whole number between 0 and 480, got 481'],
    ['schemes.0.openingMonth', 0.5, 'schemes[0].openingMonth: must be a whole number between 0 and 480, got 0.5'],
    // capital and funding
    ['schemes.0.capital', LEFT_OUT, 'schemes[0].capital: is required'],
    ['schemes.0.capital', 'lots', 'schemes[0].capital: must be an array, got the string "lots"'],
    ['schemes.0.capital', new Array(101).fill(null), 'schemes[0].capital: must have at most 100 items, got 101'],
    ['schemes.0.capital.0', 385000, 'schemes[0].capital[0]: must be an object, got 385000'],
    ['schemes.0.capital.0.label', LEFT_OUT, 'schemes[0].capital[0].label: is required'],
    ['schemes.0.capital.0.label', tooLong(201), 'schemes[0].capital[0].label: must be at most 200 characters long, got 201 characters'],
    ['schemes.0.capital.0.amount', -1, 'schemes[0].capital[0].amount: must be between 0 and 10000000000, got -1'],
    ['schemes.0.capital.0.amount', 1e10 + 1, 'schemes[0].capital[0].amount: must be between 0 and 10000000000, got 10000000001'],
    ['schemes.0.capital.0.month', -1, 'schemes[0].capital[0].month: must be a whole number between 0 and 480, got -1'],
    ['schemes.0.capital.0.month', 1.5, 'schemes[0].capital[0].month: must be a whole number between 0 and 480, got 1.5'],
    ['schemes.0.capital.0.spreadMonths', 0, 'schemes[0].capital[0].spreadMonths: must be a whole number between 1 and 480, got 0'],
    ['schemes.0.capital.0.spreadMonths', 481, 'schemes[0].capital[0].spreadMonths: must be a whole number between 1 and 480, got 481'],
    ['schemes.0.capital.0.spreadMonths', null, 'schemes[0].capital[0].spreadMonths: must be a number, got null'],
    ['schemes.0.funding', LEFT_OUT, 'schemes[0].funding: is required'],
    ['schemes.0.funding', new Array(101).fill(null), 'schemes[0].funding: must have at most 100 items, got 101'],
    ['schemes.0.funding.0.label', 3, 'schemes[0].funding[0].label: must be a string, got 3'],
    ['schemes.0.funding.0.amount', -5, 'schemes[0].funding[0].amount: must be between 0 and 10000000000, got -5'],
    ['schemes.0.funding.0.month', 500, 'schemes[0].funding[0].month: must be a whole number between 0 and 480, got 500'],
    // placements and block
    ['schemes.0.placements', LEFT_OUT, 'schemes[0].placements: is required'],
    ['schemes.0.placements', 'none', 'schemes[0].placements: must be an object or null, got the string "none"'],
    ['schemes.0.placements.beds', 1001, 'schemes[0].placements.beds: must be a whole number between 0 and 1000, got 1001'],
    ['schemes.0.placements.beds', 2.5, 'schemes[0].placements.beds: must be a whole number between 0 and 1000, got 2.5'],
    ['schemes.0.placements.occupancy', 1.5, 'schemes[0].placements.occupancy: must be between 0 and 1, got 1.5'],
    ['schemes.0.placements.occupancy', -0.1, 'schemes[0].placements.occupancy: must be between 0 and 1, got -0.1'],
    [
      'schemes.0.placements.inHouseWeeklyCost',
      1e6 + 1,
      'schemes[0].placements.inHouseWeeklyCost: must be between 0 and 1000000, got 1000001',
    ],
    ['schemes.0.placements.externalWeeklyFee', -1, 'schemes[0].placements.externalWeeklyFee: must be between 0 and 1000000, got -1'],
    [
      'schemes.0.placements.costBasis',
      'perRoom',
      'schemes[0].placements.costBasis: must be "perOccupiedBed" or "perBed", got the string "perRoom"',
    ],
    ['schemes.2.block', LEFT_OUT, 'schemes[2].block: is required'],
    ['schemes.2.block', [], 'schemes[2].block: must be an object or null, got an array'],
    ['schemes.2.block.inHouseAnnualCost', 1e9 + 1, 'schemes[2].block.inHouseAnnualCost: must be between 0 and 1000000000, got 1000000001'],
    ['schemes.2.block.doNothingAnnualCost', LEFT_OUT, 'schemes[2].block.doNothingAnnualCost: is required'],
    // other savings
    ['schemes.0.otherSavings', LEFT_OUT, 'schemes[0].otherSavings: is required'],
    ['schemes.0.otherSavings', new Array(101).fill(null), 'schemes[0].otherSavings: must have at most 100 items, got 101'],
    ['schemes.0.otherSavings.0.label', LEFT_OUT, 'schemes[0].otherSavings[0].label: is required'],
    [
      'schemes.0.otherSavings.0.annual',
      -1e9 - 1,
      'schemes[0].otherSavings[0].annual: must be between -1000000000 and 1000000000, got -1000000001',
    ],
    ['schemes.0.otherSavings.0.fromMonth', 481, 'schemes[0].otherSavings[0].fromMonth: must be a whole number between 0 and 480, got 481'],
    ['schemes.0.otherSavings.0.fromMonth', '6', 'schemes[0].otherSavings[0].fromMonth: must be a number, got the string "6"'],
    // the version
    ['version', LEFT_OUT, 'version: is required'],
    ['version', '1', 'version: must be a whole number of at least 1, got the string "1"'],
    ['version', 0, 'version: must be a whole number of at least 1, got 0'],
    ['version', 1.5, 'version: must be a whole number of at least 1, got 1.5'],
    [
      'version',
      3,
      'version: this scenario was saved by a newer version of Payback Explorer (version 3); ' +
        'this app reads up to version 2 — reload to get the newer app',
    ],
  ];

  it.each(cases)('%s = %j', (path, value, message) => {
    expect(errorsOf(restoreScenario(scenarioWith(path, value)))).toEqual([message]);
  });

  it('refuses anything that is not an object at the top', () => {
    expect(errorsOf(restoreScenario(null))).toEqual(['scenario: must be an object, got null']);
    expect(errorsOf(restoreScenario([validScenario()]))).toEqual(['scenario: must be an object, got an array']);
    expect(errorsOf(restoreScenario('{"version":1}'))).toEqual(['scenario: must be an object, got the string "{\\"version\\":1}"']);
    expect(errorsOf(restoreScenario(undefined))).toEqual(['scenario: must be an object, got nothing']);
  });

  it('refuses non-finite numbers: 1e400 (which JSON reads as Infinity), -1e400 and NaN', () => {
    const json = JSON.stringify(validScenario()).replace('"discountRate":0.035', '"discountRate":1e400');
    expect(errorsOf(restoreScenario(JSON.parse(json)))).toEqual(['discountRate: must be a finite number, got Infinity']);
    expect(errorsOf(restoreScenario(scenarioWith('schemes.0.capital.0.amount', -Infinity)))).toEqual([
      'schemes[0].capital[0].amount: must be a finite number, got -Infinity',
    ]);
    expect(errorsOf(restoreScenario(scenarioWith('schemes.0.placements.occupancy', NaN)))).toEqual([
      'schemes[0].placements.occupancy: must be a finite number, got NaN',
    ]);
  });

  it('shows bad values compactly: long strings cut, objects and arrays named, not printed', () => {
    const long = `${'0.'}${'5'.repeat(5000)}`;
    const [message] = errorsOf(restoreScenario(scenarioWith('discountRate', long)));
    expect(message).toBe(`discountRate: must be a number, got the string "${long.slice(0, 40)}…"`);
    expect(errorsOf(restoreScenario(scenarioWith('discountRate', { value: 0.035 })))).toEqual([
      'discountRate: must be a number, got an object',
    ]);
    expect(errorsOf(restoreScenario(scenarioWith('discountRate', [0.035])))).toEqual(['discountRate: must be a number, got an array']);
  });

  it('collects every error, in the order of the fields', () => {
    const scenario = scenarioWith('horizonYears', 0);
    const schemes = scenario.schemes as Record<string, unknown>[];
    (schemes[2]!.block as Record<string, unknown>).inHouseAnnualCost = '296000';
    schemes[3]!.kind = 'house';
    expect(errorsOf(restoreScenario(scenario))).toEqual([
      'horizonYears: must be a whole number between 1 and 40, got 0',
      'schemes[2].block.inHouseAnnualCost: must be a number, got the string "296000"',
      'schemes[3].kind: must be "home", "team" or "programme", got the string "house"',
    ]);
  });

  it(`lists at most ${MAX_ERRORS} errors, then says how many more there are`, () => {
    const scenario = validScenario();
    scenario.schemes = Array.from({ length: 30 }, (_, index) => ({
      ...(validScenario().schemes as object[])[3],
      id: `s${index}`,
      kind: 'house',
    }));
    const errors = errorsOf(restoreScenario(scenario));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toBe('schemes[0].kind: must be "home", "team" or "programme", got the string "house"');
    expect(errors[MAX_ERRORS - 1]).toMatch(/^schemes\[19\]\.kind: /);
    expect(errors[MAX_ERRORS]).toBe('…and 10 more problems not shown');
  });
});

describe('restoreScenario drops unknown fields and says which', () => {
  it('drops them at every level and lists their paths', () => {
    const scenario = validScenario() as Record<string, any>;
    scenario.colour = 'blue';
    scenario.schemes[0].colour = 'red';
    scenario.schemes[0]['odd key'] = 1;
    scenario.schemes[0].capital[0].note = 'deposit';
    scenario.schemes[0].funding[0].grantRef = 'X1';
    scenario.schemes[0].placements.rooms = 4;
    scenario.schemes[2].block.comment = { deep: [1, 2, 3] };
    scenario.schemes[2].otherSavings[0].toMonth = 24;
    const { scenario: result, dropped } = restored(restoreScenario(scenario));
    expect(dropped).toEqual([
      'colour',
      'schemes[0].colour',
      'schemes[0]["odd key"]',
      'schemes[0].capital[0].note',
      'schemes[0].funding[0].grantRef',
      'schemes[0].placements.rooms',
      'schemes[2].block.comment',
      'schemes[2].otherSavings[0].toMonth',
    ]);
    expect(result).toStrictEqual(validScenario());
  });

  it(`lists at most ${MAX_DROPPED} dropped fields, then says how many more there are`, () => {
    const scenario = validScenario();
    for (let index = 0; index < MAX_DROPPED + 7; index += 1) scenario[`extra${index}`] = index;
    const { dropped } = restored(restoreScenario(scenario));
    expect(dropped).toHaveLength(MAX_DROPPED + 1);
    expect(dropped[MAX_DROPPED]).toBe('…and 7 more unknown fields');
  });

  it('names a dropped field short and safe, whatever its key: any length, invisible or bidirectional characters', () => {
    const scenario = validScenario();
    scenario['a'.repeat(990_000)] = 1;
    scenario['\u202Eevil\u200B\u0007'] = 1;
    scenario['x'.repeat(41)] = 1;
    const { dropped } = restored(restoreScenario(scenario));
    expect(dropped).toEqual([`["${'a'.repeat(40)}…"]`, '["\\u202eevil\\u200b\\u0007"]', `["${'x'.repeat(40)}…"]`]);
    expect(countDropped(dropped)).toBe(3);
  });

  it('countDropped counts every dropped field, those past the list too', () => {
    const scenario = validScenario();
    for (let index = 0; index < MAX_DROPPED + 7; index += 1) scenario[`extra${index}`] = index;
    expect(countDropped(restored(restoreScenario(scenario)).dropped)).toBe(MAX_DROPPED + 7);
    expect(countDropped(restored(restoreScenario(validScenario())).dropped)).toBe(0);
  });

  it('builds fresh objects: changing the result never changes the input', () => {
    const input = validScenario();
    const { scenario } = restored(restoreScenario(input));
    const inputSchemes = input.schemes as Record<string, any>[];
    expect(scenario.schemes).not.toBe(inputSchemes);
    expect(scenario.schemes[0]).not.toBe(inputSchemes[0]);
    expect(scenario.schemes[0]?.placements).not.toBe(inputSchemes[0]?.placements);
    expect(scenario.schemes[0]?.capital[0]).not.toBe(inputSchemes[0]?.capital[0]);
    expect(scenario.schemes[2]?.block).not.toBe(inputSchemes[2]?.block);
    expect(scenario.schemes[0]?.otherSavings[0]).not.toBe(inputSchemes[0]?.otherSavings[0]);
  });

  it('never changes its input', () => {
    const input = deepFreeze(validScenario());
    const before = JSON.stringify(input);
    expect(restoreScenario(input).ok).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('restoreScenario withstands hostile input', () => {
  const validJson = JSON.stringify(validScenario());
  /** The valid scenario's JSON with `member` put first into the object that `opening` (ending in `{`) opens. */
  const withMember = (opening: string, member: string) => validJson.replace(opening, `${opening}${member},`);
  const pollute = '"__proto__":{"polluted":1}';

  it.each([
    ['at the top', withMember('{', pollute), '__proto__'],
    ['in a scheme', withMember('"schemes":[{', pollute), 'schemes[0].__proto__'],
    ['in placements', withMember('"placements":{', pollute), 'schemes[0].placements.__proto__'],
    ['in a capital line', withMember('"capital":[{', pollute), 'schemes[0].capital[0].__proto__'],
    ['as constructor.prototype', withMember('{', '"constructor":{"prototype":{"polluted":1}}'), 'constructor'],
    ['as prototype', withMember('"block":{', '"prototype":{"polluted":1}'), 'schemes[2].block.prototype'],
  ])('__proto__, constructor and prototype %s reach no prototype', (_, json, droppedPath) => {
    const { scenario, dropped } = restored(restoreScenario(JSON.parse(json)));
    expect(dropped).toEqual([droppedPath]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(scenario.schemes[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(scenario.schemes[0]?.placements)).toBe(Object.prototype);
    expect(scenario).toStrictEqual(validScenario());
  });

  it('takes "__proto__" as a scheme id like any other', () => {
    const { scenario } = restored(restoreScenario(scenarioWith('schemes.0.id', '__proto__')));
    expect(scenario.schemes[0]?.id).toBe('__proto__');
    const twice = scenarioWith('schemes.0.id', '__proto__');
    (twice.schemes as Record<string, unknown>[])[1]!.id = '__proto__';
    expect(errorsOf(restoreScenario(twice))).toEqual(['schemes[1].id: must be unique, "__proto__" is used by schemes[0]']);
  });

  it('reads own fields only: an inherited field counts as left out', () => {
    const { name, ...rest } = validScenario();
    const input = Object.assign(Object.create({ name }), rest) as Record<string, unknown>;
    expect(errorsOf(restoreScenario(input))).toEqual(['name: is required']);
  });

  it('accepts objects without a prototype, as some parsers make them', () => {
    const bare = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(bare)
        : typeof value === 'object' && value !== null
          ? Object.assign(Object.create(null), Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bare(v)])))
          : value;
    const { scenario } = restored(restoreScenario(bare(validScenario())));
    expect(scenario).toStrictEqual(validScenario());
  });

  it('never runs a getter', () => {
    const input = validScenario();
    let calls = 0;
    Object.defineProperty(input, 'discountRate', {
      enumerable: true,
      get() {
        calls += 1;
        return 0.035;
      },
    });
    expect(errorsOf(restoreScenario(input))).toEqual(['discountRate: is required']);
    expect(calls).toBe(0);
  });

  it('never walks into deep nesting outside the known shape', () => {
    let deep: unknown = 0;
    for (let level = 0; level < 200_000; level += 1) deep = { next: [deep] };
    const input: Record<string, unknown> = { ...validScenario(), extra: deep };
    expect(restored(restoreScenario(input)).dropped).toEqual(['extra']);
    const scheme = (input.schemes as Record<string, unknown>[])[0]!;
    scheme.placements = { ...(scheme.placements as object), beds: deep };
    expect(errorsOf(restoreScenario(input))).toEqual(['schemes[0].placements.beds: must be a number, got an object']);
  });

  it('refuses an over-long array before reading a single item', () => {
    let itemsRead = 0;
    const countRead = (key: string | symbol) => {
      if (key !== 'length') itemsRead += 1;
    };
    const huge = new Proxy(new Array(10_000_000), {
      get(target, key, receiver) {
        countRead(key);
        return Reflect.get(target, key, receiver);
      },
      getOwnPropertyDescriptor(target, key) {
        countRead(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(errorsOf(restoreScenario(scenarioWith('schemes', huge)))).toEqual(['schemes: must have at most 500 items, got 10000000']);
    expect(itemsRead).toBe(0);
  });
});

describe('restoreScenario laws', () => {
  it('a valid scenario restores to itself, directly and through JSON', () => {
    fc.assert(
      fc.property(arbScenario, (scenario) => {
        const direct = restored(restoreScenario(scenario));
        expect(direct.scenario).toStrictEqual(scenario);
        expect(direct.dropped).toEqual([]);
        expect(restored(restoreScenario(JSON.parse(JSON.stringify(scenario)))).scenario).toStrictEqual(scenario);
      }),
    );
  });

  it('restoring is idempotent: restoring a restored scenario changes nothing', () => {
    fc.assert(
      fc.property(arbScenario, (scenario) => {
        const once = restored(restoreScenario(scenario)).scenario;
        expect(restored(restoreScenario(once)).scenario).toStrictEqual(once);
      }),
    );
  });

  it('restoring never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const result = restoreScenario(value);
        expect(result.ok ? result.dropped : result.errors).toBeInstanceOf(Array);
      }),
    );
  });

  it('a rate pushed out of range in any scheme is refused, naming that scheme and field', () => {
    const rateFields = ['capitalInflation', 'assetAppreciation', 'feeInflation', 'costInflation'] as const;
    fc.assert(
      fc.property(arbScenario, fc.nat(), fc.constantFrom(...rateFields), fc.constantFrom(-0.75, 1.25), (scenario, pick, field, bad) => {
        const index = pick % scenario.schemes.length;
        const broken = structuredClone(scenario);
        broken.schemes[index]![field] = bad;
        expect(errorsOf(restoreScenario(broken))).toEqual([`schemes[${index}].${field}: must be between -0.5 and 1, got ${bad}`]);
      }),
    );
  });

  it('an unknown field is dropped and reported, and the rest restores unchanged', () => {
    const known = new Set(Object.keys(validScenario()));
    const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !known.has(key) && /^[a-z]\w*$/i.test(key));
    fc.assert(
      fc.property(arbScenario, unknownKey, fc.jsonValue(), (scenario, key, value) => {
        const { scenario: result, dropped } = restored(restoreScenario({ ...scenario, [key]: value }));
        expect(dropped).toEqual([key]);
        expect(result).toStrictEqual(scenario);
      }),
    );
  });
});

describe('restoreScenario reads notes (version 2)', () => {
  it('keeps a note of the scenario and of a scheme as the text it is, HTML included', () => {
    const scenario = scenarioWith('note', 'Agreed by the board, 4 March.\nFees from the 2024 tender.');
    (scenario.schemes as Record<string, unknown>[])[1]!.note = '<b>Closed</b> <script>alert(1)</script> until works end';
    const { scenario: result, dropped } = restored(restoreScenario(scenario));
    expect(dropped).toEqual([]);
    expect(result.note).toBe('Agreed by the board, 4 March.\nFees from the 2024 tender.');
    expect(result.schemes[1]?.note).toBe('<b>Closed</b> <script>alert(1)</script> until works end');
    expect(result).toStrictEqual(scenario);
  });

  it.each([[''], ['   '], ['\n\t \n']])('leaves out a note of only %j, so "no note" is said one way', (blank) => {
    const scenario = scenarioWith('note', blank);
    (scenario.schemes as Record<string, unknown>[])[0]!.note = blank;
    const { scenario: result, dropped } = restored(restoreScenario(scenario));
    expect(dropped).toEqual([]);
    expect('note' in result).toBe(false);
    expect('note' in result.schemes[0]!).toBe(false);
    expect(result).toStrictEqual(validScenario());
  });

  it('accepts a note of 2,000 characters, and refuses one longer, saying so', () => {
    expect(restoreScenario(scenarioWith('note', 'x'.repeat(2000))).ok).toBe(true);
    expect(errorsOf(restoreScenario(scenarioWith('note', 'x'.repeat(2001))))).toEqual([
      'note: must be at most 2000 characters long, got 2001 characters',
    ]);
    expect(errorsOf(restoreScenario(scenarioWith('schemes.2.note', 'y'.repeat(5000))))).toEqual([
      'schemes[2].note: must be at most 2000 characters long, got 5000 characters',
    ]);
  });

  it.each([
    [5, 'must be a string, got 5'],
    [null, 'must be a string, got null'],
    [['a'], 'must be a string, got an array'],
    [{ text: 'a' }, 'must be a string, got an object'],
  ])('refuses a note of %j, naming the field', (value, message) => {
    expect(errorsOf(restoreScenario(scenarioWith('note', value)))).toEqual([`note: ${message}`]);
    expect(errorsOf(restoreScenario(scenarioWith('schemes.0.note', value)))).toEqual([`schemes[0].note: ${message}`]);
  });
});
