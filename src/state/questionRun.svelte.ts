/**
 * One question worked out on screen (a search, a tornado, switching values, a data table), in slices on the page
 * or in the questions' worker: its progress while it works, and its answer tied to the scenario object it was worked out from. A new run cancels
 * the one before; an answer for another scenario is never handed out as today's (`answerFor`), and `refresh`
 * works the same question out again for the scenario as it is now.
 */
import type { Scenario } from '../model/scenario.ts';
import { runInSlices, type RunOptions, type SlicedRun } from '../schedule/slices.ts';

/** How a question's run is started for a scenario: it reports its progress and can be cancelled. */
export type Launch<T, P> = (scenario: Scenario, onProgress: (progress: P) => void) => SlicedRun<T>;

export class QuestionRun<T, P = unknown> {
  #answer: T | null = $state.raw(null);
  #progress: P | null = $state.raw(null);
  #working = $state(false);
  /** the scenario the answer (or the run under way) is for */
  #for: Scenario | null = $state.raw(null);
  #run: SlicedRun<T> | null = null;
  #launch: Launch<T, P> | null = null;
  readonly #options: Omit<RunOptions<P>, 'onProgress'>;

  constructor(options: Omit<RunOptions<P>, 'onProgress'> = {}) {
    this.#options = options;
  }

  get working(): boolean {
    return this.#working;
  }

  /** the last progress of the run under way, or null */
  get progress(): P | null {
    return this.#working ? this.#progress : null;
  }

  /** whether an answer (or a run) exists that was for a scenario other than `scenario` */
  staleFor(scenario: Scenario): boolean {
    return this.#for !== null && this.#for !== scenario;
  }

  /** the answer, only if it was worked out from this very scenario */
  answerFor(scenario: Scenario): T | null {
    return this.#for === scenario ? this.#answer : null;
  }

  /** Works `question` out for `scenario` in slices on the page, cancelling any run under way. Resolves once it ends or is cancelled. */
  start(scenario: Scenario, question: (scenario: Scenario) => Generator<P, T, void>): Promise<void> {
    return this.launch(scenario, (at, onProgress) => runInSlices(question(at), { ...this.#options, onProgress }));
  }

  /**
   * Works a question out for `scenario` however `run` starts it (in slices, or in a worker), cancelling any run
   * under way. Resolves once it ends or is cancelled.
   */
  launch(scenario: Scenario, run: Launch<T, P>): Promise<void> {
    this.cancel();
    this.#launch = run;
    this.#for = scenario;
    this.#answer = null;
    this.#progress = null;
    this.#working = true;
    const started = run(scenario, (p) => (this.#progress = p));
    this.#run = started;
    return started.done.then(
      (answer) => {
        if (this.#run !== started || answer === undefined) return;
        this.#run = null;
        this.#answer = answer;
        this.#working = false;
      },
      (error: unknown) => {
        // a question the model cannot answer stops working, and leaves the page as it was
        if (this.#run === started) this.cancel();
        console.warn('Payback Explorer could not work out the question:', error);
      },
    );
  }

  /** The last question again, for `scenario`, if the answer shown (or being worked out) was for another. */
  refresh(scenario: Scenario): Promise<void> | undefined {
    if (this.#launch === null || !this.staleFor(scenario)) return undefined;
    return this.launch(scenario, this.#launch);
  }

  /** Stops the run under way; an answer it had not reached is never shown. */
  cancel(): void {
    this.#run?.cancel();
    this.#run = null;
    this.#working = false;
  }

  /** Forgets the question too: nothing is refreshed until the next start. */
  clear(): void {
    this.cancel();
    this.#launch = null;
    this.#for = null;
    this.#answer = null;
  }
}
