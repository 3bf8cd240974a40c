// The app's icon, drawn once here: the favicon (SVG) and the installed app's PNGs (192 and 512 px, and a maskable
// 512 px one) are all made from these shapes at build time, so no binary file is kept and none can drift from the SVG.
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Stroke = { points: readonly (readonly [number, number])[]; width: number; round: boolean; colour: Rgb };

/** The icon on a 32-unit square: a dark tile, a grey axis and a yellow payback curve climbing past it. */
const SIZE = 32;
const TILE = { radius: 4, colour: [0x0b, 0x0c, 0x0c] as Rgb };
const STROKES: readonly Stroke[] = [
  {
    points: [
      [4, 24],
      [28, 24],
    ],
    width: 2,
    round: false,
    colour: [0xb1, 0xb4, 0xb6],
  },
  {
    points: [
      [4, 29],
      [14, 21],
      [28, 5],
    ],
    width: 3.5,
    round: true,
    colour: [0xff, 0xdd, 0x00],
  },
];
/** A maskable icon may be cut to a circle of 80 % of its width: the drawing shrinks to fit inside it. */
const MASKABLE_SCALE = 0.6;

const hex = (colour: Rgb): string => `#${colour.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

export function iconSvg(): string {
  const strokes = STROKES.map(({ points, width, round, colour }) => {
    const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
    const caps = round ? ' stroke-linecap="round" stroke-linejoin="round"' : '';
    return `<path d="${d}" fill="none" stroke="${hex(colour)}" stroke-width="${width}"${caps}/>`;
  });
  const tile = `<rect width="${SIZE}" height="${SIZE}" rx="${TILE.radius}" fill="${hex(TILE.colour)}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${tile}${strokes.join('')}</svg>\n`;
}

// Signed distances, in icon units, negative inside: a pixel's share of a shape is read from its centre's distance
// to the shape's edge (one sample a pixel, smooth edges).
const length = (x: number, y: number): number => Math.sqrt(x * x + y * y); // Math.hypot is several times slower
const box = (qx: number, qy: number): number => length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);

function tileDistance(x: number, y: number): number {
  const inner = SIZE / 2 - TILE.radius;
  return box(Math.abs(x - SIZE / 2) - inner, Math.abs(y - SIZE / 2) - inner) - TILE.radius;
}

function strokeDistance(x: number, y: number, { points, width, round }: Stroke): number {
  let nearest = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const long = length(bx - ax, by - ay);
    const along = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / long;
    const across = Math.abs((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / long;
    // round ends and joins: the distance to the segment; butt ends: to the rectangle the stroke covers
    const d = round
      ? length(along - Math.min(Math.max(along, 0), long), across) - width / 2
      : box(Math.abs(along - long / 2) - long / 2, across - width / 2);
    nearest = Math.min(nearest, d);
  }
  return nearest;
}

/** RGBA pixels (straight alpha) of the icon, `px` square: the tile (layer -1), then each stroke over it. */
function rasterise(px: number, maskable: boolean): Uint8Array {
  const rgba = new Uint8Array(px * px * 4);
  const scale = maskable ? MASKABLE_SCALE : 1;
  const unitsPerPixel = SIZE / px / scale;
  for (let row = 0; row < px; row++) {
    for (let col = 0; col < px; col++) {
      // the pixel's centre in icon units, shrunk about the middle for a maskable icon
      const x = (((col + 0.5) / px) * SIZE - SIZE / 2) / scale + SIZE / 2;
      const y = (((row + 0.5) / px) * SIZE - SIZE / 2) / scale + SIZE / 2;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let layer = -1; layer < STROKES.length; layer++) {
        const stroke = STROKES[layer];
        const distance = stroke ? strokeDistance(x, y, stroke) : maskable ? -Infinity : tileDistance(x, y);
        const share = Math.min(Math.max(0.5 - distance / unitsPerPixel, 0), 1);
        if (share === 0) continue;
        const colour = stroke ? stroke.colour : TILE.colour;
        const under = a * (1 - share);
        a = share + under;
        r = (colour[0] * share + r * under) / a;
        g = (colour[1] * share + g * under) / a;
        b = (colour[2] * share + b * under) / a;
      }
      const at = (row * px + col) * 4;
      rgba[at] = Math.round(r);
      rgba[at + 1] = Math.round(g);
      rgba[at + 2] = Math.round(b);
      rgba[at + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of RGBA pixels, 8 bits a channel, no filtering: small enough for a flat icon, and a dozen lines. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let row = 0; row < height; row++) rows.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * (width * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** Every icon file the build writes, by name (public/manifest.webmanifest and index.html name them). */
export function iconFiles(): { fileName: string; source: string | Buffer }[] {
  const png = (px: number, maskable: boolean) => encodePng(px, px, rasterise(px, maskable));
  return [
    { fileName: 'favicon.svg', source: iconSvg() },
    { fileName: 'icon-192.png', source: png(192, false) },
    { fileName: 'icon-512.png', source: png(512, false) },
    { fileName: 'icon-maskable-512.png', source: png(512, true) },
  ];
}
