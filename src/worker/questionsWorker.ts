/**
 * The questions' worker: a tornado of a hundred schemes is worked out here, off the page's thread, by the same
 * src/model the page runs, so its garbage collection and its thousands of evaluations never hold up a frame.
 * It keeps one Evaluator from request to request (an edit of one scheme is one scheme worked out again), and
 * steps its work in slices (runInSlices, as the page does) so that a newer request, which ends the one under way,
 * is read between them.
 *
 * The page finds this file by its own address (QUESTIONS_WORKER_URL, this module's import.meta.url): the built
 * app shares the model's chunk between the page and the worker, so the model ships once.
 */
import { Evaluator } from '../model/evaluate.ts';
import { tornadoSteps, type Tornado } from '../model/questions/sensitivity.ts';
import type { Progress } from '../model/questions/work.ts';
import type { Scenario, Scheme } from '../model/scenario.ts';
import { runInSlices, type SlicedRun } from '../schedule/slices.ts';
import { tornadoToWire, type TornadoRequest, type WorkerReply } from './protocol.ts';

export const QUESTIONS_WORKER_URL = import.meta.url;

/** how long the worker steps a tornado before it reads its messages */
const SLICE_MS = 50;
/** how often it says how far it has got: each time is a frame's work on the page (the words, their paint) */
const PROGRESS_MS = 250;

interface Port {
  postMessage(reply: WorkerReply): void;
}

export interface ServerOptions {
  /** how a slice lets queued messages in (tests give their own) */
  pause?: () => Promise<void>;
  now?: () => number;
  evaluator?: Evaluator;
}

/**
 * Answers tornado requests, one at a time: a newer request ends the one under way. Its Evaluator knows schemes by
 * object, and every message brings copies, so a scheme whose content is the same as in the last request is handed
 * on as last request's object: an edit of one scheme is then one scheme worked out again, as on the page.
 */
export class QuestionsServer {
  readonly #evaluator: Evaluator;
  readonly #pause: () => Promise<void>;
  readonly #now: () => number;
  #run: SlicedRun<Tornado> | null = null;
  #schemes = new Map<string, { text: string; scheme: Scheme }>();

  constructor(
    private readonly port: Port,
    {
      pause = () => new Promise((resolve) => setTimeout(resolve, 0)),
      now = () => performance.now(),
      evaluator = new Evaluator(),
    }: ServerOptions = {},
  ) {
    this.#pause = pause;
    this.#now = now;
    this.#evaluator = evaluator;
  }

  tornado(request: TornadoRequest): Promise<void> {
    this.#run?.cancel();
    const scenario = this.#sameSchemes(request.scenario);
    const values = new Map(request.values);
    const work = tornadoSteps(scenario, request.scope, { figure: request.figure, step: request.step, values }, this.#evaluator);
    let said = this.#now();
    const run = runInSlices(work, {
      sliceMs: SLICE_MS,
      pause: this.#pause,
      now: this.#now,
      onProgress: (progress: Progress) => {
        if (this.#now() - said < PROGRESS_MS) return;
        this.port.postMessage({ id: request.id, kind: 'progress', progress });
        said = this.#now();
      },
    });
    this.#run = run;
    return run.done.then(
      (tornado) => {
        if (tornado !== undefined) this.port.postMessage({ id: request.id, kind: 'answer', tornado: tornadoToWire(tornado) });
      },
      (error: unknown) => {
        this.port.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  /** The scenario with each scheme that is as it was in the last request replaced by last request's object. */
  #sameSchemes(scenario: Scenario): Scenario {
    const next = new Map<string, { text: string; scheme: Scheme }>();
    const schemes = scenario.schemes.map((scheme) => {
      const text = JSON.stringify(scheme);
      const last = this.#schemes.get(scheme.id);
      const kept = last !== undefined && last.text === text ? last.scheme : scheme;
      next.set(scheme.id, { text, scheme: kept });
      return kept;
    });
    this.#schemes = next;
    return { ...scenario, schemes };
  }
}

// Only in a worker: imported by the page (for its address), this module starts nothing.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const server = new QuestionsServer(self as unknown as Port);
  self.onmessage = (event: MessageEvent<TornadoRequest>) => void server.tornado(event.data);
}
