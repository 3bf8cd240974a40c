/**
 * npm run bench — the engine's speed, as median times (targets from issue 2; reported, never enforced):
 *   (a) evaluating leics-2021                                  ≤ 1 ms
 *   (b) evaluating a generated 100-scheme, 40-year scenario   ≤ 16 ms
 *   (c) re-evaluating (b) after one scheme's input changed     ≤ 4 ms
 * Cold runs use a fresh Evaluator (it owns everything the engine keeps: schemes, rate tables,
 * discount factors), so (a) and (b) measure a full evaluation. (b′) keeps one evaluator and hands it
 * every scheme as a new object: the per-rate tables depend on the rates and the discount settings
 * alone, and in the app they outlive every edit. (c) keeps one evaluator, as the app does.
 * The heap over many slider steps is `npm run bench:memory`.
 */
import { Evaluator } from '../src/model/evaluate.ts';
import { presetById } from '../src/model/presets/index.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { bigScenario } from './lib/bigScenario.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 50;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

/** `evaluator` gives the evaluator of each run: a fresh one for a cold run, or the same one */
function time(prepare: (i: number) => Scenario, evaluator: () => Evaluator): number[] {
  const out: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const s = prepare(i);
    const e = evaluator();
    const t = performance.now();
    e.evaluate(s);
    const dt = performance.now() - t;
    if (i >= WARMUP) out.push(dt);
  }
  return out;
}

const leics = presetById('leics-2021')!.scenario;
const big = bigScenario();
const fresh = () => new Evaluator();
const a = time(() => leics, fresh);
const b = time(() => big, fresh);
const warm = new Evaluator();
warm.evaluate(big);
// equal schemes in new objects: every scheme is worked out again, with the rate tables kept
const bWarmTables = time(
  () => ({ ...big, schemes: big.schemes.map((s) => ({ ...s })) }),
  () => warm,
);
// one scheme's occupancy moves each run, as a slider does; the evaluator keeps the other 99
const app = new Evaluator();
app.evaluate(big);
const c = time(
  (i) => {
    const schemes = big.schemes.map((s, j) => (j === 42 ? { ...s, placements: { ...s.placements!, occupancy: 0.5 + (i % 50) / 100 } } : s));
    return { ...big, schemes };
  },
  () => app,
);

const rows = [
  ['(a) leics-2021, cold', a, 1],
  ['(b) 100 schemes × 40 years, cold', b, 16],
  ['(b′) (b) with the rate tables kept', bWarmTables, 16],
  ['(c) (b) after one input changed', c, 4],
] as const;
console.log(`engine bench: ${RUNS} runs each after ${WARMUP} warm-up, Node ${process.version}`);
for (const [label, xs, target] of rows) {
  const m = median(xs);
  console.log(
    `${label.padEnd(36)} median ${m.toFixed(3).padStart(8)} ms   p95 ${p95(xs).toFixed(3).padStart(8)} ms   target ≤ ${target} ms  ${m <= target ? 'met' : 'NOT MET'}`,
  );
}
