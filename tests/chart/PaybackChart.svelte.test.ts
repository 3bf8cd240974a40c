// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import PaybackChart from '../../src/chart/PaybackChart.svelte';
import type { ChartCurve } from '../../src/chart/types.ts';

afterEach(() => cleanup());

const N = 120;
/** A straight line from `from` rising by `perMonth`: a hand-made series with a known crossing. */
function straight(from: number, perMonth: number): Float64Array {
  return Float64Array.from({ length: N + 1 }, (_, t) => from + perMonth * t);
}

/** Saving £4,000 a month, 10% more each April: straight within each year, a corner at every anniversary. */
function upliftedYearly(from: number, perMonth: number, uplift: number): Float64Array {
  const values = new Float64Array(N + 1);
  values[0] = from;
  for (let t = 1; t <= N; t++) values[t] = values[t - 1]! + perMonth * (1 + uplift) ** Math.floor((t - 1) / 12);
  return values;
}
/** The interpolated month a rising series turns non-negative (MODEL.md's crossing, with t0 = 0). */
function crossing(values: Float64Array): number {
  const after = values.findIndex((v) => v >= 0);
  return after - 1 + -values[after - 1]! / (values[after]! - values[after - 1]!);
}

// Property 1 pays £82,000 a year back on £431,000: crossing at 431000 / (82000 / 12) ≈ 63.07 months (July 2026).
const p1 = straight(-431_000, 82_000 / 12);
const p2 = upliftedYearly(-385_000, 4_000, 0.1);
const art = straight(-50_000, -500);
const portfolio = Float64Array.from(p1, (v, t) => v + p2[t]! + art[t]!);

const curves: ChartCurve[] = [
  { id: 'p1', label: 'Property 1', values: p1, crossingMonth: 431_000 / (82_000 / 12), kind: 'scheme' },
  { id: 'p2', label: 'Property 2 — 16+ residential', values: p2, crossingMonth: crossing(p2), kind: 'scheme' },
  { id: 'art', label: 'ART', values: art, crossingMonth: null, kind: 'scheme' },
  { id: 'portfolio', label: 'Portfolio', values: portfolio, crossingMonth: crossing(portfolio), kind: 'portfolio' },
];

function renderChart(extra: Record<string, unknown> = {}) {
  return render(PaybackChart, {
    props: { startMonth: '2021-04', horizonMonths: N, curves, title: 'Cumulative cash position, gross', width: 720, height: 360, ...extra },
  });
}

/** Markup without Svelte's comment anchors, scoped-style class hashes and per-render ids: what the chart draws. */
function normalised(svg: Element): string {
  return svg.outerHTML
    .replace(/<!---->/g, '')
    .replace(/\s*svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/aria-describedby="[^"]*"/, 'aria-describedby="ID-keys"')
    .replace(/></g, '>\n<');
}

