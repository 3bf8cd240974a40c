import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { EXPLAIN_NET, explainDiscounted, explainGross, explainNpv, formatRate, horizonEnd } from '../../src/format/terms.ts';

const leics = presetById('leics-2021')!.scenario;

describe('the terms explained', () => {
  it('says where a 10-year horizon from April 2021 ends: March 2031', () => {
    expect(horizonEnd(leics)).toBe('March 2031');
    expect(horizonEnd({ startMonth: '2021-10', horizonYears: 1 })).toBe('September 2022');
  });

  it('explains discounting with the scenario’s rate, and general inflation when there is any', () => {
    expect(explainDiscounted(leics)).toBe('Discounted: each flow counts for less the later it comes, discounted at 3.5% a year.');
    expect(explainDiscounted({ discountRate: 0.035, generalInflation: 0.02 })).toBe(
      "Discounted: each flow counts for less the later it comes, taken into today's prices at general inflation of 2% a year, then discounted at 3.5% a year.",
    );
    expect(explainDiscounted({ discountRate: 0.05 })).toContain('at 5% a year');
  });

  it('follows the arithmetic when the rates make a later flow count for more, or the same', () => {
    expect(explainDiscounted({ discountRate: -0.01, generalInflation: 0 })).toBe(
      'Discounted: each flow counts for more the later it comes, discounted at −1% a year.',
    );
    expect(explainDiscounted({ discountRate: 0, generalInflation: 0 })).toContain('counts the same whenever it comes');
  });

  it('explains net of the asset, gross in the perspective used, and NPV to the horizon’s end', () => {
    expect(EXPLAIN_NET).toMatch(/^Net of the retained asset: the cash position plus what the property would sell for/);
    expect(explainGross({ perspective: 'council' })).toContain('external funding');
    expect(explainGross({ perspective: 'whole' })).not.toContain('funding');
    expect(explainNpv(leics)).toBe(
      "NPV (net present value): the discounted position at the end of March 2031, the horizon's end, plus the retained asset's value then, discounted at the same rate.",
    );
  });

  it('writes rates as the fields do', () => {
    expect(formatRate(0.035)).toBe('3.5%');
    expect(formatRate(-0.005)).toBe('−0.5%');
    expect(formatRate(0)).toBe('0%');
  });
});
