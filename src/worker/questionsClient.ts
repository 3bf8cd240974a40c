/**
 * The page's side of the questions' worker (questionsWorker.ts): a tornado is sent there and its progress and
 * answer come back, as a run the page can cancel (the same shape as an in-page run in slices). The worker is
 * started on the first question and kept for the next, warm. Where there is no worker — no Worker in this
 * browser or test, or one that fails to start — each run is handed to `fallback`, the same work in slices on the
 * page, so a question is always answered.
 */
import type { Scope } from '../model/questions/inputs.ts';
import type { Tornado, TornadoOptions } from '../model/questions/sensitivity.ts';
import type { Progress } from '../model/questions/work.ts';
import type { Scenario } from '../model/scenario.ts';
import { afterNextPaint, type SlicedRun } from '../schedule/slices.ts';
import { tornadoFromWire, type TornadoRequest, type WorkerReply } from './protocol.ts';

interface Pending {
  resolve: (tornado: Tornado | undefined) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
  /** the same run on the page, if the worker cannot take it */
  fallback: () => SlicedRun<Tornado>;
}

export type TornadoQuestion = Required<Pick<TornadoOptions, 'figure' | 'step'>> & Pick<TornadoOptions, 'values'>;

export class QuestionsWorker {
  #worker: Promise<Worker> | null = null;
  #failed = typeof Worker === 'undefined';
  #next = 0;
  readonly #pending = new Map<number, Pending>();

  /** whether runs go to the worker (false once it has failed, or where there is none) */
  get available(): boolean {
    return !this.#failed;
  }

  tornado(
    scenario: Scenario,
    scope: Scope,
    question: TornadoQuestion,
    onProgress: ((progress: Progress) => void) | undefined,
    fallback: () => SlicedRun<Tornado>,
  ): SlicedRun<Tornado> {
    if (this.#failed) return fallback();
    const id = this.#next++;
    let local: SlicedRun<Tornado> | null = null;
    let cancelled = false;
    const done = new Promise<Tornado | undefined>((resolve, reject) => {
      this.#pending.set(id, {
        resolve,
        reject,
        onProgress,
        fallback: () => {
          local = fallback();
          if (cancelled) local.cancel();
          return local;
        },
      });
    });
    const request: TornadoRequest = {
      id,
      scenario,
      scope,
      figure: question.figure,
      step: question.step,
      values: [...(question.values ?? new Map()).entries()],
    };
    this.#started().then(
      (worker) => {
        const pending = this.#pending.get(id);
        if (pending === undefined) return; // cancelled before the worker was up
        try {
          worker.postMessage(request);
        } catch (error) {
          // a request that cannot be copied into a message (the page sends plain data) is worked out on the page
          console.warn('Payback Explorer could not send the question to its worker; working it out on the page:', error);
          this.#pending.delete(id);
          pending.fallback().done.then(pending.resolve, pending.reject);
        }
      },
      () => undefined, // #fail has handed every pending run to its fallback
    );
    return {
      done,
      cancel: () => {
        cancelled = true;
        local?.cancel();
        this.#pending.get(id)?.resolve(undefined);
        this.#pending.delete(id);
      },
    };
  }

  /** Stops the worker; a later question starts another. */
  terminate(): void {
    for (const pending of this.#pending.values()) pending.resolve(undefined);
    this.#pending.clear();
    this.#worker?.then(
      (worker) => worker.terminate(),
      () => undefined,
    );
    this.#worker = null;
  }

  #started(): Promise<Worker> {
    // Started once the page has painted: loading it (its address, its preload links) is a few ms the frame that
    // opens the panel has no room for.
    this.#worker ??= afterNextPaint()
      .then(() => import('./questionsWorker.ts'))
      .then(({ QUESTIONS_WORKER_URL }) => {
        const worker = new Worker(QUESTIONS_WORKER_URL, { type: 'module', name: 'Payback Explorer questions' });
        worker.onmessage = (event: MessageEvent<WorkerReply>) => this.#reply(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          worker.terminate();
          this.#fail(event.message || 'the worker failed');
        };
        return worker;
      });
    this.#worker.catch((error: unknown) => this.#fail(error));
    return this.#worker;
  }

  #reply(reply: WorkerReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.kind === 'answer') pending.resolve(tornadoFromWire(reply.tornado));
    else pending.reject(new Error(reply.message));
  }

  /** The worker could not start or broke: every run waiting on it, and every later one, runs on the page. */
  #fail(why: unknown): void {
    console.warn('Payback Explorer’s questions worker could not start or stopped; questions are worked out on the page:', why);
    this.#failed = true;
    this.#worker = null;
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const pending of waiting) pending.fallback().done.then(pending.resolve, pending.reject);
  }
}
