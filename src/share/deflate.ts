/**
 * deflate-raw through the platform's CompressionStream / DecompressionStream (browsers, Node ≥ 18).
 * Inflating is capped: a small link may unpack to gigabytes, so reading stops at the cap.
 */

/** Input is fed to the inflater in slices this small, so one slice can never unpack to much past the cap. */
const INFLATE_SLICE = 256;

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return readAll(streamOf(bytes, bytes.length || 1).pipeThrough(new CompressionStream('deflate-raw')));
}

type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** `tooLarge`: unpacks to more than the cap (reading stopped there); `corrupt`: not a whole deflate stream */
  | { ok: false; reason: 'tooLarge' | 'corrupt' };

export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  const reader = streamOf(bytes, INFLATE_SLICE).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, bytes: concat(chunks, total) };
}

/** A stream that hands out `bytes` in slices, one per pull, so the consumer's pace sets the producer's. */
function streamOf(bytes: Uint8Array, slice: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(offset, offset + slice));
        offset += slice;
      },
    },
    { highWaterMark: 0 },
  );
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
