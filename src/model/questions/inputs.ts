/**
 * The inputs a question can search or vary: one number of the scenario (`discountRate`) or of a
 * scheme (`placements.occupancy` in scheme `p2`), named as inputPaths.ts names them, with the range
 * fieldRules.ts allows it and the step an answer is given to. Enumerations (cost basis,
 * perspective), the start month and the horizon are not searched: they are choices, not amounts.
 */
import { NUMBER_RULES, type NumberRule } from '../fieldRules.ts';
import { inputPaths } from '../inputPaths.ts';
import type { Scenario } from '../scenario.ts';
import { readInput, withInput } from '../schemeInputs.ts';

/** What a question is about: one scheme (by id) or the portfolio of enabled schemes. */
export type Scope = { scheme: string } | 'portfolio';

/** The scenario-wide inputs a question may move, for any scope. */
export const SCENARIO_INPUTS = ['discountRate', 'generalInflation'] as const;
type ScenarioInput = (typeof SCENARIO_INPUTS)[number];

/** How finely an answer is given: to the penny, to 0.01 percentage points, to the month or bed. */
export type Resolution = 'penny' | 'basisPoint' | 'whole';

/** One input a question moves, resolved against a scenario. */
export interface SearchInput {
  /** the scheme's id, or null for a scenario-wide input */
  scheme: string | null;
  /** the path in the scheme (`placements.occupancy`) or the scenario field (`discountRate`) */
  path: string;
  /** the range the field allows (fieldRules.ts): a search never leaves it */
  rule: NumberRule;
  resolution: Resolution;
  /** the figure NPV is a straight line in this input (money amounts, beds, occupancy): solved from two evaluations */
  npvIsLinear: boolean;
}

/** Why a scope or input is refused; the command line prints these. */
export const UNKNOWN_SCOPE = 'no scheme has the id';
export const UNKNOWN_INPUT = 'no number input at';

/** The last key of a scheme path (`capital.0.amount` → `amount`) → its kind of number, and whether NPV is linear in it. */
const SCHEME_FIELDS: Record<string, { rule: keyof typeof NUMBER_RULES; linear: boolean }> = {
  amount: { rule: 'money', linear: true },
  month: { rule: 'month', linear: false },
  spreadMonths: { rule: 'spreadMonths', linear: false },
  capitalInflation: { rule: 'rate', linear: false },
  residualValue: { rule: 'money', linear: true },
  assetAppreciation: { rule: 'rate', linear: false },
  openingMonth: { rule: 'month', linear: false },
  beds: { rule: 'beds', linear: true },
  occupancy: { rule: 'occupancy', linear: true },
  inHouseWeeklyCost: { rule: 'weeklyMoney', linear: true },
  externalWeeklyFee: { rule: 'weeklyMoney', linear: true },
  inHouseAnnualCost: { rule: 'annualMoney', linear: true },
  doNothingAnnualCost: { rule: 'annualMoney', linear: true },
  annual: { rule: 'annualSaving', linear: true },
  fromMonth: { rule: 'month', linear: false },
  feeInflation: { rule: 'rate', linear: false },
  costInflation: { rule: 'rate', linear: false },
};

function resolutionOf(rule: NumberRule): Resolution {
  if ('whole' in rule && rule.whole) return 'whole';
  return rule.max <= 1 ? 'basisPoint' : 'penny';
}

function searchInput(scheme: string | null, path: string, field: keyof typeof NUMBER_RULES, linear: boolean): SearchInput {
  const rule = NUMBER_RULES[field];
  return { scheme, path, rule, resolution: resolutionOf(rule), npvIsLinear: linear };
}

const isScenarioInput = (path: string): path is ScenarioInput => (SCENARIO_INPUTS as readonly string[]).includes(path);

/** The scheme ids a scope names: one, or every enabled one for the portfolio. */
export function schemeIdsOf(scenario: Scenario, scope: Scope): string[] {
  return scope === 'portfolio' ? scenario.schemes.filter((s) => s.enabled).map((s) => s.id) : [scope.scheme];
}

