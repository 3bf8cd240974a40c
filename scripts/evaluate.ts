/**
 * npm run evaluate -- <scenario.json | preset-id> [--reconcile] [--csv]
 *
 * The model's output JSON on stdout, from the same src/model the app runs. Bad input of any kind:
 * one line on stderr, exit status 2, nothing on stdout. Fields of a scenario file that the model does not
 * know are left out and named on stderr (a typo would otherwise fall back to a default unseen); the exit
 * status stays 0.
 */
import { evaluateDetailed } from '../src/model/evaluate.ts';
import { money, toOutputJson, years } from '../src/model/output.ts';
import { reconcile } from '../src/model/reconcile.ts';
import { cashFlowCsv } from '../src/share/cashFlowCsv.ts';
import { InputError, loadScenario, runTool } from './lib/loadScenario.ts';

const USAGE = 'usage: npm run evaluate -- <scenario.json | preset-id> [--reconcile] [--csv]';

function main(argv: string[]): string {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const args = argv.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (f !== '--reconcile' && f !== '--csv') throw new InputError(`unknown option ${f}; ${USAGE}`);
  if (args.length !== 1) throw new InputError(USAGE);
  const { scenario, preset } = loadScenario(args[0]!, 'evaluate');
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

runTool('evaluate', () => main(process.argv.slice(2)));
