/**
 * The chart as a picture for a board paper or a slide: a standalone SVG of the chart as it is on screen — its
 * heading and its plot, with every style the page gives them written onto the elements, so it looks the same
 * wherever it is opened — and a PNG drawn from that SVG at twice its size. The crosshair is left out: it is a
 * pointer's place, not part of the figures. Browser-only: it reads the page's computed styles and draws on a canvas.
 */

/** The properties that make the chart look as it does; copied from the page onto each element. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The pointer's marks, not the figures': never in the picture. */
const LEFT_OUT = '.crosshair';
/** Room for the heading when it cannot be measured above the plot. */
const TITLE_BAND = 28;

/** The picture's size in CSS pixels: the plot's width, and the heading's top to the plot's bottom. */
export interface PictureSize {
  width: number;
  height: number;
}

/** Where the picture's heading band ends: the plot's top, measured from the heading's top on screen. */
function titleBand(svg: SVGSVGElement, heading: Element | null): number {
  if (!heading) return TITLE_BAND;
  const band = Math.round(svg.getBoundingClientRect().top - heading.getBoundingClientRect().top);
  return band > 0 && band < 200 ? band : TITLE_BAND;
}

/** The size `standaloneSvg` gives the picture of `svg` under `heading`: exactly its box on screen. */
export function pictureSize(svg: SVGSVGElement, heading: Element | null): PictureSize {
  const { width, height } = svg.getBoundingClientRect();
  return { width: Math.round(width), height: titleBand(svg, heading) + Math.round(height) };
}

/** Each element of the copy takes the look the page gives its original; hidden ones stay hidden. */
function inlineStyles(original: SVGSVGElement, copy: SVGSVGElement): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const target = copies[i] as SVGElement;
    const computed = getComputedStyle(element);
    if (computed.display === 'none' || computed.visibility === 'hidden') {
      target.setAttribute('display', 'none');
      return;
    }
    target.setAttribute('style', STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    target.removeAttribute('class');
  });
}

/** The page's widget wiring (focus, roles, ids) has no place in a file. */
function stripWidget(copy: SVGSVGElement): void {
  for (const name of ['id', 'role', 'tabindex', 'aria-roledescription', 'aria-label', 'aria-describedby']) copy.removeAttribute(name);
}

/** The heading as SVG text, in the font, size, weight and colour the page gives it. */
function titleText(title: string, heading: Element | null, band: number): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  const style = heading ? getComputedStyle(heading) : null;
  const fontSize = style?.fontSize ?? '18px';
  text.setAttribute('x', '0');
  // the heading's first line sits at the top of the band; the baseline one font size down, less its descent
  text.setAttribute('y', String(Math.min(band - 4, Math.round(parseFloat(fontSize) * 1.05))));
  const font = style ? style.fontFamily : getComputedStyle(document.documentElement).fontFamily;
  text.setAttribute(
    'style',
    `font-family:${font};font-size:${fontSize};font-weight:${style?.fontWeight ?? '700'};fill:${style?.color ?? '#0b0c0c'}`,
  );
  text.textContent = title;
  return text;
}

/**
 * `svg` (the chart's plot) with `heading` (its title) above it, as a file of its own: the size they take on screen,
 * on the page's background colour, named `title`.
 */
export function standaloneSvg(svg: SVGSVGElement, title: string, heading: Element | null = null): string {
  const { width, height } = pictureSize(svg, heading);
  const band = height - Math.round(svg.getBoundingClientRect().height);
  const plot = svg.cloneNode(true) as SVGSVGElement;
  // found by class before the styles replace the classes, and taken out after, so each copy still meets its original
  const leftOut = [...plot.querySelectorAll(LEFT_OUT)];
  inlineStyles(svg, plot);
  stripWidget(plot);
  for (const mark of leftOut) mark.remove();
  plot.setAttribute('x', '0');
  plot.setAttribute('y', String(band));

  const picture = document.createElementNS(SVG_NS, 'svg');
  picture.setAttribute('xmlns', SVG_NS);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const name = document.createElementNS(SVG_NS, 'title');
  name.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', pageBackground(svg));
  picture.append(name, background, titleText(title, heading, band), plot);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(picture)}`;
}

/** the first opaque background behind the element, or white */
function pageBackground(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** The SVG text drawn as a PNG at `scale` times its size (2: sharp on a slide). */
export async function pngOf(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  // a data: address, which the page's Content-Security-Policy allows for images (blob: it does not)
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the chart as a picture');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('this browser cannot make a PNG'))), 'image/png'),
  );
}
