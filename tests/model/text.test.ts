import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/model/text.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutText', () => {
  it('keeps text within the length as it is', () => {
    expect(cutText('Property 1', 10)).toBe('Property 1');
  });

  it('cuts before a grapheme that would pass the length: an emoji, a flag, an accent', () => {
    expect(cutText('ab🏠', 3)).toBe('ab');
    expect(cutText('a🇬🇧', 4)).toBe('a');
    expect(cutText('cafe\u0301s', 4)).toBe('caf');
  });

  it('is a prefix, at most the length, made of whole graphemes (never half a surrogate pair)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(60), (text, max) => {
        const cut = cutText(text, max);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(loneSurrogate);
      }),
    );
  });
});
