import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UNTITLED, uniqueName, uniqueNames } from '../../src/storage/names.ts';

describe('uniqueName', () => {
  it('is the wanted name when free, else the first free "(n)", never over 200 characters', () => {
    expect(uniqueName('A', [])).toBe('A');
    expect(uniqueName('A', ['A'])).toBe('A (2)');
    expect(uniqueName('A', ['A', 'A (2)', 'A (3)'])).toBe('A (4)');
    expect(uniqueName('A (3)', ['A', 'A (3)'])).toBe('A (2)');
    const long = 'x'.repeat(200);
    expect(uniqueName(long, [long])).toBe(`${'x'.repeat(196)} (2)`);
  });

  it('cuts a long name between graphemes: never inside an emoji’s surrogate pair or a flag', () => {
    const home = `${'x'.repeat(194)}🏠🏠`; // 198 units: the second emoji is units 196–197
    expect(uniqueName(home, [home])).toBe(`${'x'.repeat(194)}🏠 (2)`);
    const flag = `${'x'.repeat(193)}🇬🇧x`; // the flag is one grapheme of four units
    expect(uniqueName(flag, [flag])).toBe(`${'x'.repeat(193)} (2)`);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 190, maxLength: 210 }), (wanted) => {
        const name = uniqueName(wanted, [wanted]);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });

  it('uniqueNames gives each name what uniqueName would, in turn, against the taken names and those before it', () => {
    const name = fc.oneof(
      fc.constantFrom('Plan', 'plan', ' Plan ', 'Plan (2)', 'Plan (3)', 'Other', 'Ωmega Σ', '', 'x'.repeat(200), `${'x'.repeat(196)} (2)`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), fc.array(name, { maxLength: 12 }), (wanted, taken) => {
        const expected: string[] = [];
        for (const one of wanted) expected.push(uniqueName(one, [...taken, ...expected]));
        expect(uniqueNames(wanted, taken)).toEqual(expected);
      }),
    );
  });

  it('gives a blank name as "Untitled scenario"', () => {
    expect(uniqueName('   ', [])).toBe(UNTITLED);
    expect(uniqueName('', [UNTITLED])).toBe(`${UNTITLED} (2)`);
  });

  it('never returns a name already taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 210 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 }), (wanted, others) => {
        const taken = [...others, wanted, `${wanted} (2)`];
        const name = uniqueName(wanted, taken);
        const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB');
        expect(taken.map(fold)).not.toContain(fold(name));
        expect(name.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});
