/**
 * npm run sensitivity -- <preset-id | scenario.json> --scope <scheme-id | portfolio> [--step 0.1]
 *   [--figure paybackYears | netPaybackYears | discountedPaybackYears | npv]
 *
 * The tornado (src/model/questions/sensitivity.ts) from the command line: every input of the scope
 * moved down and up by the step, ranked by how far the figure moves, largest first. JSON on stdout;
 * a side that does not pay back has `paysBack: false` and no change. Bad input: one line on stderr, exit 2.
 */
import type { Decimal } from '../src/model/decimal.ts';
import { money, years } from '../src/model/output.ts';
import { parseScope } from '../src/model/questions/inputs.ts';
import { DEFAULT_STEP, tornado, type TornadoSide } from '../src/model/questions/sensitivity.ts';
import { SENSITIVITY_FIGURES, type SensitivityFigure } from '../src/model/questions/targets.ts';
import { InputError, loadScenario, parseOptions, runTool } from './lib/loadScenario.ts';

const USAGE =
  'usage: npm run sensitivity -- <scenario.json | preset-id> --scope <scheme-id | portfolio> [--step 0.1] ' +
  `[--figure ${SENSITIVITY_FIGURES.join(' | ')}]`;

const round = (name: SensitivityFigure, x: number | null) =>
  x === null ? null : name === 'npv' ? Math.round(x * 100) / 100 + 0 : Math.round(x * 1e4) / 1e4 + 0;

function main(argv: string[]): string {
  const { options, args } = parseOptions(argv, ['--scope', '--step', '--figure'], USAGE);
  if (args.length !== 1) throw new InputError(USAGE);
  if (!options.has('--scope')) throw new InputError(`--scope is needed; ${USAGE}`);
  const stepText = options.get('--step') ?? String(DEFAULT_STEP);
  const step = Number(stepText);
  if (stepText.trim() === '' || !Number.isFinite(step) || step <= 0 || step >= 1) {
    throw new InputError(`--step must be a fraction between 0 and 1 (0.1 = 10 %), got "${stepText}"`);
  }
  const figure = (options.get('--figure') ?? 'paybackYears') as SensitivityFigure;
  if (!SENSITIVITY_FIGURES.includes(figure))
    throw new InputError(`--figure must be one of ${SENSITIVITY_FIGURES.join(', ')}, got "${figure}"`);
  const { scenario } = loadScenario(args[0]!, 'sensitivity');
  const scope = parseScope(scenario, options.get('--scope')!);
  if (scope !== 'portfolio' && 'error' in scope) throw new InputError(scope.error);
  const result = tornado(scenario, scope, { step, figure });
  const side = (s: TornadoSide) => ({
    value: s.value,
    [figure]: figure === 'npv' ? money(s.figures.npv) : years(s.figures[figure] as Decimal | null),
    paysBack: figure === 'npv' ? true : s.figures[figure] !== null,
    change: round(figure, s.change[figure]),
    npv: money(s.figures.npv),
    npvChange: round('npv', s.change.npv),
  });
  const rows = result.rows.map((r) => ({
    scheme: r.scheme,
    input: r.input,
    base: r.base,
    low: side(r.low),
    high: side(r.high),
    // a side that starts or stops paying back has no number: it is said in words
    effect: Number.isFinite(r.effect) ? round(figure, r.effect) : 'paysBackOrNot',
  }));
  return JSON.stringify({ scope: options.get('--scope'), figure, step, rows }, null, 2) + '\n';
}

runTool('sensitivity', () => main(process.argv.slice(2)));