describe('PaybackChart', () => {
  it('in a short chart (the printed one, 210 px) the money axis fits the curves: −£5m to £5m, not −£5m to £10m', () => {
    // leics-2021's portfolio: −£2,837,000 at the start to £4,979,193 at the end
    const rising = straight(-2_837_000, (4_979_193 + 2_837_000) / N);
    const { container } = renderChart({
      curves: [{ id: 'portfolio', label: 'Portfolio', values: rising, crossingMonth: null, kind: 'portfolio' }],
      height: 210,
    });
    const labels = [...container.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(labels).toEqual(['−£5m', '£0', '£5m']);
  });

  it('draws the fixed scenario as the saved SVG', async () => {
    const { container } = renderChart();
    const svg = container.querySelector('svg[role="application"]')!;
    await expect(normalised(svg)).toMatchFileSnapshot('__snapshots__/PaybackChart.fixed.svg');
  });

  it('draws one path per curve, a straight series as one straight segment, the portfolio thickest', () => {
    const { container } = renderChart();
    const paths = [...container.querySelectorAll('g.curves path')];
    expect(paths).toHaveLength(4);
    // Plot 720 − 60 − 158 = 502 px wide over 120 months, 312 px high over the nice domain −£1m … £800k.
    const x = (t: number) => Number(((502 * t) / 120).toFixed(1));
    const y = (v: number) => Number(((312 * (800_000 - v)) / 1_800_000).toFixed(1));
    expect(paths[0]!.getAttribute('d')).toBe(`M0,${y(p1[0]!)}L${x(N)},${y(p1[N]!)}`);
    expect(paths[0]!.getAttribute('d')).toBe('M0,213.4L502,71.2');
    // Property 2 bends every April (its saving rises 10%): the path keeps bends, not all 120 monthly points.
    const p2Path = paths[1]!.getAttribute('d')!;
    expect(p2Path.startsWith(`M0,${y(p2[0]!)}L`)).toBe(true);
    expect(p2Path.endsWith(`L${x(N)},${y(p2[N]!)}`)).toBe(true);
    const segments = p2Path.match(/L/g)!.length;
    expect(segments).toBeGreaterThan(2);
    expect(segments).toBeLessThan(N / 4);
    expect(paths[3]!.getAttribute('stroke-width')).toBe('3.5');
    const dashes = paths.map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes.slice(0, 3)).size).toBe(3);
  });

  it('labels the financial years on the time axis and pounds on the money axis, with £0 emphasised', () => {
    const { container } = renderChart();
    const years = [...container.querySelectorAll('.axis-x text')].map((t) => t.textContent);
    // a tick at 1 April is the end of the financial year before it: the last, at April 2031, ends 2030/31
    expect(years[0]).toBe('Apr 2021');
    expect(years.at(-1)).toBe('2030/31');
    expect(years).not.toContain('2031/32');
    const money = [...container.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(money).toContain('£0');
    expect(money.some((m) => /^−£\d+(\.\d+)?[km]$/.test(m!))).toBe(true);
    expect(container.querySelector('.axis-y line.zero')).not.toBeNull();
  });

  it('marks each break-even with its month, and none for a curve that never pays back', () => {
    const { container } = renderChart();
    const marks = [...container.querySelectorAll('.break-evens text')].map((t) => t.textContent);
    expect(marks).toContain('Jul 2026');
    expect(container.querySelectorAll('.break-evens circle')).toHaveLength(3);
  });

  it('labels every curve at its right end, a name too long by its first part, kept whole in a tooltip', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('.end-labels text')];
    expect(labels.map((l) => l.lastChild!.textContent)).toEqual(['Portfolio', 'Property 1', 'Property 2', 'ART']);
    expect(labels[2]!.querySelector('title')!.textContent).toBe('Property 2 — 16+ residential');
  });

  it('is focusable with a role and an accessible name, and says how to use the keys', () => {
    const { getByRole, getByText } = renderChart();
    const chart = getByRole('application', { name: 'Cumulative cash position, gross' });
    expect(chart.getAttribute('tabindex')).toBe('0');
    const help = getByText(/arrow keys/);
    expect(chart.getAttribute('aria-describedby')).toBe(help.id);
  });

  it('moves the crosshair with the keyboard and reads every curve out in the live region', async () => {
    const { getByRole, container } = renderChart();
    const chart = getByRole('application');
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    chart.focus();

    await fireEvent.keyDown(chart, { key: 'End' });
    expect(live.textContent).toBe(
      'End of March 2031 (2030/31): Portfolio £658,996; Property 1 £389,000; Property 2 — 16+ residential £379,996; ART −£110,000',
    );
    await fireEvent.keyDown(chart, { key: 'Home' });
    await fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(live.textContent).toMatch(/^End of April 2021 \(2021\/22\): Portfolio −£855,667; Property 1 −£424,167; /);
    await fireEvent.keyDown(chart, { key: 'PageUp' });
    expect(live.textContent).toMatch(/^End of April 2022 \(2022\/23\): /);
    expect(container.querySelector('.crosshair')).not.toBeNull();
    expect(container.querySelectorAll('.crosshair circle')).toHaveLength(4);
  });

  it('shows the same month in the visible readout, and the end of the horizon before any move', async () => {
    const { getByRole, container } = renderChart();
    const heading = () => container.querySelector('.readout .heading')!.textContent;
    expect(heading()).toBe('End of March 2031 (2030/31)');
    await fireEvent.keyDown(getByRole('application'), { key: 'Home' });
    expect(heading()).toBe('Start, April 2021 (2021/22)');
    const rows = [...container.querySelectorAll('.readout li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // the portfolio first: in a short readout that scrolls, the total is never the row out of view
    expect(rows).toEqual(['Portfolio −£866,000', 'Property 1 −£431,000', 'Property 2 — 16+ residential −£385,000', 'ART −£50,000']);
  });

  it('follows the pointer to the nearest month, without speaking', async () => {
    const { getByRole, container } = renderChart();
    // happy-dom lays nothing out: the SVG's box is at 0,0, so clientX is the x inside the SVG (plot from 60 px).
    await fireEvent.pointerMove(getByRole('application'), { clientX: 60 + 502 / 2 + 1 });
    expect(container.querySelector('.readout .heading')!.textContent).toBe('End of March 2026 (2025/26)');
    await fireEvent.pointerMove(getByRole('application'), { clientX: 5000 });
    expect(container.querySelector('.readout .heading')!.textContent).toBe('End of March 2031 (2030/31)');
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });

  it('draws the crosshair at a month passed in, and moves it from there', async () => {
    const { getByRole, container, rerender } = renderChart({ crosshairMonth: 10 });
    // The plot is 502 px wide over 120 months.
    const at = (t: number) => `translate(${((502 * t) / 120).toFixed(1)},0)`;
    const line = () => container.querySelector('.crosshair')!.getAttribute('transform');
    expect(line()).toBe(at(10));
    await fireEvent.keyDown(getByRole('application'), { key: 'ArrowLeft' });
    expect(line()).toBe(at(9));
    await rerender({ crosshairMonth: 120 });
    expect(line()).toBe(at(120));
  });

  it('redraws the paths when new values arrive, without touching the live region', async () => {
    const { container, rerender } = renderChart();
    const before = container.querySelector('g.curves path')!.getAttribute('d');
    const moved = curves.map((c) => (c.id === 'p1' ? { ...c, values: straight(-200_000, 82_000 / 12) } : c));
    await rerender({ curves: moved });
    expect(container.querySelector('g.curves path')!.getAttribute('d')).not.toBe(before);
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });
});
