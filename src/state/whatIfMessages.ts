/**
 * What the what-if panel says: why a what-if leaves a scheme alone ("Property 4 has no fees of its own"),
 * and, once applied, what it did ("Opened 5 schemes 6 months later."). The step's own name is historyMessages'.
 */
import { NUMBER_RULES } from '../model/fieldRules.ts';
import type { Untouched, WhatIf, WhatIfOutcome } from '../model/whatIf.ts';
import { whatIfStep } from './historyMessages.ts';

const WHY: Record<Untouched, string> = {
  noFees: 'has no fees of its own',
  noCosts: 'has no in-house costs or other savings',
  noPlacements: 'has no placements',
  noCapital: 'has no capital',
  alreadySo: 'is already so',
  atLastMonth: `would open after month ${NUMBER_RULES.month.max}, the last`,
  atFirstMonth: 'already opens in the first month',
};

/** "Property 4 has no fees of its own" */
export const leftAlone = (u: WhatIfOutcome['untouched'][number]) => `${u.name} ${WHY[u.why]}`;

/** The schemes a what-if cannot reach, with why: not the ones that already have its value. */
export const notReached = (outcome: WhatIfOutcome) => outcome.untouched.filter((u) => u.why !== 'alreadySo');

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The step in the past tense, for the status line: "Set fee inflation to 8% for 4 schemes." */
export function whatIfDone(w: WhatIf, outcome: WhatIfOutcome): string {
  const count = outcome.changed.length;
  if (count === 0) {
    // every scheme left for one reason it cannot reach past (all open in the first month already): that reason
    const whys = new Set(outcome.untouched.map((u) => u.why));
    const [why] = whys;
    return whys.size === 1 && why !== undefined && why !== 'alreadySo'
      ? `Nothing changed: every scheme ${WHY[why]}.`
      : 'Nothing changed: every scheme it reaches is already so.';
  }
  const step = whatIfStep(w, count);
  const past = step
    .replace(/^open /, 'opened ')
    .replace(/^add /, 'added ')
    .replace(/^take /, 'took ');
  const left = notReached(outcome);
  const rest =
    left.length === 0 ? '' : left.length === 1 ? ` Left ${left[0]!.name} as it was.` : ` Left ${left.length} schemes as they were.`;
  return `${capitalised(past)}.${rest}`;
}
