/**
 * The break-even finder (goal seek): the value of one input that makes a target come true — a
 * payback of N years, an NPV of £X, break-even by a given month — searched within the input's own
 * range (fieldRules.ts), with one Evaluator per search so each trial works out only the scheme that
 * moved.
 *
 * - NPV is a straight line in money amounts and occupancy: two evaluations give the answer, a third
 *   checks it (within 50p); anything else falls back to the search.
 * - Otherwise the search brackets the target between today's value and an end of the range (the
 *   direction is found, not assumed), and narrows the bracket (regula falsi, Illinois variant, or
 *   halving where a side does not pay back) to the input's resolution: the penny, 0.01 percentage
 *   points, the whole month or bed. The answer is the bracket's end that meets the target.
 * - Paybacks and NPV are sought exactly (payback within a month, NPV within £1, or `reached` is
 *   false); for a whole-number input or a break-even month the answer is the value at which the
 *   target is first met (the fewest beds, the latest opening), since no value may hit it exactly.
 */
import { Evaluator } from '../evaluate.ts';
import type { Figures } from '../result.ts';
import type { Scenario } from '../scenario.ts';
import { snapped, STEP, valueOf, withValue, type Scope, type SearchInput } from './inputs.ts';
import { figuresOf, figureValue, margin, type Target } from './targets.ts';
import { evaluating, runToEnd, type Work } from './work.ts';

export interface Question {
  scope: Scope;
  input: SearchInput;
  target: Target;
}

export interface Answer {
  /** the input's value found; when not reached, the best value within the range */
  value: number;
  /** whether the target comes true at `value` (see the file's comment for what "true" is) */
  reached: boolean;
  /** the target figure at `value`: years, pounds or break-even's month index; null: no payback */
  achieved: number | null;
  /** all the scope's figures at `value` */
  figures: Figures;
  /** whether the target switches between met and not met inside the input's range (at `value`) */
  switches: boolean;
  /**
   * not reached, and the target figure is the same at today's value and at both ends of the range (for an NPV that is
   * a straight line in the input, at two values): the input does not move it there (the discount rate and a gross payback)
   */
  unmoved: boolean;
  /** how many evaluations the search took */
  evaluations: number;
}

/** a payback or NPV this close to the target is the target (docs: within a month, within £1) */
const CLOSE_ENOUGH = { npv: 1, payback: 1 / 12 };
/** what the search aims for, inside those: 50p, about a day */
const AIM = { npv: 0.5, payback: 0.003 };
const EXACTLY = { npv: 0.005, payback: 1e-7 };
/** halvings after which a bracket is as narrow as doubles go */
const MAX_STEPS = 200;

/** one trial: the figure and its margin at a value */
interface Trial {
  x: number;
  figure: number | null;
  margin: number;
  figures: Figures;
}

/**
 * Whether the answer is an equality (a continuous input aimed at a payback or NPV) or the first
 * value meeting the target (a whole-number input, a break-even month).
 */
const seeksEquality = (q: Question) => q.input.resolution !== 'whole' && q.target.name !== 'breakEven';

function isHit(q: Question, t: Trial): boolean {
  if (!seeksEquality(q)) return t.margin >= 0;
  return Math.abs(t.margin) <= (q.target.name === 'npv' ? CLOSE_ENOUGH.npv : CLOSE_ENOUGH.payback);
}

/** the target hit as exactly as it is written: half a penny, a few seconds of payback (a break-even month is never "equal") */
const exactly = (q: Question) => (q.target.name === 'npv' ? EXACTLY.npv : q.target.name === 'breakEven' ? -Infinity : EXACTLY.payback);
const aim = (q: Question) => (q.target.name === 'npv' ? AIM.npv : q.target.name === 'breakEven' ? Infinity : AIM.payback);

/**
 * Finds the input's value that meets the question's target, yielding the number of evaluations
 * after each one. `evaluator`: the search's own; a fresh one by default.
 */
export function* solveSteps(scenario: Scenario, q: Question, evaluator = new Evaluator()): Work<Answer, number> {
  let evaluations = 0;
  const at = function* (x: number): Generator<number, Trial, void> {
    evaluations++;
    const evaluation = yield* evaluating(evaluator.evaluateInSteps(withValue(scenario, q.input, x)), () => evaluations);
    const figure = figureValue(evaluation, q.scope, q.target.name);
    return { x, figure, margin: margin(q.target, figure), figures: figuresOf(evaluation, q.scope)! };
  };
  const answer = (t: Trial, reached = isHit(q, t), switches = false, unmoved = false): Answer => ({
    value: t.x,
    reached,
    switches,
    unmoved,
    achieved: t.figure,
    figures: t.figures,
    evaluations,
  });

  const { min, max } = q.input.rule;
  const today = yield* at(valueOf(scenario, q.input));
  yield evaluations;
  if (seeksEquality(q) && isHit(q, today)) return answer(today);

  if (q.input.npvIsLinear && q.target.name === 'npv' && q.input.resolution !== 'whole') {
    const other = yield* at(today.x === max ? min : max);
    yield evaluations;
    const line = yield* lineSolution(q, today, other, at, () => evaluations);
    // a straight line the same at two values is flat: the input does not move the NPV (a fee at 0 % occupancy)
    if (line !== undefined) return answer(line, isHit(q, line), false, !isHit(q, line) && other.figure === today.figure);
  }

  const lo = today.x === min ? today : yield* at(min);
  yield evaluations;
  const hi = today.x === max ? today : yield* at(max);
  yield evaluations;
  const met = (t: Trial) => t.margin >= 0;
  const found: Trial[] = [];
  for (const end of [lo, hi]) {
    if (met(end) !== met(today)) found.push(yield* narrowed(q, met(today) ? today : end, met(today) ? end : today, at, () => evaluations));
  }
  if (found.length > 0) {
    const nearest = found.sort((a, b) => Math.abs(a.x - today.x) - Math.abs(b.x - today.x))[0]!;
    return answer(nearest, isHit(q, nearest), true);
  }
  // No change of side within the range: met everywhere (a first-value question: today's value will
  // do; an equality: the closest there is) or nowhere (the closest to meeting it).
  if (met(today) && !seeksEquality(q)) return answer(today, true);
  const closeness = (t: Trial) => (met(t) ? -t.margin : t.margin);
  const best = [today, lo, hi].sort((a, b) => closeness(b) - closeness(a))[0]!;
  const reached = isHit(q, best);
  return answer(best, reached, false, !reached && lo.figure === today.figure && hi.figure === today.figure);
}

