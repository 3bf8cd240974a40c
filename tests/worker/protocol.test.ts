import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { tornado, type Tornado, type TornadoSide } from '../../src/model/questions/sensitivity.ts';
import type { Figures } from '../../src/model/result.ts';
import { sideFromWire, sideToWire, tornadoFromWire, tornadoToWire } from '../../src/worker/protocol.ts';

const leics = presetById('leics-2021')!.scenario;

/** every figure as its exact digits, null as null */
const digits = (f: Figures) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v === null ? null : String(v)]));
const side = (s: TornadoSide) => ({ value: s.value, change: s.change, figures: digits(s.figures) });
const plain = (t: Tornado) => ({
  figure: t.figure,
  base: digits(t.base),
  rows: t.rows.map((r) => ({ scheme: r.scheme, input: r.input, base: r.base, effect: r.effect, low: side(r.low), high: side(r.high) })),
});

describe('the worker protocol', () => {
  it('a tornado read back after structured clone is the one worked out, digit for digit', () => {
    for (const scope of ['portfolio', { scheme: 'p2' }] as const) {
      const t = tornado(leics, scope, { figure: 'npv', step: 0.6 });
      const back = tornadoFromWire(structuredClone(tornadoToWire(t)));
      expect(plain(back)).toEqual(plain(t));
      // a step this large makes Property 2 stop paying back: its nulls come back as nulls, its effect as Infinity
      if (scope !== 'portfolio') expect(back.rows.some((r) => r.low.figures.paybackYears === null)).toBe(true);
    }
  });

  it('keeps what binary numbers would not: 63 digits, a negative zero change, nulls and a break-even month', () => {
    const t = tornado(leics, { scheme: 'p1' });
    const figures: Figures = {
      ...t.base,
      npv: t.base.npv.plus('0.000000000000000000000000000000000000000000000000000000000001'),
      paybackYears: null,
      breakEven: '2031-03',
    };
    const back = sideFromWire(
      sideToWire(0.1 + 0.2, figures, { paybackYears: null, netPaybackYears: -0, discountedPaybackYears: 1e-300, npv: -5 }),
    );
    expect(back.value).toBe(0.1 + 0.2);
    expect(digits(back.figures)).toEqual(digits(figures));
    expect(Object.is(back.change.netPaybackYears, -0)).toBe(true);
    expect(back.change).toMatchObject({ paybackYears: null, discountedPaybackYears: 1e-300, npv: -5 });
  });
});
