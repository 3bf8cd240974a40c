import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64url, toBase64url } from '../../src/share/base64url.ts';

describe('toBase64url / fromBase64url', () => {
  it('round trip: fromBase64url(toBase64url(bytes)) gives the bytes back, exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = fromBase64url(toBase64url(bytes));
        expect(decoded).toEqual({ ok: true, bytes, exact: true });
      }),
    );
  });

  it("toBase64url writes what Node's base64url writes (no padding)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('refuses a character outside the alphabet and says where it is', () => {
    for (const [text, index] of [
      ['ab+d', 2],
      ['abc/', 3],
      ['QQ==', 2],
      ['ab cd', 2],
      ['abé', 2],
      ['%41', 0],
    ] as const) {
      expect(fromBase64url(text)).toEqual({ ok: false, index });
    }
  });

  it('decodes a text with a dangling character but marks it inexact (a cut text)', () => {
    const whole = toBase64url(Uint8Array.from([1, 2, 3, 4, 5, 6]));
    const decoded = fromBase64url(`${whole}A`);
    expect(decoded).toEqual({ ok: true, bytes: Uint8Array.from([1, 2, 3, 4, 5, 6]), exact: false });
  });

  it('marks a last character with bits no encoder sets as inexact (a changed text)', () => {
    // "AQ" encodes [1]; "AR" differs only in the 4 unused low bits.
    expect(fromBase64url('AQ')).toEqual({ ok: true, bytes: Uint8Array.from([1]), exact: true });
    expect(fromBase64url('AR')).toEqual({ ok: true, bytes: Uint8Array.from([1]), exact: false });
  });
});
