import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { tornado } from '../../src/model/questions/sensitivity.ts';
import { tornadoFromWire, type TornadoRequest, type WorkerReply } from '../../src/worker/protocol.ts';
import { QuestionsServer } from '../../src/worker/questionsWorker.ts';
import { Evaluator } from '../../src/model/evaluate.ts';

const leics = presetById('leics-2021')!.scenario;
const request = (id: number, over: Partial<TornadoRequest> = {}): TornadoRequest => ({
  id,
  scenario: leics,
  scope: 'portfolio',
  figure: 'paybackYears',
  step: 0.1,
  values: [],
  ...over,
});

/** a server whose clock moves 10 ms at each reading, so every step is a slice's worth of work */
function server(evaluator = new Evaluator()) {
  const replies: WorkerReply[] = [];
  let t = 0;
  let release: (() => void)[] = [];
  const counts = { pauses: 0 };
  const s = new QuestionsServer(
    { postMessage: (r) => replies.push(structuredClone(r)) },
    {
      pause: () => {
        counts.pauses += 1;
        return new Promise<void>((resolve) => release.push(resolve));
      },
      now: () => (t += 10),
      evaluator,
    },
  );
  /** lets the paused slices go on, until none is waiting */
  const drain = async () => {
    for (let i = 0; i < 10_000 && release.length > 0; i++) {
      const waiting = release;
      release = [];
      waiting.forEach((go) => go());
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { s, replies, drain, counts };
}

describe('the questions worker', () => {
  it('answers a tornado as the model does, with its progress on the way', async () => {
    const { s, replies, drain, counts } = server();
    const done = s.tornado(request(1, { figure: 'npv', values: [['p2.placements.occupancy', { low: 0.5, high: 0.95 }]] }));
    await drain();
    await done;
    const answer = replies.at(-1)!;
    expect(answer.kind).toBe('answer');
    const expected = tornado(leics, 'portfolio', {
      figure: 'npv',
      values: new Map([['p2.placements.occupancy', { low: 0.5, high: 0.95 }]]),
    });
    const got = answer.kind === 'answer' ? tornadoFromWire(answer.tornado) : null;
    expect(got!.rows.map((r) => [r.scheme, r.input, r.effect, r.low.value, r.high.value])).toEqual(
      expected.rows.map((r) => [r.scheme, r.input, r.effect, r.low.value, r.high.value]),
    );
    expect(got!.base.npv.toString()).toBe(expected.base.npv.toString());
    const progress = replies.filter((r) => r.kind === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    // said at most every 250 ms of the worker's clock, not at each of its 50 ms slices
    expect(counts.pauses).toBeGreaterThan(10);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(counts.pauses / 4));
    expect(replies.every((r) => r.id === 1)).toBe(true);
  });

  it('a newer request ends the one under way: the older is never answered', async () => {
    const { s, replies, drain } = server();
    const first = s.tornado(request(1));
    const second = s.tornado(request(2, { scope: { scheme: 'p2' } }));
    await drain();
    await Promise.all([first, second]);
    const answers = replies.filter((r) => r.kind === 'answer');
    expect(answers.map((r) => r.id)).toEqual([2]);
    // the ended request shared the evaluator: what it left behind does not change the answer
    const expected = tornado(leics, { scheme: 'p2' });
    const got = answers[0]!.kind === 'answer' ? tornadoFromWire(answers[0]!.tornado) : null;
    expect(got!.rows.map((r) => [r.input, r.effect, r.low.figures.npv.toString(), r.high.figures.npv.toString()])).toEqual(
      expected.rows.map((r) => [r.input, r.effect, r.low.figures.npv.toString(), r.high.figures.npv.toString()]),
    );
  });

  it('stays warm from request to request although each message brings copies of the schemes', async () => {
    const evaluator = new Evaluator();
    const { s, drain } = server(evaluator);
    const ask = async (id: number) => {
      const before = evaluator.stats.schemesEvaluated;
      const done = s.tornado(request(id, { scenario: structuredClone(leics), scope: { scheme: 'p2' } }));
      await drain();
      await done;
      return evaluator.stats.schemesEvaluated - before;
    };
    const cold = await ask(1);
    // the same scenario again, in new objects, as the next message brings it: the schemes the question does not
    // move are not worked out again (copies would all be; the cold run works each of them out once at least)
    const warm = await ask(2);
    expect(warm).toBeLessThanOrEqual(cold - (leics.schemes.length - 1));
  });

  it('a question the model cannot answer is said to have failed, not left waiting', async () => {
    const { s, replies, drain } = server();
    const done = s.tornado(request(3, { scope: { scheme: 'no-such-scheme' } }));
    await drain();
    await done;
    expect(replies.at(-1)).toMatchObject({ id: 3, kind: 'failed' });
  });
});
