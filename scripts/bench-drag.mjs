// `npm run bench:drag`: how long a slider step takes to reach the screen while an officer drags, in headless
// Chromium against the built app, for leics-2021 and for the 100-scheme, 40-year scenario (opened as a share link,
// `#…`, the one way in from the address). Run with tsx, which lets it import the generator and the link encoder.
//
// Each step is one `input` event on the occupancy slider, dispatched at the start of a frame (inside a
// requestAnimationFrame callback); the step is timed until a MessageChannel message posted from that callback
// runs, which is after the frame's style, layout and paint. So each figure is the main thread's whole work for
// one step: handler, state, model, Svelte's DOM updates and rendering. Under 16 ms keeps a drag at 60 frames a
// second. Long tasks (> 50 ms) seen while dragging are counted with PerformanceObserver('longtask').
// The drag is also traced: each step's frame is one main-thread task (rAF callbacks, style, layout, paint,
// commit), and its thread CPU time is reported beside the wall time, because on a shared machine other
// processes stretch wall time but not CPU time.
// A second pass presses the arrow keys (trusted input) and reads the browser's own Event Timing durations.
//
// The leics-2021 drag is also run under Chromium's 4× CPU throttling (Emulation.setCPUThrottlingRate), as a
// slower council laptop would run it, timed to the updated layout (Svelte's flush and a forced layout) as well; and
// the same steps' changes to the page are replayed with the app's script stopped, to show the browser's own part
// (style and layout) of that time, which no change to the app's script alone takes away, only a cheaper page
// (browserPartInPage). First of all, a fixed piece of script is timed under the same throttling, to say how much
// work a step may do on this machine and stay within 16 ms (throttledScript).
//
//   node scripts/bench-drag.mjs [--steps 240] [--warmup 20] [--keys 100] [--strict] [--dist DIR] [--only TEXT] [--profile]
// Needs a built dist/ (the npm script builds first) and Chromium (see scripts/ensure-chromium.mjs). --dist DIR
// benches another build (e.g. an older commit's, to compare in one run); --only runs the cases whose label has TEXT;
// --profile splits each traced frame into script, style, layout, paint and the rest.
// --strict exits 1 when a p95 is over 16 ms or a long task is seen.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './ensure-chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { bigScenario } from './lib/bigScenario.ts';
import { encodeScenarioLink } from '../src/share/link.ts';

const FRAME_MS = 16;
const LONG_TASK_MS = 50;

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${args[i + 1]}`);
  return value;
}
const steps = Math.max(200, option('steps', 240));
const warmup = option('warmup', 20);
const keys = option('keys', 100);
const strict = args.includes('--strict');
const textOption = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const only = textOption('only');
const profile = args.includes('--profile');

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const ms = (value) => `${value.toFixed(1)} ms`;

const SCENARIOS = [
  { label: 'leics-2021 (5 schemes, 10 years)', query: '', scheme: /^Property 2 — /, browserPart: true },
  // Presentation mode (P): the scheme's occupancy pinned on screen, the chart and its type twice the size.
  { label: 'leics-2021 in presentation mode', query: '', scheme: /^Property 2 — /, present: true },
  // Compare: the working leics-2021 (dragged) against three saved versions of it, each by its own evaluator, on one chart.
  { label: 'leics-2021 compared with three saved versions of it', query: '', scheme: /^Property 2 — /, compare: true },
  // A slower machine: every main-thread task takes four times as long.
  { label: 'leics-2021 at 4× CPU throttling', query: '', scheme: /^Property 2 — /, throttle: 4, browserPart: true },
  { label: 'benchmark (100 schemes, 40 years)', query: `#${await encodeScenarioLink(bigScenario())}`, scheme: /^Home 1$/ },
  {
    label: 'benchmark (100 schemes, 40 years) in presentation mode',
    query: `#${await encodeScenarioLink(bigScenario())}`,
    scheme: /^Home 1$/,
    present: true,
  },
].filter((s) => only === undefined || s.label.includes(only));

