/**
 * One question worked out on screen (a search, a tornado, switching values, a data table), in slices: its
 * progress while it works, and its answer tied to the scenario object it was worked out from. A new run cancels
 * the one before; an answer for another scenario is never handed out as today's (`answerFor`), and `refresh`
 * works the same question out again for the scenario as it is now.
 */
import type { Scenario } from '../model/scenario.ts';
import { runInSlices, type RunOptions, type SlicedRun } from '../schedule/slices.ts';

export class QuestionRun<T, P = unknown> {
  #answer: T | null = $state.raw(null);
  #progress: P | null = $state.raw(null);
  #working = $state(false);
  /** the scenario the answer (or the run under way) is for */
  #for: Scenario | null = $state.raw(null);
  #run: SlicedRun<T> | null = null;
  #question: ((scenario: Scenario) => Generator<P, T, void>) | null = null;
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

  /** Works `question` out for `scenario`, cancelling any run under way. Resolves once it ends or is cancelled. */
  start(scenario: Scenario, question: (scenario: Scenario) => Generator<P, T, void>): Promise<void> {
    this.cancel();
    this.#question = question;
    this.#for = scenario;
    this.#answer = null;
    this.#progress = null;
    this.#working = true;
    const run = runInSlices(question(scenario), { ...this.#options, onProgress: (p) => (this.#progress = p) });
    this.#run = run;
    return run.done.then(
      (answer) => {
        if (this.#run !== run || answer === undefined) return;
        this.#run = null;
        this.#answer = answer;
        this.#working = false;
      },
      (error: unknown) => {
        // a question the model cannot answer stops working, and leaves the page as it was
        if (this.#run === run) this.cancel();
        console.warn('Payback Explorer could not work out the question:', error);
      },
    );
  }

  /** The last question again, for `scenario`, if the answer shown (or being worked out) was for another. */
  refresh(scenario: Scenario): Promise<void> | undefined {
    if (this.#question === null || !this.staleFor(scenario)) return undefined;
    return this.start(scenario, this.#question);
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
    this.#question = null;
    this.#for = null;
    this.#answer = null;
  }
}
