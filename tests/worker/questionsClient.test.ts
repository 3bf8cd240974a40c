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
function fakeWorker(behaviour: 'answers' | 'fails', answer: Tornado) {
  const requests: TornadoRequest[] = [];
  class FakeWorker {
    onmessage: ((event: { data: WorkerReply }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    postMessage(request: TornadoRequest) {
      requests.push(request);
      setTimeout(() => {
        if (behaviour === 'fails') this.onerror?.({ preventDefault: () => undefined });
        else {
          this.onmessage?.({ data: { id: request.id, kind: 'progress', progress: { done: 1, total: 2 } } });
          this.onmessage?.({ data: structuredClone({ id: request.id, kind: 'answer', tornado: tornadoToWire(answer) }) });
        }
      }, 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return requests;
}

describe('QuestionsWorker', () => {
  afterEach(() => vi.unstubAllGlobals());
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

  it('a cancelled run resolves with no answer, even when the worker replies after', async () => {
    fakeWorker('answers', answer);
    const worker = new QuestionsWorker();
    const run = worker.tornado(leics, 'portfolio', question, undefined, onThePage(answer));
    run.cancel();
    expect(await run.done).toBeUndefined();
  });

  it('a worker that fails to start hands the run, and every later one, to the page', async () => {
    fakeWorker('fails', answer);
    const worker = new QuestionsWorker();
    const fallback = onThePage(answer);
    expect(await worker.tornado(leics, 'portfolio', question, undefined, fallback).done).toBe(answer);
    expect(fallback).toHaveBeenCalledOnce();
    expect(worker.available).toBe(false);
    const later = onThePage(answer);
    expect(await worker.tornado(leics, 'portfolio', question, undefined, later).done).toBe(answer);
    expect(later).toHaveBeenCalledOnce();
  });
});