/** The scope a command-line word names (`portfolio` or a scheme id), or why not. */
export function parseScope(scenario: Scenario, text: string): Scope | { error: string } {
  if (text === 'portfolio') return 'portfolio';
  return scenario.schemes.some((s) => s.id === text) ? { scheme: text } : { error: `${UNKNOWN_SCOPE} "${text}"` };
}

/**
 * The input `name` in `scope`, or an error message: a scenario input by its field name; for the
 * portfolio a scheme's input as `<schemeId>.<path>`, for a scheme `<path>` in that scheme.
 */
export function resolveInput(scenario: Scenario, scope: Scope, name: string): SearchInput | string {
  if (isScenarioInput(name)) return searchInput(null, name, 'rate', false);
  let schemeId: string;
  let path: string;
  if (scope === 'portfolio') {
    // the longest id that starts the name, should one id start another (`p1` and `p1.a`)
    const scheme = scenario.schemes.filter((s) => name.startsWith(`${s.id}.`)).sort((a, b) => b.id.length - a.id.length)[0];
    if (scheme === undefined) return `${UNKNOWN_INPUT} "${name}" (a scheme input of the portfolio is written <scheme-id>.<path>)`;
    schemeId = scheme.id;
    path = name.slice(scheme.id.length + 1);
  } else {
    schemeId = scope.scheme;
    path = name;
  }
  const scheme = scenario.schemes.find((s) => s.id === schemeId);
  const field = SCHEME_FIELDS[path.split('.').at(-1)!];
  if (scheme === undefined || field === undefined || typeof readInput(scheme, path) !== 'number') {
    return `${UNKNOWN_INPUT} "${name}" in ${scope === 'portfolio' ? 'the portfolio' : `scheme ${schemeId}`}`;
  }
  return searchInput(schemeId, path, field.rule, field.linear);
}

/** Every input a sensitivity of `scope` moves: the scenario's, then each of the scope's schemes', in inputPaths order. */
export function inputsOf(scenario: Scenario, scope: Scope): SearchInput[] {
  const ids = new Set(schemeIdsOf(scenario, scope));
  const inputs = SCENARIO_INPUTS.map((path) => searchInput(null, path, 'rate', false));
  for (const scheme of scenario.schemes) {
    if (!ids.has(scheme.id)) continue;
    const prefix = `${scheme.id}.`;
    for (const full of inputPaths({ ...scenario, schemes: [scheme] })) {
      if (!full.startsWith(prefix)) continue;
      const resolved = resolveInput(scenario, { scheme: scheme.id }, full.slice(prefix.length));
      if (typeof resolved !== 'string') inputs.push(resolved);
    }
  }
  return inputs;
}

/** The input's value in `scenario`. */
export function valueOf(scenario: Scenario, input: SearchInput): number {
  if (input.scheme === null) return scenario[input.path as ScenarioInput];
  const scheme = scenario.schemes.find((s) => s.id === input.scheme)!;
  return readInput(scheme, input.path) as number;
}

/**
 * The scenario with the input set to `value`. Every other scheme keeps its object, so an
 * Evaluator fed the result works out only the scheme that moved.
 */
export function withValue(scenario: Scenario, input: SearchInput, value: number): Scenario {
  if (input.scheme === null) return { ...scenario, [input.path]: value };
  return { ...scenario, schemes: scenario.schemes.map((s) => (s.id === input.scheme ? withInput(s, input.path, value) : s)) };
}

/** The name an input goes by in the scope's own terms (as `resolveInput` reads it). */
export function inputName(scope: Scope, input: SearchInput): string {
  return input.scheme === null || scope !== 'portfolio' ? input.path : `${input.scheme}.${input.path}`;
}

/** How finely an answer is given, as a number. */
export const STEP: Record<Resolution, number> = { penny: 0.01, basisPoint: 0.0001, whole: 1 };

/** `value` rounded to the input's resolution and kept within its range. */
export function snapped(input: SearchInput, value: number): number {
  const step = STEP[input.resolution];
  const rounded = Math.round(value / step) * step;
  // a few decimals, so 0.1 + 0.2 comes out as 0.3
  const tidy = input.resolution === 'whole' ? rounded : Number(rounded.toFixed(input.resolution === 'penny' ? 2 : 4));
  return Math.min(input.rule.max, Math.max(input.rule.min, tidy)) + 0;
}
