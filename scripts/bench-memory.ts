/**
 * npm run bench:memory — the heap while one slider moves, as in the app: one Evaluator, 5,000 steps
 * each replacing one scheme's occupancy, the latest evaluation kept. The heap is measured after
 * forced garbage collection (node --expose-gc) and must stay flat: an evaluator keeps what its next
 * step reads and no more. Reported, not enforced.
 */
import { Evaluator, type Evaluation } from '../src/model/evaluate.ts';
import { presetById } from '../src/model/presets/index.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { bigScenario } from './lib/bigScenario.ts';

const STEPS = Number(process.env.BENCH_STEPS ?? 5000);
const WARMUP = 200;
/** growth below this over all the steps is noise, not memory kept */
const FLAT_BYTES = 1_000_000;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:memory)');

function heap(): number {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function slider(scenario: Scenario, schemeId: string): (i: number) => Scenario {
  const index = scenario.schemes.findIndex((s) => s.id === schemeId);
  const scheme = scenario.schemes[index]!;
  return (i) => ({
    ...scenario,
    schemes: scenario.schemes.map((s, j) =>
      j === index ? { ...scheme, placements: { ...scheme.placements!, occupancy: 0.5 + (i % 50) / 100 } } : s,
    ),
  });
}

function run(label: string, step: (i: number) => Scenario): void {
  const evaluator = new Evaluator();
  // the app keeps the latest evaluation (its $derived), so the benchmark does too
  let latest: Evaluation | undefined;
  for (let i = 0; i < WARMUP; i++) latest = evaluator.evaluate(step(i));
  const start = heap();
  const marks: string[] = [];
  for (let i = 1; i <= STEPS; i++) {
    latest = evaluator.evaluate(step(WARMUP + i));
    if (i % Math.max(1, Math.floor(STEPS / 4)) === 0 && i < STEPS) marks.push(mb(heap()));
  }
  const end = heap();
  void latest;
  const grown = end - start;
  console.log(
    `${label.padEnd(28)} heap ${mb(start)} → ${[...marks, mb(end)].join(' → ')}: ${(grown / STEPS / 1024).toFixed(2).padStart(6)} KB a step  ${grown < FLAT_BYTES ? 'flat' : 'GROWS'}`,
  );
}

const leics = presetById('leics-2021')!.scenario;
console.log(`memory bench: ${STEPS} one-slider steps after ${WARMUP} warm-up, heap after forced GC, Node ${process.version}`);
run('leics-2021 (p2 occupancy)', slider(leics, 'p2'));
run('100 schemes (s43 occupancy)', slider(bigScenario(), 's43'));