/** The finder run to its end. */
export function solve(scenario: Scenario, q: Question, evaluator = new Evaluator()): Answer {
  return runToEnd(solveSteps(scenario, q, evaluator));
}

/**
 * NPV where it is a straight line in the input: through two trials to the target, checked by a
 * third. Undefined when the check fails (the search takes over).
 */
function* lineSolution(
  q: Question,
  a: Trial,
  b: Trial,
  at: (x: number) => Generator<number, Trial, void>,
  count: () => number,
): Generator<number, Trial | undefined, void> {
  const { min, max } = q.input.rule;
  const slope = (b.margin - a.margin) / (b.x - a.x);
  if (!Number.isFinite(slope) || slope === 0) return a.margin > b.margin ? a : b;
  const exact = a.x - a.margin / slope;
  // out of the input's range: the end nearest the line's answer is the best there is
  if (exact < min) return a.x === min ? a : b.x === min ? b : yield* at(min);
  if (exact > max) return a.x === max ? a : b.x === max ? b : yield* at(max);
  for (const x of new Set([snapped(q.input, exact), exact])) {
    const t = yield* at(x);
    yield count();
    if (Math.abs(t.margin) <= AIM.npv) return t;
  }
  return undefined;
}

/**
 * Narrows a bracket from `met` (meets the target) to `unmet` (does not) until it is as fine as the
 * input's resolution and the met end is within aim of the target; then tries the met end rounded
 * to the resolution. Gives the met end.
 */
function* narrowed(
  q: Question,
  met: Trial,
  unmet: Trial,
  at: (x: number) => Generator<number, Trial, void>,
  count: () => number,
): Generator<number, Trial, void> {
  const whole = q.input.resolution === 'whole';
  const step = STEP[q.input.resolution];
  let a = met;
  let b = unmet;
  // Illinois: the end kept twice running has its margin halved, so both ends close in
  let weightA = 1;
  let weightB = 1;
  let kept: 'a' | 'b' | undefined;
  // where a side does not pay back, probe out from the met end, doubling: an answer is most often near today's value
  let reach = Math.max(Math.abs(a.x), 100 * step);
  // past this the target cannot be hit (a payback that jumps): NPV is continuous, a payback may not be
  const floor = step * (q.target.name === 'npv' ? 1e-9 : 1e-3);
  for (let i = 0; i < MAX_STEPS; i++) {
    const width = Math.abs(b.x - a.x);
    if (whole ? width <= 1 : a.margin <= exactly(q) || (width <= step && (a.margin <= aim(q) || width <= floor))) break;
    let x: number;
    const ma = a.margin * weightA;
    const mb = b.margin * weightB;
    if (!whole && Number.isFinite(ma) && Number.isFinite(mb) && ma !== mb) x = a.x + ((b.x - a.x) * ma) / (ma - mb);
    else if (!Number.isFinite(mb) && reach < width / 2) x = a.x + Math.sign(b.x - a.x) * reach;
    else x = (a.x + b.x) / 2;
    if (whole) x = Math.round(x);
    // keep strictly inside the bracket
    const lowX = Math.min(a.x, b.x);
    const highX = Math.max(a.x, b.x);
    if (whole) x = Math.min(highX - 1, Math.max(lowX + 1, x));
    else if (!(x > lowX && x < highX)) x = (a.x + b.x) / 2;
    if (!(x > lowX && x < highX)) break; // as narrow as doubles go
    const t = yield* at(x);
    yield count();
    if (t.margin >= 0) {
      reach *= 2;
      a = t;
      weightA = 1;
      if (kept === 'b') weightB /= 2;
      kept = 'b';
    } else {
      b = t;
      weightB = 1;
      if (kept === 'a') weightA /= 2;
      kept = 'a';
    }
  }
  if (whole) return a;
  // the met end to the input's resolution, if that still meets the target as closely
  const away = Math.sign(a.x - b.x) * (step / 2);
  for (const x of new Set([snapped(q.input, a.x), snapped(q.input, a.x + away)])) {
    if (x === a.x) return a;
    const t = yield* at(x);
    yield count();
    if (t.margin >= 0 && (t.margin <= aim(q) || t.margin <= a.margin)) return t;
  }
  return a;
}
