/**
 * npm run bench:compare -- <git ref> — this checkout's engine against the engine at <ref>, in one
 * process, runs alternating in a random order, so that the machine's drift (tens of per cent here)
 * falls on both alike. Prints each case's medians and their ratio (this / ref):
 *   (a) leics-2021, cold   (b) 100 schemes × 40 years, cold   (c) (b) after one scheme's input changed
 * Cold runs use a fresh Evaluator (or, for an engine from before the Evaluator, clearEvaluationCache()).
 * The engine at <ref> is copied out of git into a temporary folder; nothing in this checkout changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { presetById } from '../src/model/presets/index.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { bigScenario } from './lib/bigScenario.ts';

const ref = process.argv[2];
if (!ref) {
  console.error('usage: npm run bench:compare -- <git ref, e.g. HEAD~3>');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 150);
const WARMUP = 30;
const root = resolve(import.meta.dirname, '..');

/** what either engine offers: a cold evaluation, and an evaluation that may start from the last */
interface Engine {
  cold(s: Scenario): void;
  warm(s: Scenario): void;
}

async function engineAt(dir: string): Promise<Engine> {
  const m = (await import(join(dir, 'src/model/evaluate.ts'))) as Record<string, unknown>;
  if (typeof m.Evaluator === 'function') {
    const Evaluator = m.Evaluator as new () => { evaluate(s: Scenario): unknown };
    const kept = new Evaluator();
    return { cold: (s) => void new Evaluator().evaluate(s), warm: (s) => void kept.evaluate(s) };
  }
  const evaluate = m.evaluateScenario as (s: Scenario) => unknown;
  const clear = m.clearEvaluationCache as () => void;
  return {
    cold: (s) => {
      clear();
      evaluate(s);
    },
    warm: (s) => void evaluate(s),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'bench-compare-'));
try {
  execFileSync('sh', ['-c', `git -C "${root}" archive "${ref}" src | tar -x -C "${dir}"`]);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const engines = [await engineAt(dir), await engineAt(root)];
  const leics = presetById('leics-2021')!.scenario;
  const big = bigScenario();
  const edited = (i: number): Scenario => ({
    ...big,
    schemes: big.schemes.map((s, j) => (j === 42 ? { ...s, placements: { ...s.placements!, occupancy: 0.5 + (i % 50) / 100 } } : s)),
  });
  const cases: [string, (e: Engine, i: number) => void][] = [
    ['(a) leics-2021, cold', (e) => e.cold(leics)],
    ['(b) 100 schemes × 40 years, cold', (e) => e.cold(big)],
    ['(c) (b) after one input changed', (e, i) => e.warm(edited(i))],
  ];
  console.log(`engine at ${ref} against this checkout: ${RUNS} alternating runs each after ${WARMUP}, Node ${process.version}`);
  for (const [label, run] of cases) {
    const times: number[][] = [[], []];
    for (const e of engines) e.warm(big);
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const k of Math.random() < 0.5 ? [0, 1] : [1, 0]) {
        const t = performance.now();
        run(engines[k]!, i);
        const dt = performance.now() - t;
        if (i >= WARMUP) times[k]!.push(dt);
      }
    }
    const [before, after] = times.map(median) as [number, number];
    console.log(
      `${label.padEnd(36)} ${ref} ${before.toFixed(3).padStart(8)} ms   this ${after.toFixed(3).padStart(8)} ms   ratio ${(after / before).toFixed(3)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
