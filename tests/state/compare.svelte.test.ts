// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { toOutputJson } from '../../src/model/output.ts';
import { presetById } from '../../src/model/presets/index.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { Compare, READING, UNREADABLE, refFromKey, refKey, type Shelf } from '../../src/state/compare.svelte.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import type { LibraryEntry } from '../../src/storage/library.ts';

const warwickshire = presetById('warwickshire-2020')!;

/** A library of saved scenarios in memory: read answers when `release` is called. */
function shelf(saved: Record<string, Scenario>) {
  const pending: (() => void)[] = [];
  const entries: LibraryEntry[] = Object.entries(saved).map(([id, s]) => ({
    id,
    name: s.name,
    presetId: null,
    updatedAt: '2026-01-01T00:00:00Z',
    revision: 1,
    status: 'current',
  }));
  const value: Shelf & { entries: LibraryEntry[] } = {
    entries,
    read: vi.fn(
      (id: string) =>
        new Promise<Awaited<ReturnType<Shelf['read']>>>((resolve) => {
          pending.push(() =>
            resolve(saved[id] ? { name: saved[id].name, revision: entries.find((e) => e.id === id)!.revision, scenario: saved[id] } : null),
          );
        }),
    ),
    open: vi.fn(async () => {}),
    choosePreset: vi.fn(),
  };
  const release = async () => {
    pending.splice(0).forEach((go) => go());
    await Promise.resolve();
    await Promise.resolve();
  };
  return { value, release };
}

/** Keeps `compare.compared` watched, as the page does, so its deriveds are kept between reads. */
function watched(compare: Compare): Compare {
  $effect.root(() => {
    $effect(() => void compare.compared);
  });
  flushSync();
  return compare;
}

describe('refKey', () => {
  it('round-trips every kind of reference', () => {
    for (const ref of ['working', { saved: 'a:b' }, { preset: 'leics-2021' }] as const) expect(refFromKey(refKey(ref))).toEqual(ref);
    expect(refFromKey('')).toBeNull();
    expect(refFromKey('other:x')).toBeNull();
  });
});

describe('Compare', () => {
  it('compares nothing until another scenario is chosen; the working one reuses the explorer’s evaluation', () => {
    const explorer = new Explorer();
    const compare = watched(new Compare(explorer));
    expect(compare.active).toBe(false);
    expect(compare.compared).toHaveLength(1);
    const [base] = compare.compared;
    expect(base!.scenario === null ? null : base!.evaluation).toBe(explorer.evaluation);
  });

  it('a preset is evaluated by its own evaluator, to the model’s own figures', () => {
    const explorer = new Explorer();
    const compare = watched(new Compare(explorer));
    compare.chooseOther(0, { preset: warwickshire.id });
    expect(compare.active).toBe(true);
    const other = compare.compared[1]!;
    expect(other.label).toBe(warwickshire.title);
    if (other.scenario === null) throw new Error('not evaluated');
    expect(toOutputJson(other.evaluation.result)).toEqual(toOutputJson(evaluateScenario(warwickshire.scenario)));
  });

  it('stays live: an edit to the working scenario moves its curve, and leaves the others’ evaluations alone', () => {
    const explorer = new Explorer();
    const compare = watched(new Compare(explorer));
    compare.chooseOther(0, { preset: warwickshire.id });
    const before = compare.compared.map((c) => (c.scenario === null ? null : c.evaluation));
    explorer.setInput('p2', 'placements.occupancy', 1);
    flushSync();
    const after = compare.compared.map((c) => (c.scenario === null ? null : c.evaluation));
    expect(after[0]).toBe(explorer.evaluation);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]!.result.portfolio.series.cash).not.toEqual(before[0]!.result.portfolio.series.cash);
    expect(after[1]).toBe(before[1]);
  });

  it('reads a saved scenario through the shelf, says so meanwhile, and compares it once read', async () => {
    const explorer = new Explorer();
    const saved = { ...warwickshire.scenario, name: 'Last month’s plan' };
    const { value, release } = shelf({ s1: saved });
    const compare = new Compare(explorer, value);
    compare.chooseOther(1, { saved: 's1' });
    expect(compare.compared[1]).toMatchObject({ label: 'Last month’s plan', scenario: null, why: READING });
    await release();
    const other = compare.compared[1]!;
    expect(other.scenario).toBe(saved);
    expect(value.read).toHaveBeenCalledTimes(1);
  });

  it('the scenario on screen is named as the library saves it, not by the preset it came from', () => {
    const explorer = new Explorer();
    const { value } = shelf({});
    const named = { ...value, workingScenario: { name: 'Higher fees' } };
    expect(watched(new Compare(explorer, named)).compared[0]!.label).toBe('On screen: Higher fees');
    expect(watched(new Compare(explorer, value)).compared[0]!.label).toBe(`On screen: ${explorer.scenario.name}`);
  });

  it('a saved scenario that cannot be read says so', async () => {
    const { value, release } = shelf({});
    const compare = new Compare(new Explorer(), value);
    compare.chooseOther(0, { saved: 'gone' });
    await release();
    expect(compare.compared[1]).toMatchObject({ scenario: null, why: UNREADABLE });
  });

  it('reads a compared saved scenario again when it has been saved since', async () => {
    const { value, release } = shelf({ s1: warwickshire.scenario });
    const compare = new Compare(new Explorer(), value);
    compare.chooseOther(0, { saved: 's1' });
    await release();
    compare.follow(value.entries);
    expect(value.read).toHaveBeenCalledTimes(1);
    compare.follow([{ ...value.entries[0]!, revision: 2 }]);
    expect(value.read).toHaveBeenCalledTimes(2);
  });

  it('a scenario chosen twice, or as the base too, is compared once', () => {
    const compare = new Compare(new Explorer());
    compare.chooseOther(0, { preset: warwickshire.id });
    compare.chooseOther(1, { preset: warwickshire.id });
    compare.chooseOther(2, 'working');
    expect(compare.compared.map((c) => c.key)).toEqual(['working', `preset:${warwickshire.id}`]);
    compare.chooseOther(0, null);
    compare.chooseOther(1, null);
    expect(compare.active).toBe(false);
  });

  it('opens a saved one with the library’s open and a preset with the preset switch', async () => {
    const { value } = shelf({});
    const compare = new Compare(new Explorer(), value);
    await compare.open({ saved: 's1' });
    await compare.open({ preset: warwickshire.id });
    await compare.open('working');
    expect(value.open).toHaveBeenCalledWith('s1');
    expect(value.choosePreset).toHaveBeenCalledWith(warwickshire.id);
  });
});
