// `npm run bench:firstpaint`: how soon the built app first paints in headless Chromium.
// Serves dist/ from 127.0.0.1, loads it RUNS times (default 20) each in a fresh browser context (no
// cache, no storage), after WARMUP uncounted loads, and reads the first-contentful-paint entry.
//   node scripts/bench-firstpaint.mjs [--runs 20] [--warmup 2]
// Needs a built dist/ (the npm script builds first) and Chromium (see scripts/ensure-chromium.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './ensure-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${args[i + 1]}`);
  return value;
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function firstContentfulPaint(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime,
      undefined,
      { timeout: 10_000 },
    );
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

const runs = Math.max(1, option('runs', 20));
const warmup = option('warmup', 2);
const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error('bench:firstpaint: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const found = ensureChromium();
if (!found.ok) {
  console.error(`bench:firstpaint: did NOT run: ${found.reason}`);
  process.exit(1);
}

const server = await serveDist({ root: dist });
const browser = await chromium.launch({ executablePath: found.path, headless: true, args: CHROMIUM_ARGS });
try {
  for (let i = 0; i < warmup; i++) await firstContentfulPaint(browser, server.url);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstContentfulPaint(browser, server.url));
  times.sort((a, b) => a - b);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`bench:firstpaint: ${found.version}, ${server.url}`);
  console.log(`bench:firstpaint: first-contentful-paint over ${runs} loads (fresh contexts, ${warmup} warm-up loads not counted)`);
  console.log(
    `bench:firstpaint: median ${ms(median(times))}, p95 ${ms(percentile(times, 0.95))}, min ${ms(times[0])}, max ${ms(times.at(-1))}`,
  );
} finally {
  await browser.close();
  await server.close();
}
