import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32 } from '../../src/share/checksum.ts';

describe('crc32', () => {
  it('gives the standard check value for "123456789" (CRC-32/ISO-HDLC)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it("agrees with zlib's crc32 on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });

  it('changes when any one byte changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const changed = bytes.slice();
        const index = at % bytes.length;
        changed[index] = ((changed[index] ?? 0) + delta) % 256;
        expect(crc32(changed)).not.toBe(crc32(bytes));
      }),
    );
  });
});
