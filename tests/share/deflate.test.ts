import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { deflateRaw, inflateRaw } from '../../src/share/deflate.ts';

/** `megabytes` MB of zeros, deflated by zlib a megabyte at a time (never held whole). */
async function packedZeros(megabytes: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const megabyte = Buffer.alloc(1_000_000);
  for (let i = 0; i < megabytes; i += 1) deflater.write(megabyte);
  deflater.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The platform's DecompressionStream with a count of the bytes it has unpacked and handed on, for a test to
 * install in its place: how much of a stream was unpacked, without timing anything.
 */
function countingDecompression(): { Counting: typeof DecompressionStream; unpacked: () => number } {
  const Real = globalThis.DecompressionStream;
  let unpacked = 0;
  class Counting {
    readonly writable: WritableStream<BufferSource>;
    readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
    constructor(format: CompressionFormat) {
      const real = new Real(format);
      this.writable = real.writable;
      this.readable = real.readable.pipeThrough(
        new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
          transform(chunk, controller) {
            unpacked += chunk.length;
            controller.enqueue(chunk);
          },
        }),
      );
    }
  }
  return { Counting: Counting as unknown as typeof DecompressionStream, unpacked: () => unpacked };
}

describe('deflateRaw / inflateRaw', () => {
  it('round trip: inflateRaw(deflateRaw(bytes)) gives the bytes back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const inflated = await inflateRaw(await deflateRaw(bytes), 1_000_000);
        expect(inflated).toEqual({ ok: true, bytes });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts exactly the cap and refuses one byte more', async () => {
    const bytes = new Uint8Array(10_000).fill(7);
    const deflated = await deflateRaw(bytes);
    expect((await inflateRaw(deflated, 10_000)).ok).toBe(true);
    expect(await inflateRaw(deflated, 9_999)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('stops reading a decompression bomb at the cap instead of unpacking it all', async () => {
    // 400 MB of zeros packed into about 400 kB; unpacking it whole takes seconds and 400 MB.
    const bomb = await packedZeros(400);
    const { Counting, unpacked } = countingDecompression();
    vi.stubGlobal('DecompressionStream', Counting);
    try {
      expect(await inflateRaw(bomb, 1_000_000)).toEqual({ ok: false, reason: 'tooLarge' });
    } finally {
      vi.unstubAllGlobals();
    }
    // Unpacking stopped at the cap: past the megabyte, no more than the chunk that crossed it and one more
    // (Node's inflater hands on 16 KiB at a time; 64 KiB allows for another's).
    expect(unpacked()).toBeGreaterThan(1_000_000);
    expect(unpacked()).toBeLessThanOrEqual(1_000_000 + 2 * 65_536);
  });

  it('calls a cut or garbled stream corrupt', async () => {
    const deflated = await deflateRaw(new TextEncoder().encode('{"name":"a scenario"}'.repeat(20)));
    expect(await inflateRaw(deflated.slice(0, deflated.length - 3), 1_000_000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0x01, 0x02]), 1_000_000)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
