/**
 * npm run evaluate -- <scenario.json | preset-id> [--reconcile] [--csv]
 *
 * The model's output JSON on stdout, from the same src/model the app runs. Bad input of any kind:
 * one line on stderr, exit status 2, nothing on stdout. Fields of a scenario file that the model does not
 * know are left out and named on stderr (a typo would otherwise fall back to a default unseen); the exit
 * status stays 0.
 */
import { readFileSync } from 'node:fs';
import { evaluateDetailed } from '../src/model/evaluate.ts';
import { money, toOutputJson, years } from '../src/model/output.ts';
import { presetById, PRESETS } from '../src/model/presets/index.ts';
import type { Preset } from '../src/model/presets/preset.ts';
import { reconcile } from '../src/model/reconcile.ts';
import { restoreScenario } from '../src/model/restore.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { countDropped } from '../src/model/validationMessages.ts';
import { cashFlowCsv } from '../src/share/cashFlowCsv.ts';

const USAGE = 'usage: npm run evaluate -- <scenario.json | preset-id> [--reconcile] [--csv]';

class InputError extends Error {}

function load(arg: string): { scenario: Scenario; preset: Preset | undefined } {
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
      `evaluate: warning: ${arg}: ${count} unknown ${count === 1 ? 'field was' : 'fields were'} left out, so ` +
        `${count === 1 ? 'its default is' : 'their defaults are'} used: ${restored.dropped.join(', ')}\n`,
    );
  }
  return { scenario: restored.scenario, preset: undefined };
}

function main(argv: string[]): string {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const args = argv.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (f !== '--reconcile' && f !== '--csv') throw new InputError(`unknown option ${f}; ${USAGE}`);
  if (args.length !== 1) throw new InputError(USAGE);
  const { scenario, preset } = load(args[0]!);
  const evaluation = evaluateDetailed(scenario);
  if (flags.has('--csv')) return cashFlowCsv(scenario, evaluation);
  const output: Record<string, unknown> = { ...toOutputJson(evaluation.result) };
  if (flags.has('--reconcile')) {
    if (!preset) throw new InputError('--reconcile needs a preset id: a scenario file carries no stated figures');
    output.reconciliation = reconcile(preset.stated, scenario, evaluation).map((row) => {
      const isYears = row.stated.figure.endsWith('Years');
      const round = (d: typeof row.computed) => (d === null ? null : isYears ? years(d) : money(d));
      return {
        // null: the portfolio (kept apart from scheme ids, which may be anything)
        scheme: row.stated.scope === 'portfolio' ? null : row.stated.scope.scheme,
        name: row.scopeName,
        figure: row.stated.figure,
        wording: row.stated.wording,
        source: `${row.stated.source.report} para ${row.stated.source.paragraph}`,
        comparison: row.stated.comparison,
        stated: row.stated.stated,
        computed: round(row.computed),
        difference: round(row.difference),
        tolerance: row.stated.tolerance,
        status: row.status,
      };
    });
  }
  return JSON.stringify(output, null, 2) + '\n';
}

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (e) {
  const message = e instanceof InputError ? e.message : `internal error: ${(e as Error).stack ?? String(e)}`;
  process.stderr.write(`evaluate: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exitCode = 2;
}
