/**
 * `<preset-id | scenario.json>` as the command-line tools take it: a preset, or a file through the
 * model's one validation door (restore.ts). Bad input throws an InputError, which a tool prints as one line.
 */
import { readFileSync } from 'node:fs';
import { presetById, PRESETS } from '../../src/model/presets/index.ts';
import type { Preset } from '../../src/model/presets/preset.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { countDropped } from '../../src/model/validationMessages.ts';

/** Input the user got wrong: printed as one line on stderr, exit status 2. */
export class InputError extends Error {}

export function loadScenario(arg: string, command: string): { scenario: Scenario; preset: Preset | undefined } {
  const preset = presetById(arg);
  if (preset) return { scenario: preset.scenario, preset };
  if (!arg.endsWith('.json') && !arg.includes('/')) {
    throw new InputError(`unknown preset "${arg}" (presets: ${PRESETS.map((p) => p.id).join(', ')}), and not a .json file`);
  }
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${arg} is not JSON: ${(e as Error).message}`);
  }
  const restored = restoreScenario(raw);
  if (!restored.ok) throw new InputError(`${arg}: ${restored.errors.join('; ')}`);
  if (restored.dropped.length > 0) {
    const count = countDropped(restored.dropped);
    process.stderr.write(
      `${command}: warning: ${arg}: ${count} unknown ${count === 1 ? 'field was' : 'fields were'} left out, so ` +
        `${count === 1 ? 'its default is' : 'their defaults are'} used: ${restored.dropped.join(', ')}\n`,
    );
  }
  return { scenario: restored.scenario, preset: undefined };
}

/** Runs a tool's main: its output on stdout, or one line on stderr and exit status 2. */
export function runTool(command: string, main: () => string): void {
  try {
    process.stdout.write(main());
  } catch (e) {
    const message = e instanceof InputError ? e.message : `internal error: ${(e as Error).stack ?? String(e)}`;
    process.stderr.write(`${command}: ${message.replace(/\s+/g, ' ').trim()}\n`);
    process.exitCode = 2;
  }
}

/** `--name value` and `--name=value` options, and the other arguments; an option not in `known` is an InputError. */
export function parseOptions(
  argv: readonly string[],
  known: readonly string[],
  usage: string,
): { options: Map<string, string>; args: string[] } {
  const options = new Map<string, string>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      args.push(a);
      continue;
    }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!known.includes(name)) throw new InputError(`unknown option ${name}; ${usage}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new InputError(`${name} needs a value; ${usage}`);
    options.set(name, value);
  }
  return { options, args };
}
