/**
 * The limits of every field a scenario may hold, written once: the validation door (restore.ts), the input
 * fields and their typed-value parsing, new schemes and lines, and storage all read them from here.
 */

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** a whole number */
  readonly whole?: boolean;
}

/** Each kind of number a scenario holds, and the range it may take. */
export const NUMBER_RULES = {
  /** inflation, appreciation, a discount rate: −50 % to 100 % a year */
  rate: { min: -0.5, max: 1 },
  /** a capital amount, external funding, a residual value: up to £10bn */
  money: { min: 0, max: 1e10 },
  /** a month index from the start */
  month: { min: 0, max: 480, whole: true },
  spreadMonths: { min: 1, max: 480, whole: true },
  horizonYears: { min: 1, max: 40, whole: true },
  beds: { min: 0, max: 1000, whole: true },
  occupancy: { min: 0, max: 1 },
  weeklyMoney: { min: 0, max: 1e6 },
  annualMoney: { min: 0, max: 1e9 },
  /** another saving a year: negative for a cost */
  annualSaving: { min: -1e9, max: 1e9 },
} as const satisfies Record<string, NumberRule>;

/** Names and labels, in UTF-16 units (JavaScript's length). */
export const TEXT_LENGTH = 200;
export const ID_LENGTH = 64;
/** A note of the scenario or of a scheme, in UTF-16 units: a few paragraphs. */
export const NOTE_LENGTH = 2000;
export const MAX_SCHEMES = 500;
/** capital items, funding lines, other savings: each list of a scheme */
export const MAX_LINES = 100;
/** the start month's years */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
