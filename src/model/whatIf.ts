/**
 * Scenario-wide what-ifs: one question put to every scheme at once ("fees rise 8 % a year", "every home
 * opens six months late"), answered by ordinary edits of each scheme's own inputs. A scheme the question
 * does not reach is left as it is (the same object) and named, with why, so the screen can say so.
 */
import { Decimal } from './decimal.ts';
import { NUMBER_RULES } from './fieldRules.ts';
import type { Scenario, Scheme } from './scenario.ts';

/** What a what-if asks of every scheme. */
export type WhatIf =
  /** set every fee's yearly rise (the external fees a home avoids, a block's do-nothing cost) */
  | { kind: 'feeInflation'; rate: number }
  /** set every in-house cost's yearly rise (and the other savings lines, which rise with costs) */
  | { kind: 'costInflation'; rate: number }
  /** set every home's occupancy (a fraction, 0 … 1) */
  | { kind: 'occupancy'; occupancy: number }
  /** open every scheme this many months later; the savings lines that start on a month of their own move with it */
  | { kind: 'delay'; months: number }
  /** every capital item costs this much more (0.1 = 10 % over), to the penny */
  | { kind: 'capitalOverrun'; fraction: number };

/** Why a what-if left a scheme alone. */
export type Untouched = 'noFees' | 'noCosts' | 'noPlacements' | 'noCapital' | 'alreadySo' | 'atLastMonth' | 'atFirstMonth';

export interface WhatIfOutcome {
  scenario: Scenario;
  /** the schemes it changed, by id */
  changed: string[];
  /** the schemes it left alone, and why */
  untouched: { id: string; name: string; why: Untouched }[];
}

const hasFees = (s: Scheme) =>
  (s.placements !== null && s.placements.externalWeeklyFee > 0) || (s.block !== null && s.block.doNothingAnnualCost > 0);

const hasCosts = (s: Scheme) =>
  (s.placements !== null && s.placements.inHouseWeeklyCost > 0) ||
  (s.block !== null && s.block.inHouseAnnualCost > 0) ||
  s.otherSavings.some((line) => line.annual !== 0);

const LAST_MONTH = NUMBER_RULES.month.max;

/** a money amount times (1 + fraction), in decimal, to the penny (half-up) */
const overrun = (amount: number, fraction: number) =>
  new Decimal(amount).times(new Decimal(1).plus(fraction)).toDecimalPlaces(2).toNumber();

/** The scheme as the what-if makes it, or why it is left alone. */
function applied(scheme: Scheme, w: WhatIf): Scheme | Untouched {
  switch (w.kind) {
    case 'feeInflation':
      if (!hasFees(scheme)) return 'noFees';
      return scheme.feeInflation === w.rate ? 'alreadySo' : { ...scheme, feeInflation: w.rate };
    case 'costInflation':
      if (!hasCosts(scheme)) return 'noCosts';
      return scheme.costInflation === w.rate ? 'alreadySo' : { ...scheme, costInflation: w.rate };
    case 'occupancy': {
      const p = scheme.placements;
      if (p === null) return 'noPlacements';
      return p.occupancy === w.occupancy ? 'alreadySo' : { ...scheme, placements: { ...p, occupancy: w.occupancy } };
    }
    case 'delay': {
      if (w.months === 0) return 'alreadySo';
      if (scheme.openingMonth + w.months > LAST_MONTH) return 'atLastMonth';
      const move = (m: number) => Math.max(0, m + w.months);
      const openingMonth = move(scheme.openingMonth);
      const otherSavings = scheme.otherSavings.map((line) =>
        line.fromMonth === undefined ? line : { ...line, fromMonth: Math.min(LAST_MONTH, move(line.fromMonth)) },
      );
      // earlier than the first month there is nothing: a scheme that opens there (and its savings) cannot move
      const moved =
        openingMonth !== scheme.openingMonth || otherSavings.some((line, i) => line.fromMonth !== scheme.otherSavings[i]!.fromMonth);
      return moved ? { ...scheme, openingMonth, otherSavings } : 'atFirstMonth';
    }
    case 'capitalOverrun': {
      if (!scheme.capital.some((item) => item.amount > 0)) return 'noCapital';
      if (w.fraction === 0) return 'alreadySo';
      const capital = scheme.capital.map((item) => ({
        ...item,
        amount: Math.min(NUMBER_RULES.money.max, overrun(item.amount, w.fraction)),
      }));
      return { ...scheme, capital };
    }
  }
}

/**
 * The scenario with the what-if applied to every scheme it reaches (disabled ones too: switching a
 * scheme back on should not bring back the old assumption). Untouched schemes keep their objects.
 */
export function applyWhatIf(scenario: Scenario, w: WhatIf): WhatIfOutcome {
  const changed: string[] = [];
  const untouched: WhatIfOutcome['untouched'] = [];
  const schemes = scenario.schemes.map((scheme) => {
    const next = applied(scheme, w);
    if (typeof next === 'string') {
      untouched.push({ id: scheme.id, name: scheme.name, why: next });
      return scheme;
    }
    changed.push(scheme.id);
    return next;
  });
  return { scenario: changed.length ? { ...scenario, schemes } : scenario, changed, untouched };
}

/**
 * The value a set-to what-if shows: the one value every scheme it reaches shares, or null when they
 * differ (or none is reached).
 */
export function sharedValue(scenario: Scenario, kind: 'feeInflation' | 'costInflation' | 'occupancy'): number | null {
  const values = new Set<number>();
  for (const s of scenario.schemes) {
    if (kind === 'feeInflation' && hasFees(s)) values.add(s.feeInflation);
    if (kind === 'costInflation' && hasCosts(s)) values.add(s.costInflation);
    if (kind === 'occupancy' && s.placements) values.add(s.placements.occupancy);
  }
  return values.size === 1 ? [...values][0]! : null;
}
