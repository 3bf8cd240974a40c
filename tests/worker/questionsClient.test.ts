import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { tornado, type Tornado } from '../../src/model/questions/sensitivity.ts';
import type { SlicedRun } from '../../src/schedule/slices.ts';
import { tornadoToWire, type TornadoRequest, type WorkerReply } from '../../src/worker/protocol.ts';
import { QuestionsWorker } from '../../src/worker/questionsClient.ts';

const leics = presetById('leics-2021')!.scenario;
const question = { figure: 'paybackYears', step: 0.1 } as const;

/** the same run on the page: answers `answer` at once */
const onThePage = (answer: Tornado) => {
  const fallback = vi.fn((): SlicedRun<Tornado> => ({ done: Promise.resolve(answer), cancel: () => undefined }));
  return fallback;
};

/** A stand-in for the browser's Worker: it answers each request with `reply`, or fails to start. */
function fakeWorker(behaviour: 'answers' | 'holds' | 'fails', answer: Tornado) {
  const requests: TornadoRequest[] = [];
  /** in 'holds', the replies wait here until the test lets them go */
  const held: (() => void)[] = [];
  class FakeWorker {
    onmessage: ((event: { data: WorkerReply }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    postMessage(request: TornadoRequest) {
      // as a real worker's port does: what cannot be copied into a message throws here, in the page
      requests.push(structuredClone(request));
      const reply = () => {
        if (behaviour === 'fails') this.onerror?.({ preventDefault: () => undefined });
        else {
          this.onmessage?.({ data: { id: request.id, kind: 'progress', progress: { done: 1, total: 2 } } });
          this.onmessage?.({ data: structuredClone({ id: request.id, kind: 'answer', tornado: tornadoToWire(answer) }) });
        }
      };
      if (behaviour === 'holds') held.push(reply);
      else setTimeout(reply, 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return Object.assign(requests, { release: () => held.splice(0).forEach((reply) => reply()) });
}

describe('QuestionsWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const answer = tornado(leics, 'portfolio');

  it('with no Worker at all, runs each tornado on the page', async () => {
    const worker = new QuestionsWorker();
    expect(worker.available).toBe(false);
    const fallback = onThePage(answer);
    const run = worker.tornado(leics, 'portfolio', question, undefined, fallback);
    expect(await run.done).toBe(answer);
    expect(fallback).toHaveBeenCalledOnce();
  });

  it('sends the question to the worker and reads back its progress and its answer', async () => {
    const requests = fakeWorker('answers', answer);
    const worker = new QuestionsWorker();
    const progress = vi.fn();
    const fallback = onThePage(answer);
    const got = await worker.tornado(
      leics,
      { scheme: 'p2' },
      { ...question, values: new Map([['placements.beds', { low: 2, high: 4 }]]) },
      progress,
      fallback,
    ).done;
    expect(fallback).not.toHaveBeenCalled();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      scope: { scheme: 'p2' },
      figure: 'paybackYears',
      step: 0.1,
      values: [['placements.beds', { low: 2, high: 4 }]],
    });
    expect(progress).toHaveBeenCalledWith({ done: 1, total: 2 });
    expect(got!.rows.map((r) => r.input)).toEqual(answer.rows.map((r) => r.input));
    expect(got!.base.paybackYears!.toString()).toBe(answer.base.paybackYears!.toString());
  });

  it('a run cancelled before the worker is up resolves with no answer, and is never sent', async () => {
    const requests = fakeWorker('answers', answer);
    const worker = new QuestionsWorker();
    const run = worker.tornado(leics, 'portfolio', question, undefined, onThePage(answer));
    run.cancel();
    expect(await run.done).toBeUndefined();
    // the next question starts the worker and is the only one it is sent
    await worker.tornado(leics, { scheme: 'p2' }, question, undefined, onThePage(answer)).done;
    expect(requests.map((r) => r.scope)).toEqual([{ scheme: 'p2' }]);
  });

  it('a run cancelled while the worker works resolves with no answer, though the worker replies after', async () => {
    const requests = fakeWorker('holds', answer);
    const worker = new QuestionsWorker();
    const progress = vi.fn();
    const run = worker.tornado(leics, 'portfolio', question, progress, onThePage(answer));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    run.cancel();
    requests.release(); // its progress and answer arrive, for no one
    expect(await run.done).toBeUndefined();
    expect(progress).not.toHaveBeenCalled();
  });

  it('a question that cannot be copied into a message is worked out on the page instead', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeWorker('answers', answer);
    const worker = new QuestionsWorker();
    const fallback = onThePage(answer);
    // a function cannot cross to a worker (nor can a reactive proxy, which is what this stands for)
    const scope = { scheme: 'p2', toString: () => 'p2' } as unknown as { scheme: string };
    expect(await worker.tornado(leics, scope, question, undefined, fallback).done).toBe(answer);
    expect(fallback).toHaveBeenCalledOnce();
    expect(worker.available).toBe(true);
  });

  it('a worker that fails to start hands the run, and every later one, to the page, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeWorker('fails', answer);
    const worker = new QuestionsWorker();
    const fallback = onThePage(answer);
    expect(await worker.tornado(leics, 'portfolio', question, undefined, fallback).done).toBe(answer);
    expect(fallback).toHaveBeenCalledOnce();
    expect(worker.available).toBe(false);
    const later = onThePage(answer);
    expect(await worker.tornado(leics, 'portfolio', question, undefined, later).done).toBe(answer);
    expect(later).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
  });
});
