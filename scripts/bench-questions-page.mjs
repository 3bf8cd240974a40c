// `npm run bench:sensitivity`: the tornado of every input of the 100-scheme, 40-year scenario (the portfolio, ±10 %),
// worked out in the built app in headless Chromium (opened as a share link, `#…`), timed from the click that opens
// "Which assumption matters most?" to its table on screen; meanwhile every frame's interval is read from
// requestAnimationFrame and long tasks (> 50 ms) and long animation frames are counted with PerformanceObserver.
// The page keeps painting every frame within 16 ms while it works when the longest frame interval is near 16.7 ms.
// Frames are counted in two parts: while it works (from the click until the answer reaches the page; the tornado is
// worked out in the app's worker) and while the answer is drawn (the chart, then its table a frame later).
// Run with tsx, which lets it import the generator and the link encoder.
//
//   tsx scripts/bench-questions-page.mjs [--dist DIR] [--strict]
// --strict exits 1 when a frame took over 16 ms of work (a long animation frame) or a long task was seen.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './ensure-chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { bigScenario } from './lib/bigScenario.ts';
import { encodeScenarioLink } from '../src/share/link.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : fileURLToPath(new URL('../dist', import.meta.url));
const ms = (value) => `${value.toFixed(1)} ms`;

if (!existsSync(`${dist}/index.html`)) {
  console.error('bench:sensitivity: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const found = ensureChromium();
if (!found.ok) {
  console.error(`bench:sensitivity: did NOT run: ${found.reason}`);
  process.exit(1);
}

/** In the page: watch frames and long tasks until `stop()`; started before the click that starts the work. */
function watchFrames() {
  const w = {
    intervals: [],
    drawn: [],
    longTasks: [],
    loaf: [],
    loafAt: [],
    slowAt: [],
    started: performance.now(),
    answerAt: null,
    running: true,
  };
  // When the answer reaches the page (its chart is put in): frames after it are the answer being drawn.
  const seen = new MutationObserver(() => {
    if (w.answerAt === null && document.querySelector('div.tornado') !== null) w.answerAt = performance.now();
  });
  seen.observe(document.body, { childList: true, subtree: true });
  let last = performance.now();
  const frame = (now) => {
    (w.answerAt === null || last < w.answerAt ? w.intervals : w.drawn).push(now - last);
    if (now - last > 20) w.slowAt.push(Math.round(now - w.started));
    last = now;
    if (w.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        w.loaf.push(e.duration);
        w.loafAt.push(e.startTime - w.started);
      }),
    ).observe({ type: 'long-animation-frame' });
  }
  window.__frames = w;
}

const server = await serveDist({ root: dist });
const browser = await chromium.launch({ executablePath: found.path, headless: true, args: CHROMIUM_ARGS });
let over;
try {
  console.log(`bench:sensitivity: ${found.version}, ${server.url}`);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}#${await encodeScenarioLink(bigScenario())}`, { waitUntil: 'load' });
  const toggle = page.getByRole('button', { name: 'Which assumption matters most?' });
  await toggle.waitFor();
  // Found before the frames are watched, and clicked as a mouse does: a role query walks the whole page (see
  // below), and Playwright's own click checks what is under the pointer from inside the page.
  await toggle.scrollIntoViewIfNeeded();
  const box = await toggle.boundingBox();
  await page.evaluate(watchFrames);
  const started = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const region = page.getByRole('region', { name: 'Which assumption matters most?' });
  // Waited for with a cheap query, a few times a second: Playwright's role query walks the whole page's
  // accessibility tree at each poll (15-30 ms for this 4,000-element page), which itself held up frames.
  await page.waitForFunction(() => document.querySelector('table.tornado-table') !== null, null, { polling: 100, timeout: 600_000 });
  const total = Date.now() - started;
  await page.waitForTimeout(250); // the frames that draw the answer
  const w = await page.evaluate(() => {
    window.__frames.running = false;
    return window.__frames;
  });
  await region.getByRole('table', { name: /moved down and up/ }).waitFor({ timeout: 5_000 });
  const inputs = (await region.getByRole('button', { name: /^Show all \d+ inputs$/ }).textContent()).match(/\d+/)[0];
  const intervals = w.intervals.slice(1).sort((a, b) => a - b);
  const p95 = intervals[Math.ceil(0.95 * intervals.length) - 1];
  const longest = intervals.at(-1);
  const overFrames = intervals.filter((i) => i > 20).length;
  const drawn = [...w.drawn].sort((a, b) => a - b);
  console.log(
    `bench:sensitivity: benchmark (100 schemes, 40 years), tornado of the portfolio's ${inputs} inputs at ±10 %: done in ${ms(total)}; ` +
      `while it worked ${intervals.length} frames, interval p95 ${ms(p95)}, longest ${ms(longest)}, ${overFrames} over 20 ms; ` +
      `drawing the answer: longest interval ${ms(drawn.at(-1) ?? 0)}, ${drawn.filter((i) => i > 20).length} over 20 ms; ` +
      `long tasks > 50 ms: ${w.longTasks.length}${w.longTasks.length ? ` (longest ${ms(Math.max(...w.longTasks))})` : ''}; ` +
      `long animation frames: ${w.loaf.length}${w.loaf.length ? ` (longest ${ms(Math.max(...w.loaf))})` : ''}`,
  );
  if (args.includes('--verbose'))
    console.log(
      JSON.stringify({
        longTasks: w.longTasks.map(Math.round),
        loaf: w.loaf.map(Math.round),
        loafAt: w.loafAt.map(Math.round),
        slowAt: w.slowAt,
        worst: intervals.slice(-40).map(Math.round),
      }),
    );
  over = w.longTasks.length > 0 || w.loaf.length > 0;
} finally {
  await browser.close();
  await server.close();
}
if (strict && over) process.exit(1);
