import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { endLabels, LABEL_GAP, shorten } from '../../src/chart/endLabels.ts';
import { curveStyles } from '../../src/chart/curveStyle.ts';
import type { ChartCurve } from '../../src/chart/types.ts';

const y = scaleLinear().domain([-100, 100]).range([200, 0]);
const curve = (id: string, end: number, kind: ChartCurve['kind'] = 'scheme'): ChartCurve => ({
  id,
  label: `Curve ${id}`,
  values: [0, end],
  crossingMonth: null,
  kind,
});

describe('endLabels', () => {
  it('puts each label at the height where its curve ends', () => {
    const curves = [curve('a', 50), curve('b', -50)];
    const labels = endLabels(curves, curveStyles(curves), y, 1, 200, 120);
    expect(labels.map((l) => [l.id, l.labelY])).toEqual([
      ['a', 50],
      ['b', 150],
    ]);
  });

  it('nudges labels of curves that end together apart', () => {
    const curves = [curve('a', 10), curve('b', 10), curve('c', 10)];
    const ys = endLabels(curves, curveStyles(curves), y, 1, 200, 120)
      .map((l) => l.labelY)
      .sort((p, q) => p - q);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(LABEL_GAP);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(LABEL_GAP);
  });

  it('labels the portfolio first when there is no room for every label', () => {
    const curves = [...Array.from({ length: 30 }, (_, i) => curve(`s${i}`, 0)), curve('portfolio', 0, 'portfolio')];
    const labels = endLabels(curves, curveStyles(curves), y, 1, 100, 120);
    expect(labels.length).toBe(Math.floor(100 / LABEL_GAP) + 1);
    expect(labels[0]!.id).toBe('portfolio');
  });

  it('a label too long for the margin is its first part, cut only when that is too long; the tooltip has it whole', () => {
    const curves = [
      { ...curve('a', 50), label: 'Property 1 — residential, children up to 16' },
      { ...curve('b', 0), label: 'Property 2 — 16+ residential home for young people' },
      { ...curve('c', -50), label: 'Assessment & Resource Team (ART)' },
      { ...curve('d', -90), label: 'Portfolio' },
    ];
    const labels = endLabels(curves, curveStyles(curves), y, 1, 200, 82);
    // 82 px holds ten characters: each "Property n" whole, not four of "Property…"
    expect(labels.map((l) => l.text)).toEqual(['Property 1', 'Property 2', 'Assessmen…', 'Portfolio']);
    expect(labels.map((l) => l.fullText)).toEqual(curves.map((c) => c.label));
    expect(endLabels(curves, curveStyles(curves), y, 1, 200, 400)[0]!.text).toBe(curves[0]!.label);
    // two names alike in their first part keep the whole name, cut, so they still differ
    const alike = [
      { ...curve('a', 50), label: 'Plan A (copy)' },
      { ...curve('b', 0), label: 'Plan A — 60%' },
      { ...curve('c', -50), label: 'Plan B — 70% occupancy' },
    ];
    expect(endLabels(alike, curveStyles(alike), y, 1, 200, 90).map((l) => l.text)).toEqual(['Plan A (c…', 'Plan A —…', 'Plan B']);
    expect(shorten('short', 10)).toBe('short');
  });

  it('in large type (presentation mode) gives each label twice the room and the first part of the name only', () => {
    const curves = [{ ...curve('a', 0), label: 'Property 2 — 16+ residential home for young people' }];
    const [label] = endLabels(curves, curveStyles(curves), y, 1, 200, 200, { textScale: 2, short: true });
    expect(label!.text).toBe('Property 2');
    expect(label!.fullText).toBe(curves[0]!.label);
    // two alike in their first part keep their whole names, cut, in large type too
    const alike = [
      { ...curve('a', 50), label: 'Plan A (copy)' },
      { ...curve('b', -50), label: 'Plan A — 60%' },
    ];
    expect(endLabels(alike, curveStyles(alike), y, 1, 200, 400, { textScale: 2, short: true }).map((l) => l.text)).toEqual([
      'Plan A (copy)',
      'Plan A — 60%',
    ]);
    const many = Array.from({ length: 40 }, (_, i) => curve(`s${i}`, i));
    expect(endLabels(many, curveStyles(many), y, 1, 100, 200, { textScale: 2 })).toHaveLength(Math.floor(100 / (2 * LABEL_GAP)) + 1);
  });
});
