/**
 * npm run bench:questions — the finder and the tornado (src/model/questions) on leics-2021 and on
 * the 100-scheme, 40-year benchmark scenario: median and p95 in ms. Targets (issue 11): finder ≤ 20 ms
 * on leics-2021, ≤ 200 ms on 100 schemes; tornado of every input at ±10 % ≤ 200 ms on leics-2021.
 */
import { presetById } from '../src/model/presets/index.ts';
import { resolveInput, type Scope } from '../src/model/questions/inputs.ts';
import { tornado } from '../src/model/questions/sensitivity.ts';
import { solve } from '../src/model/questions/solve.ts';
import type { Target } from '../src/model/questions/targets.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { bigScenario } from './lib/bigScenario.ts';

function timed(runs: number, work: () => void): { median: number; p95: number } {
  work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

function finder(label: string, s: Scenario, scope: Scope, name: string, target: Target, runs: number) {
  const input = resolveInput(s, scope, name);
  if (typeof input === 'string') throw new Error(input);
  const answer = solve(s, { scope, input, target });
  const t = timed(runs, () => solve(s, { scope, input, target }));
  console.log(
    `finder ${label}: ${name} for ${target.name}=${target.value} → ${answer.value} (${answer.reached ? 'reached' : 'not reached'}, ` +
      `${answer.evaluations} evaluations): median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`,
  );
}

const leics = presetById('leics-2021')!.scenario;
finder('leics-2021', leics, 'portfolio', 'p2.placements.occupancy', { name: 'paybackYears', value: 3 }, 30);
finder('leics-2021', leics, { scheme: 'p2' }, 'placements.occupancy', { name: 'paybackYears', value: 3 }, 30);
finder('leics-2021', leics, { scheme: 'p2' }, 'placements.externalWeeklyFee', { name: 'npv', value: 0 }, 30);
finder('leics-2021', leics, 'portfolio', 'p1.capital.0.amount', { name: 'discountedPaybackYears', value: 5 }, 30);
finder('leics-2021', leics, { scheme: 'p2' }, 'openingMonth', { name: 'breakEven', value: 60 }, 30);
finder('leics-2021', leics, 'portfolio', 'discountRate', { name: 'npv', value: 0 }, 30);

const big = bigScenario();
finder('100 schemes', big, 'portfolio', 's1.placements.occupancy', { name: 'paybackYears', value: 20 }, 10);
finder('100 schemes', big, 'portfolio', 's2.placements.externalWeeklyFee', { name: 'npv', value: 0 }, 10);
finder('100 schemes', big, { scheme: 's3' }, 'placements.occupancy', { name: 'discountedPaybackYears', value: 10 }, 10);

const tl = timed(10, () => tornado(leics, 'portfolio'));
console.log(`tornado leics-2021, every input ±10 %: median ${tl.median.toFixed(0)} ms, p95 ${tl.p95.toFixed(0)} ms`);
const tb = timed(2, () => tornado(big, 'portfolio'));
console.log(
  `tornado 100 schemes, every input ±10 % (${tornado(big, { scheme: 's1' }).rows.length} inputs a scheme): median ${tb.median.toFixed(0)} ms, p95 ${tb.p95.toFixed(0)} ms`,
);
