// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import PaybackChart from '../../src/chart/PaybackChart.svelte';

let chart: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (chart) unmount(chart);
  document.body.innerHTML = '';
});

it('hands the crosshair month back to the parent through bind:crosshairMonth', () => {
  const values = Float64Array.from({ length: 25 }, (_, t) => -1000 + 100 * t);
  // A $state object as props is what `bind:` compiles to: the parent sees the chart's writes.
  const props = $state({
    startMonth: '2021-04',
    horizonMonths: 24,
    curves: [{ id: 'p1', label: 'Property 1', values, crossingMonth: 10, kind: 'scheme' as const }],
    title: 'Cumulative cash position, gross',
    width: 640,
    crosshairMonth: undefined as number | undefined,
  });
  chart = mount(PaybackChart, { target: document.body, props });
  const svg = document.querySelector('svg[role="application"]')!;

  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  flushSync();
  expect(props.crosshairMonth).toBe(24);

  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
  flushSync();
  expect(props.crosshairMonth).toBe(12);
  expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('End of March 2022 (2021/22): Property 1 £200');
});
