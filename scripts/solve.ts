/**
 * npm run solve -- <preset-id | scenario.json> --scope <scheme-id | portfolio> --input <path> --target <name>=<value>
 *
 * The break-even finder (src/model/questions/solve.ts) from the command line: which value of one
 * input makes the target come true. JSON on stdout; bad input: one line on stderr, exit status 2.
 */
import { addMonths } from '../src/model/months.ts';
import { money, years } from '../src/model/output.ts';
import { parseScope, resolveInput } from '../src/model/questions/inputs.ts';
import { solve } from '../src/model/questions/solve.ts';
import { parseTarget } from '../src/model/questions/targets.ts';
import { Decimal } from '../src/model/decimal.ts';
import { InputError, loadScenario, parseOptions, runTool } from './lib/loadScenario.ts';

const USAGE =
  'usage: npm run solve -- <scenario.json | preset-id> --scope <scheme-id | portfolio> --input <path> ' +
  '--target <paybackYears | netPaybackYears | discountedPaybackYears | npv | breakEven>=<value>';

function main(argv: string[]): string {
  const { options, args } = parseOptions(argv, ['--scope', '--input', '--target'], USAGE);
  if (args.length !== 1) throw new InputError(USAGE);
  for (const o of ['--scope', '--input', '--target']) if (!options.has(o)) throw new InputError(`${o} is needed; ${USAGE}`);
  const { scenario } = loadScenario(args[0]!, 'solve');
  const scope = parseScope(scenario, options.get('--scope')!);
  if (scope !== 'portfolio' && 'error' in scope) throw new InputError(scope.error);
  const input = resolveInput(scenario, scope, options.get('--input')!);
  if (typeof input === 'string') throw new InputError(input);
  const target = parseTarget(options.get('--target')!, scenario.startMonth);
  if (typeof target === 'string') throw new InputError(target);
  const answer = solve(scenario, { scope, input, target });
  const a = answer.achieved;
  const achieved =
    a === null
      ? null
      : target.name === 'breakEven'
        ? addMonths(scenario.startMonth, a)
        : target.name === 'npv'
          ? money(new Decimal(a))
          : years(new Decimal(a));
  return (
    JSON.stringify(
      {
        input: options.get('--input'),
        scope: options.get('--scope'),
        target: options.get('--target'),
        value: answer.value,
        reached: answer.reached,
        achieved,
      },
      null,
      2,
    ) + '\n'
  );
}

runTool('solve', () => main(process.argv.slice(2)));
