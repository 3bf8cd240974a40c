/**
 * Saved scenarios' names: a record's name is its scenario's, and a name already used gets " (2)", " (3)"…
 * (compared ignoring case and outer spaces), never longer than restoreScenario allows.
 */
import { TEXT_LENGTH } from '../model/fieldRules.ts';
import { cutText } from '../model/text.ts';

/** restoreScenario's limit on a scenario name */
export const NAME_LENGTH = TEXT_LENGTH;
/** The name a scenario saved with a blank one is stored under. */
export const UNTITLED = 'Untitled scenario';

/** How uniqueName compares names: ignoring case and outer spaces. */
const foldName = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/** `wanted` (trimmed), or `wanted (2)`, `(3)`… — the first not in `taken` (compared ignoring case and outer spaces). */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, foldName));
  const name = wanted.trim() === '' ? UNTITLED : cutText(wanted.trim(), NAME_LENGTH);
  if (!used.has(foldName(name))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let copy = 2; ; copy += 1) {
    const suffix = ` (${copy})`;
    const candidate = cutText(base, NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(foldName(candidate))) return candidate;
  }
}

/**
 * uniqueName for each of `wanted` in turn, against `taken` and the names given before it, in time
 * linear in the names (uniqueName alone reads every taken name on each call). Each answer is exactly
 * uniqueName's against all of them: it is asked about only the taken names that share the wanted one's
 * stem (its folded form without " (n)"), and when its answer clashes with one outside those, about all.
 */
export function uniqueNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const stem = (name: string) => foldName(name).replace(/ \(\d+\)$/, '');
  const all = [...taken];
  const used = new Set<string>();
  const byStem = new Map<string, string[]>();
  const keep = (name: string) => {
    used.add(foldName(name));
    const group = byStem.get(stem(name));
    if (group === undefined) byStem.set(stem(name), [name]);
    else group.push(name);
  };
  for (const name of taken) keep(name);
  return wanted.map((name) => {
    const near = uniqueName(name, byStem.get(stem(uniqueName(name, []))) ?? []);
    const unique = used.has(foldName(near)) ? uniqueName(name, all) : near;
    all.push(unique);
    keep(unique);
    return unique;
  });
}
