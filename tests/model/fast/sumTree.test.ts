import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/model/decimal.ts';
import { CarriedSums, SumTree } from '../../../src/model/fast/sumTree.ts';
import { pairwiseSum } from '../../../src/model/figures.ts';

describe('SumTree', () => {
  /** decimals longer than the model's digits, whose sums round: the order of the additions shows in the last digit */
  const arbLong = fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }).map((n) => new Decimal(`${n}e-7`));

  it('a tree with parts replaced totals exactly what a tree built afresh from the new parts does', () => {
    fc.assert(
      fc.property(
        fc.array(arbLong, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), arbLong), { maxLength: 6 }),
        (parts, replacements) => {
          const changes = replacements.map(([i, value]) => [i % parts.length, value] as const);
          // the last replacement of a part wins, as in the tree
          const after = [...parts];
          for (const [i, value] of changes) after[i] = value;
          const unique = [...new Map(changes).entries()];
          expect(SumTree.of(parts).with(unique).total.toString()).toBe(SumTree.of(after).total.toString());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('totals its parts', () => {
    const parts = [1, 2, 3, 4, 5, 6, 7].map((n) => new Decimal(n));
    expect(SumTree.of(parts).total.toString()).toBe('28');
    expect(
      SumTree.of(parts)
        .with([[6, new Decimal(-7)]])
        .total.toString(),
    ).toBe('14');
    expect(SumTree.of([new Decimal('2.5')]).total.toString()).toBe('2.5');
  });
});

describe('CarriedSums', () => {
  const arbLong = fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }).map((n) => new Decimal(`${n}e-7`));
  /** a part: two values, one per sum */
  const arbPart = fc.tuple(arbLong, arbLong).map(([a, b]) => ({ values: [a, b] }));

  it('carried-over sums are the pairwise sums of the parts, whatever was summed before', () => {
    fc.assert(
      fc.property(
        fc.array(arbPart, { maxLength: 24 }),
        fc.array(fc.tuple(fc.nat(), arbPart), { maxLength: 12 }),
        fc.nat({ max: 3 }),
        (first, replacements, resizeAt) => {
          const sums = new CarriedSums<{ values: Decimal[] }>();
          let parts = first;
          const check = () => {
            const got = sums.totals(parts, 2, (p) => p.values).map(String);
            expect(got).toEqual([0, 1].map((k) => pairwiseSum(parts.map((p) => p.values[k]!)).toString()));
          };
          check();
          replacements.forEach(([i, part], n) => {
            // mostly one part replaced, as a slider does; now and then one more or one fewer part
            if (n === resizeAt) parts = n % 2 ? [...parts, part] : parts.slice(1);
            else if (parts.length > 0) parts = parts.map((p, j) => (j === i % parts.length ? part : p));
            check();
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a tree built afresh totals the pairwise sum', () => {
    fc.assert(
      fc.property(fc.array(arbLong, { minLength: 1, maxLength: 40 }), (parts) => {
        expect(SumTree.of(parts).total.toString()).toBe(pairwiseSum(parts).toString());
      }),
    );
  });
});
