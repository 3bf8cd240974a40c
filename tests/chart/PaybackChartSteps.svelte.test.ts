// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import PaybackChart from '../../src/chart/PaybackChart.svelte';
import * as scales from '../../src/chart/scales.ts';
import type { ChartCurve } from '../../src/chart/types.ts';

// The time scale, counted: it is worked out from the horizon and the plot's width, and from nothing else.
vi.mock('../../src/chart/scales.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/chart/scales.ts')>();
  return { ...original, timeScale: vi.fn(original.timeScale) };
});

let chart: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (chart) unmount(chart);
  document.body.innerHTML = '';
});

const N = 24;
const result = (perMonth: number) => ({
  startMonth: '2021-04',
  horizonMonths: N,
  curves: [
    {
      id: 'p1',
      label: 'Property 1',
      values: Float64Array.from({ length: N + 1 }, (_, t) => -1000 + perMonth * t),
      crossingMonth: null,
      kind: 'scheme',
    },
  ] satisfies ChartCurve[],
});

it('keeps its time scale while only the curves change, as the page passes each new result, and makes a new one for a new horizon', () => {
  // The page hands the chart `result.horizonMonths` and `result.curves`, read from a result that is a new object
  // at every step of a drag: getters over one $state holder are what such props compile to.
  const holder = $state({ result: result(50) });
  chart = mount(PaybackChart, {
    target: document.body,
    props: {
      get startMonth() {
        return holder.result.startMonth;
      },
      get horizonMonths() {
        return holder.result.horizonMonths;
      },
      get curves() {
        return holder.result.curves;
      },
      title: 'Cumulative cash position, gross',
      width: 640,
    },
  });
  const curve = () => document.querySelector('g.curves path')!.getAttribute('d');
  const before = curve();
  vi.mocked(scales.timeScale).mockClear();

  holder.result = result(80);
  flushSync();
  expect(curve()).not.toBe(before);
  expect(scales.timeScale).not.toHaveBeenCalled();

  holder.result = {
    ...result(80),
    horizonMonths: N - 12,
    curves: [{ ...result(80).curves[0]!, values: Float64Array.from({ length: 13 }, (_, t) => t) }],
  };
  flushSync();
  expect(scales.timeScale).toHaveBeenCalledTimes(1);
});
