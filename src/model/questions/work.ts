/**
 * Long questions (a search, a tornado of a hundred schemes) are generators: each yields between
 * units of work, so a page can run them in time slices and drop one whose scenario has changed;
 * `runToEnd` is the plain run the command line and tests use.
 */

/** How far a piece of work has got: `done` units of `total`. */
export interface Progress {
  done: number;
  total: number;
}

/** A question worked out step by step: yields progress, returns the answer. */
export type Work<T, P = Progress> = Generator<P, T, void>;

/** Runs a piece of work to its end and gives its answer. */
export function runToEnd<T>(work: Generator<unknown, T, void>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** An evaluation's own steps (`Evaluator.evaluateInSteps`, one per scheme worked out), each yielding `progress()`. */
export function* evaluating<T, P>(steps: Generator<void, T, void>, progress: () => P): Generator<P, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield progress();
  }
}
