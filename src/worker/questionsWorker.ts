/**
 * The questions' worker: a tornado of a hundred schemes is worked out here, off the page's thread, by the same
 * src/model the page runs, so its garbage collection and its thousands of evaluations never hold up a frame.
 * It keeps one Evaluator from request to request (an edit of one scheme is one scheme worked out again), and
 * steps its work in slices so that a newer request, which ends the one under way, is read between them.
 *
 * The page finds this file by its own address (QUESTIONS_WORKER_URL, this module's import.meta.url): the built
 * app shares the model's chunk between the page and the worker, so the model ships once.
 */
import { Evaluator } from '../model/evaluate.ts';
import { tornadoSteps } from '../model/questions/sensitivity.ts';
import type { Progress } from '../model/questions/work.ts';
import { tornadoToWire, type TornadoRequest, type WorkerReply } from './protocol.ts';

export const QUESTIONS_WORKER_URL = import.meta.url;

/** how long the worker steps a tornado before it reads its messages */
const SLICE_MS = 50;
/** how often it says how far it has got: each time is a frame's work on the page (the words, their paint) */
const PROGRESS_MS = 250;

interface Port {
  postMessage(reply: WorkerReply): void;
}

/** Answers tornado requests; a newer request ends the one under way. `pause` lets queued messages in. */
export class QuestionsServer {
  readonly #evaluator = new Evaluator();
  #latest = -1;

  constructor(
    private readonly port: Port,
    private readonly pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
    private readonly now: () => number = () => performance.now(),
  ) {}

  async tornado(request: TornadoRequest): Promise<void> {
    this.#latest = request.id;
    let said = this.now();
    const values = new Map(request.values);
    const work = tornadoSteps(request.scenario, request.scope, { figure: request.figure, step: request.step, values }, this.#evaluator);
    try {
      for (;;) {
        const until = this.now() + SLICE_MS;
        let last: Progress | undefined;
        for (;;) {
          const step = work.next();
          if (step.done) {
            this.port.postMessage({ id: request.id, kind: 'answer', tornado: tornadoToWire(step.value) });
            return;
          }
          last = step.value;
          if (this.now() >= until) break;
        }
        if (this.now() - said >= PROGRESS_MS) {
          this.port.postMessage({ id: request.id, kind: 'progress', progress: last! });
          said = this.now();
        }
        await this.pause();
        if (this.#latest !== request.id) return;
      }
    } catch (error) {
      this.port.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

// Only in a worker: imported by the page (for its address), this module starts nothing.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const server = new QuestionsServer(self as unknown as Port);
  self.onmessage = (event: MessageEvent<TornadoRequest>) => void server.tornado(event.data);
}
