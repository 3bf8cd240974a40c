import { describe, expect, it } from 'vitest';
import { Discounting } from '../../src/model/discounting.ts';
import { StreamPositions } from '../../src/model/fast/phases.ts';
import { withAssets } from '../../src/model/netPosition.ts';
import { Exact } from '../../src/model/exact.ts';

describe('withAssets', () => {
  it('adds the asset, stepping up on each anniversary', () => {
    const discounting = new Discounting(0, 0, 36);
    const cash = new StreamPositions(
      [{ kind: 'capital', amount: Exact.fromNumber(-1000), approx: -1000, divisor: 1, rate: 0, shift: 0, from: 0, to: 1 }],
      36,
      discounting,
    ).cash;
    const net = withAssets(cash, [{ value: 800, appreciation: 0.1 }], discounting.uplifts);
    expect(net.exact(0).toString()).toBe('-200');
    expect(net.exact(11).toString()).toBe('-200');
    expect(net.exact(12).toString()).toBe('-120'); // 800 × 1.1 − 1000
    expect(net.flow(12).toString()).toBe('80');
    expect(net.flow(13).isZero()).toBe(true);
    expect(net.exact(24).toString()).toBe('-32'); // 800 × 1.21 − 1000
  });
});