/** In presentation mode: pin the scheme's occupancy from the list of inputs and return its slider. */
async function pinnedOccupancy(page, scheme) {
  await page.getByRole('button', { name: 'Present' }).waitFor();
  await page.keyboard.press('p');
  const list = page.getByLabel('Show an input');
  await list.waitFor();
  const labels = await list.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.label));
  const name = labels.find((label) => scheme.test(label));
  await list.selectOption(await list.locator(`optgroup[label="${name}"] option`).first().getAttribute('value'));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  const slider = page.getByRole('slider', { name: `Occupancy, ${name}`, exact: true });
  await slider.waitFor();
  return { slider, name };
}

/**
 * Four scenarios of leics-2021 compared: three saved versions of it (Property 1 at 60, 70 and 80 % occupancy) and the
 * working scenario as the base, the one dragged; waits until the four curves are drawn, and shows them.
 */
async function compareWithThree(page) {
  const plans = [
    ['Plan A', 60],
    ['Plan B', 70],
    ['Plan C', 80],
  ];
  for (const [name, occupancy] of plans) {
    await page.getByRole('slider', { name: /^Occupancy, Property 1 — / }).fill(String(occupancy));
    await page.getByRole('button', { name: /^Save( as new)?…$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as a new scenario' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  for (const [i, [name]] of plans.entries()) await page.getByLabel(`Compare with (${i + 1})`).selectOption({ label: name });
  await page.waitForFunction(() => document.querySelectorAll('section.compare .end-labels text').length === 4);
  // The compared curves in view beside the slider, as an officer watches them while dragging.
  await page.locator('section.compare svg').first().scrollIntoViewIfNeeded();
}

/** Open the scheme (if it is not open) and return its occupancy slider. */
async function occupancySlider(page, scheme) {
  const toggle = page
    .locator('button[aria-expanded]')
    .filter({ has: page.locator('.name', { hasText: scheme }) })
    .first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const name = (await toggle.locator('.name').textContent()).trim();
  const slider = page.getByRole('slider', { name: `Occupancy, ${name}`, exact: true });
  await slider.waitFor();
  return { slider, name };
}

/**
 * In the page: `count` slider steps, one per frame, each timed from dispatch to after that frame's paint, and to
 * the updated layout: a microtask queued after the input runs after Svelte's flush (queued first), and reading
 * a size there forces the layout of what the flush changed.
 */
function dragInPage({ count, warmup }) {
  const slider = document.activeElement;
  if (!(slider instanceof HTMLInputElement) || slider.type !== 'range') throw new Error('focus the slider first');
  const longTasks = [];
  // Only tasks that start once the warm-up steps are over are counted.
  let countFrom = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= countFrom) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const min = Number(slider.min);
  const max = Number(slider.max);
  const span = max - min;
  // A triangle wave over the slider's range: every step changes the value, as a drag does.
  const valueAt = (i) => {
    const phase = i % (2 * 50);
    return min + (span * (phase <= 50 ? phase : 100 - phase)) / 50;
  };
  const times = [];
  const toLayout = [];
  const channel = new MessageChannel();
  let i = 0;
  return new Promise((resolve) => {
    const frame = () => {
      const start = performance.now();
      if (i === warmup) countFrom = start;
      slider.value = String(valueAt(i + 1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      queueMicrotask(() => {
        void document.body.offsetHeight;
        if (i >= warmup) toLayout.push(performance.now() - start);
      });
      channel.port1.onmessage = () => {
        if (i >= warmup) times.push(performance.now() - start);
        i += 1;
        if (i < count + warmup) requestAnimationFrame(frame);
        // Long-task entries arrive after their task; let the last ones in before stopping.
        else
          setTimeout(() => {
            observer.disconnect();
            resolve({ times, toLayout, longTasks });
          }, 100);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * The browser's own part of a drag: the same steps' changes to the page, with none of the app's script. First the
 * app drags as in dragInPage while a MutationObserver notes, after each step, every attribute and text the step
 * changed (and each text field's value, which is a property, not an attribute); then the app's input handler is
 * stopped (a capturing listener on window) and the steps are replayed: the slider moved, each noted change written
 * back, and the layout forced, timed as dragInPage times input → updated layout. What is left is what any code
 * making these changes would pay for style and layout. Changes to the page's structure (an axis tick added) are
 * not replayed; they are counted.
 */
function browserPartInPage({ count, warmup }) {
  const slider = document.activeElement;
  if (!(slider instanceof HTMLInputElement) || slider.type !== 'range') throw new Error('focus the slider first');
  const min = Number(slider.min);
  const span = Number(slider.max) - min;
  const valueAt = (i) => {
    const phase = i % (2 * 50);
    return min + (span * (phase <= 50 ? phase : 100 - phase)) / 50;
  };
  const fields = [...document.querySelectorAll('input:not([type=range]), textarea')];
  const fieldValues = new Map(fields.map((field) => [field, field.value]));
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
  const recorded = [];
  let structural = 0;
  // Attributes are noted by element and name, with the value they have after the step.
  const noteAttributes = (records) => {
    const byElement = new Map();
    for (const record of records) {
      if (record.type !== 'attributes') continue;
      const names = byElement.get(record.target) ?? new Set();
      names.add(record.attributeName);
      byElement.set(record.target, names);
    }
    const step = [];
    for (const [element, names] of byElement) for (const name of names) step.push({ element, name, value: element.getAttribute(name) });
    return step;
  };
  let i = 0;
  return new Promise((resolve) => {
    const recordFrame = () => {
      slider.value = String(valueAt(i + 1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      queueMicrotask(() => {
        const records = observer.takeRecords();
        const texts = [];
        for (const record of records) {
          if (record.type === 'childList') structural += 1;
          else if (record.type === 'characterData') texts.push({ node: record.target, text: record.target.nodeValue });
        }
        const values = [];
        for (const field of fields) {
          if (field.value !== fieldValues.get(field)) values.push({ field, value: field.value });
          fieldValues.set(field, field.value);
        }
        recorded.push({ slider: slider.value, attributes: noteAttributes(records), texts, values });
        i += 1;
        if (i < count + warmup) requestAnimationFrame(recordFrame);
        else replay();
      });
    };
    const replay = () => {
      observer.disconnect();
      window.addEventListener('input', (event) => event.stopImmediatePropagation(), true);
      const toLayout = [];
      let changes = 0;
      let k = 0;
      const frame = () => {
        const step = recorded[k];
        const start = performance.now();
        slider.value = step.slider;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        for (const { element, name, value } of step.attributes) {
          if (value === null) element.removeAttribute(name);
          else element.setAttribute(name, value);
        }
        for (const { node, text } of step.texts) node.nodeValue = text;
        for (const { field, value } of step.values) field.value = value;
        queueMicrotask(() => {
          void document.body.offsetHeight;
          if (k >= warmup) {
            toLayout.push(performance.now() - start);
            changes += step.attributes.length + step.texts.length + step.values.length;
          }
          k += 1;
          if (k < recorded.length) requestAnimationFrame(frame);
          else resolve({ toLayout, changesPerStep: changes / count, structuralPerStep: structural / (count + warmup) });
        });
      };
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(recordFrame);
  });
}

/**
 * How this machine's throttling stretches a fixed piece of script: a loop that takes `ms` at full speed (measured
 * here, warmed up), run once a frame under `rate`× throttling, wall time per frame. DevTools throttles by making the
 * main thread spin for (rate − 1)× each slice it ran (slices of at most 1 ms, a signal every 0.2 ms or so), so a
 * short step is stretched by a varying amount; this says how much script fits a 16 ms p95 here.
 */
async function throttledScript(browser, rate, budgets) {
  const page = await browser.newPage();
  await page.setContent('<p>calibrating</p>');
  const perMs = await page.evaluate(() => {
    const work = (n) => {
      let x = 0;
      for (let i = 0; i < n; i++) x += Math.sqrt(i);
      return x;
    };
    work(5e6);
    // runs of about 10 ms: performance.now() is coarsened (to 0.1 ms without cross-origin isolation)
    const runs = [];
    for (let k = 0; k < 9; k++) {
      const start = performance.now();
      work(1e7);
      runs.push(1e7 / (performance.now() - start));
    }
    return runs.sort((a, b) => a - b)[4];
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const out = [];
  for (const budget of budgets) {
    const times = await page.evaluate(
      ({ n }) =>
        new Promise((resolve) => {
          const work = (n) => {
            let x = 0;
            for (let i = 0; i < n; i++) x += Math.sqrt(i);
            return x;
          };
          const wall = [];
          const frame = () => {
            const start = performance.now();
            work(n);
            wall.push(performance.now() - start);
            if (wall.length < 220) requestAnimationFrame(frame);
            else resolve(wall.slice(20));
          };
          requestAnimationFrame(frame);
        }),
      { n: Math.round(perMs * budget) },
    );
    times.sort((a, b) => a - b);
    out.push({ budget, p50: percentile(times, 0.5), p95: percentile(times, 0.95) });
  }
  await page.close();
  return out;
}

/**
 * Trusted arrow-key presses on the focused slider, one per frame, and the browser's own Event Timing entries for
 * their keydowns: `duration` runs from the key event to the next paint after it is handled (so it includes the
 * wait for that frame; Chromium rounds it to 8 ms), `processing` is the handlers' own time.
 */
async function keyPresses(page, count) {
  await page.evaluate(() => {
    window.__keyEntries = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown') window.__keyEntries.push({ duration: e.duration, processing: e.processingEnd - e.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 40 < 20 ? 'ArrowLeft' : 'ArrowRight');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  // Entries are delivered after paint; give the last ones a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__keyEntries);
}

/**
 * Per step, from a devtools.timeline trace: the main-thread task that ran the step's animation frame (its rAF
 * callback, then style, layout, paint and commit), as wall time and as the thread's CPU time.
 */
function frameTasks(tracePath, skip) {
  const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const frames = [];
  for (const faf of onMain.filter((e) => e.name === 'FireAnimationFrame').sort((a, b) => a.ts - b.ts)) {
    const task = tasks.find((t) => t.pid === faf.pid && t.tid === faf.tid && t.ts <= faf.ts && t.ts + t.dur >= faf.ts + faf.dur);
    if (task && frames.at(-1)?.task !== task) frames.push({ task, wall: task.dur / 1000, cpu: (task.tdur ?? task.dur) / 1000 });
  }
  for (const frame of frames) {
    const { task } = frame;
    frame.parts = onMain.filter(
      (e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
  }
  return frames.slice(skip);
}

/** The median time per step of each kind of work in the traced frames (the outermost event of each kind only). */
function breakdown(frames) {
  const KINDS = {
    script: ['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'V8.Execute'],
    style: ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    'pre-paint': ['PrePaint'],
    paint: ['Paint', 'PaintImage'],
    layerize: ['Layerize', 'UpdateLayer', 'UpdateLayerTree'],
    commit: ['Commit'],
  };
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const out = [];
  for (const [kind, names] of Object.entries(KINDS)) {
    const per = frames.map(({ parts }) => {
      const mine = parts.filter((e) => names.includes(e.name));
      // only the outermost: drop an event inside another of the same kind
      const outer = mine.filter((e) => !mine.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
      return outer.reduce((sum, e) => sum + e.dur, 0) / 1000;
    });
    out.push(`${kind} ${median(per).toFixed(2)}`);
  }
  // how much of the page each step lays out: the layout's dirty and total objects (the layout root's, per step)
  const objects = frames.map(({ parts }) => {
    const begin = parts.filter((e) => e.name === 'Layout').map((e) => e.args?.beginData ?? {});
    return `${begin.reduce((n, b) => n + (b.dirtyObjects ?? 0), 0)}/${begin.reduce((n, b) => Math.max(n, b.totalObjects ?? 0), 0)}`;
  });
  const objectsMedian = objects.sort((a, b) => Number(a.split('/')[0]) - Number(b.split('/')[0]))[Math.floor(objects.length / 2)];
  return `${out.join(', ')} ms (wall p50 ${median(frames.map((f) => f.wall)).toFixed(2)} ms); layout objects dirty/total ${objectsMedian}`;
}

const dist = textOption('dist') ?? fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error('bench:drag: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const found = ensureChromium();
if (!found.ok) {
  console.error(`bench:drag: did NOT run: ${found.reason}`);
  process.exit(1);
}

const server = await serveDist({ root: dist });
const browser = await chromium.launch({ executablePath: found.path, headless: true, args: CHROMIUM_ARGS });
let over = false;
try {
  console.log(`bench:drag: ${found.version}, ${server.url}`);
  console.log(`bench:drag: ${steps} slider steps per scenario (${warmup} warm-up steps not counted), one per frame`);
  const throttled = SCENARIOS.find((s) => s.throttle);
  if (throttled) {
    const stretched = await throttledScript(browser, throttled.throttle, [0.5, 1, 1.5, 2, 3]);
    console.log(
      `bench:drag: on this machine, ${throttled.throttle}× throttling stretches a fixed piece of script once a frame to: ` +
        stretched.map(({ budget, p50, p95 }) => `${budget} ms → p50 ${ms(p50)}, p95 ${ms(p95)}`).join('; '),
    );
  }
  for (const scenario of SCENARIOS) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url + scenario.query, { waitUntil: 'load' });
    if (scenario.compare) await compareWithThree(page);
    const { slider, name } = await (scenario.present ? pinnedOccupancy : occupancySlider)(page, scenario.scheme);
    await slider.focus();
    const cdp = scenario.throttle ? await page.context().newCDPSession(page) : null;
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
    const { times, toLayout, longTasks } = await page.evaluate(dragInPage, { count: steps, warmup });
    // A second, traced drag for CPU time (tracing itself stretches wall time, so the first drag is not traced).
    const tracePath = join(tmpdir(), `bench-drag-${process.pid}.json`);
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.evaluate(dragInPage, { count: steps, warmup });
    await browser.stopTracing();
    const frames = frameTasks(tracePath, warmup);
    const cpu = frames.map((f) => f.cpu).sort((a, b) => a - b);
    rmSync(tracePath, { force: true });
    times.sort((a, b) => a - b);
    toLayout.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    const p95 = percentile(times, 0.95);
    // Throttled, the budget is the issue's: input → updated layout.
    const judged = scenario.throttle ? percentile(toLayout, 0.95) : p95;
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    console.log(
      `bench:drag: ${scenario.label}, "Occupancy, ${name}": input → painted frame p50 ${ms(p50)}, p95 ${ms(p95)}, ` +
        `max ${ms(times.at(-1))}; input → updated layout p50 ${ms(percentile(toLayout, 0.5))}, p95 ${ms(percentile(toLayout, 0.95))}; ` +
        `long tasks > ${LONG_TASK_MS} ms: ${longTasks.length}${longTasks.length ? ` (longest ${ms(longest)})` : ''}` +
        ` — ${judged <= FRAME_MS && longTasks.length === 0 ? 'within' : 'OVER'} budget (p95 ≤ ${FRAME_MS} ms` +
        `${scenario.throttle ? ' to the updated layout' : ''}, no long task)`,
    );
    if (cpu.length > 0) {
      console.log(
        `bench:drag: ${scenario.label}: main-thread CPU time of each step's frame (a second, traced drag of ${cpu.length} steps): ` +
          `p50 ${ms(percentile(cpu, 0.5))}, p95 ${ms(percentile(cpu, 0.95))}, max ${ms(cpu.at(-1))}`,
      );
      if (profile) console.log(`bench:drag: ${scenario.label}: where a frame's time goes (median per step): ${breakdown(frames)}`);
    }
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (judged > FRAME_MS || longTasks.length > 0) over = true;
    if (keys > 0) {
      const entries = await keyPresses(page, keys);
      // Event Timing reports only events of at least 16 ms; the others count as under it.
      const under = keys - entries.length;
      const durations = [...entries.map((e) => e.duration), ...Array(under).fill(0)].sort((a, b) => a - b);
      const processing = entries.map((e) => e.processing).sort((a, b) => a - b);
      console.log(
        `bench:drag: ${scenario.label}: ${keys} arrow-key presses, Event Timing (key → next paint, incl. the wait for the frame): ` +
          `p50 ${percentile(durations, 0.5) ? ms(percentile(durations, 0.5)) : '< 16 ms'}, p95 ${percentile(durations, 0.95) ? ms(percentile(durations, 0.95)) : '< 16 ms'}` +
          (processing.length
            ? `; handler time of those ≥ 16 ms: p50 ${ms(percentile(processing, 0.5))}, max ${ms(processing.at(-1))}`
            : ''),
      );
    }
    if (scenario.browserPart) {
      // Last on this page: the replay stops the app's own input handler.
      await cdp?.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
      const part = await page.evaluate(browserPartInPage, { count: steps, warmup });
      await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const sorted = part.toLayout.sort((a, b) => a - b);
      console.log(
        `bench:drag: ${scenario.label}: the browser's own part of the same steps (their ${part.changesPerStep.toFixed(1)} ` +
          `changes to the page a step replayed with the app's script stopped; ${part.structuralPerStep.toFixed(2)} structural ` +
          `changes a step not replayed): input → updated layout p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (strict && over) process.exit(1);
