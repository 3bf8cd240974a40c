import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
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
    await inflateRaw(bomb, 1_000_000); // warm up
    const capped = await timed(() => inflateRaw(bomb, 1_000_000));
    const whole = await timed(() => inflateRaw(bomb.subarray(0, bomb.length / 4), Number.MAX_SAFE_INTEGER));
    expect(capped.result).toEqual({ ok: false, reason: 'tooLarge' });
    // A quarter of the bomb unpacked whole takes far longer than the capped read of all of it.
    expect(capped.ms).toBeLessThan(whole.ms / 5);
  });

  it('calls a cut or garbled stream corrupt', async () => {
    const deflated = await deflateRaw(new TextEncoder().encode('{"name":"a scenario"}'.repeat(20)));
    expect(await inflateRaw(deflated.slice(0, deflated.length - 3), 1_000_000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0x01, 0x02]), 1_000_000)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
