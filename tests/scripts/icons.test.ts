// The icons drawn at build time: real PNGs of the sizes the manifest names, the plain ones rounded like the
// favicon, the maskable one filled to its edges.
import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconFiles, iconSvg } from '../../scripts/icons.ts';

/** Reads an RGBA PNG with unfiltered rows, as encodePng writes it, checking every chunk's CRC. */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(body));
    chunks.set(body.subarray(0, 4).toString('latin1'), body.subarray(4));
    at += 12 + length;
  }
  const header = chunks.get('IHDR')!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  expect(chunks.has('IEND')).toBe(true);
  const rows = inflateSync(chunks.get('IDAT')!);
  expect(rows.length).toBe((width * 4 + 1) * height);
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4).subarray(0, 4)];
  return { width, height, pixel };
}

const files = iconFiles();
const icon = (name: string) => decode(files.find((file) => file.fileName === name)!.source as Buffer);

describe('icons', () => {
  it('are the sizes the manifest says', () => {
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8'));
    const built = new Map(files.map((file) => [file.fileName, file.source]));
    for (const { src, sizes } of manifest.icons as { src: string; sizes: string }[]) {
      expect(built.has(src), src).toBe(true);
      if (sizes === 'any') continue;
      const { width, height } = decode(built.get(src) as Buffer);
      expect(`${width}x${height}`).toBe(sizes);
    }
  });

  it('round the plain icons off at the corners and fill the maskable one to its edges', () => {
    const plain = icon('icon-512.png');
    expect(plain.pixel(0, 0)[3]).toBe(0);
    expect(plain.pixel(256, 5)).toEqual([0x0b, 0x0c, 0x0c, 255]);
    const maskable = icon('icon-maskable-512.png');
    expect(maskable.pixel(0, 0)).toEqual([0x0b, 0x0c, 0x0c, 255]);
  });

  it('draw the yellow curve where the SVG draws it, and the maskable one inside the safe circle', () => {
    // (14, 21) is the curve's bend in the SVG's 32 units
    expect(icon('icon-512.png').pixel(14 * 16, 21 * 16)).toEqual([0xff, 0xdd, 0x00, 255]);
    const maskable = icon('icon-maskable-512.png');
    const drawnOutside: string[] = [];
    for (let x = 0; x < 512; x++) {
      for (let y = 0; y < 512; y++) {
        const outside = (x + 0.5 - 256) ** 2 + (y + 0.5 - 256) ** 2 > (0.4 * 512) ** 2;
        if (outside && maskable.pixel(x, y).join() !== '11,12,12,255') drawnOutside.push(`${x},${y}`);
      }
    }
    expect(drawnOutside).toEqual([]);
  });

  it('keep the SVG a plain drawing, with nothing but its shapes', () => {
    expect(iconSvg()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"><rect [^>]*\/>(<path [^>]*\/>)+<\/svg>\n$/);
  });
});
