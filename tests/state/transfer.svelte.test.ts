// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import { FILE_EMPTY, FILE_TYPE, fileTooLarge, libraryFileText, scenarioFileText } from '../../src/share/file.ts';
import { LINK_CORRUPTED, LINK_INCOMPLETE, decodeScenarioLink, encodeLinkText, encodeScenarioLink } from '../../src/share/link.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { LibraryState } from '../../src/state/library.svelte.ts';
import { CSV_TYPE, Transfer, openedFrom } from '../../src/state/transfer.svelte.ts';
import { yearlyCsv } from '../../src/share/yearlyCsv.ts';
import { Library } from '../../src/storage/library.ts';
import { MemoryStore } from '../../src/storage/store.ts';
import { WorkingSlots } from '../../src/storage/workingSlots.ts';
import { arbScenario } from '../model/arbitraries.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const leics2025 = presetById('leics-2025')!;
const NOW = new Date('2026-03-02T10:00:00Z');

function setup() {
  const explorer = new Explorer();
  const store = new MemoryStore();
  const library = new Library(store);
  const state = new LibraryState(library, new WorkingSlots(store), explorer);
  const downloads: { text: string; fileName: string; type: string }[] = [];
  const transfer = new Transfer(explorer, state, {
    download: (text, fileName, type) => downloads.push({ text, fileName, type }),
    now: () => NOW,
  });
  return { explorer, store, library, state, transfer, downloads };
}

const file = (text: string) => new Blob([text], { type: FILE_TYPE });

describe('Transfer: links', () => {
  it('makeLink: the address without its fragment, then the scenario on screen; its length and advice', async () => {
    const { explorer, transfer } = setup();
    explorer.setSetting('horizonYears', 14);
    const link = await transfer.makeLink('https://intranet.example/payback/?x=1#old');
    expect(link.url.startsWith('https://intranet.example/payback/?x=1#s1.')).toBe(true);
    expect(link.length).toBe(link.url.length);
    expect(link.advice).toBe('fits');
    const decoded = await decodeScenarioLink(new URL(link.url).hash);
    expect(decoded.ok && decoded.scenario).toEqual(explorer.scenario);
    expect(transfer.linkUpToDate).toBe(true);
    explorer.setSetting('horizonYears', 15);
    expect(transfer.linkUpToDate).toBe(false);
  });

  it('the link carries the name the scenario is saved under', async () => {
    const { state, transfer } = setup();
    await state.saveAs('Saved name');
    const decoded = await decodeScenarioLink(new URL((await transfer.makeLink('http://h/')).url).hash);
    expect(decoded.ok && decoded.scenario.name).toBe('Saved name');
  });

  it('opening a link shows exactly its scenario (restoreScenario of it), unsaved, for any valid scenario', async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, async (scenario) => {
        const { explorer, store, transfer } = setup();
        await transfer.openLink(await encodeScenarioLink(scenario));
        const restored = restoreScenario(scenario);
        expect(restored.ok && explorer.scenario).toEqual(restored.ok && restored.scenario);
        expect(transfer.incoming).toEqual({ kind: 'opened', source: 'link', name: scenario.name, dropped: [] });
        expect(await store.entries()).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('a link’s preset is the one sharing its schemes; the figures are the link’s whatever the preset', async () => {
    const { explorer, state, transfer } = setup();
    await transfer.openLink(await encodeScenarioLink({ ...leics2025.scenario, horizonYears: 11 }));
    expect(explorer.preset.id).toBe(leics2025.id);
    expect(explorer.scenario).toEqual({ ...leics2025.scenario, horizonYears: 11 });
    expect(state.status).toBe(openedFrom('link', leics2025.scenario.name));
  });

  it('a bad link changes nothing on screen or in storage and says why', async () => {
    const { explorer, store, state, transfer } = setup();
    await state.saveAs('Kept');
    explorer.setSetting('horizonYears', 13);
    const before = explorer.scenario;
    const stored = await store.entries();
    const good = await encodeScenarioLink(leics.scenario);
    for (const [fragment, message] of [
      [good.slice(0, 30), LINK_INCOMPLETE],
      [`${good.slice(0, 40)}${good[40] === 'A' ? 'B' : 'A'}${good.slice(41)}`, LINK_CORRUPTED],
    ] as const) {
      await transfer.openLink(fragment);
      expect(transfer.incoming).toEqual({ kind: 'refused', source: 'link', message, details: [] });
      expect(explorer.scenario).toBe(before);
      expect(state.current?.name).toBe('Kept');
      expect(await store.entries()).toEqual(stored);
    }
    await transfer.openLink(await encodeLinkText(JSON.stringify({ ...leics.scenario, discountRate: 2 })));
    expect(transfer.incoming).toMatchObject({ kind: 'refused', details: [expect.stringMatching(/^discountRate: /)] });
    expect(explorer.scenario).toBe(before);
  });

  it('keeping what came in saves it as a new scenario; a clashing name becomes a copy; the saved one is untouched', async () => {
    const { library, state, transfer } = setup();
    await state.saveAs(leics.scenario.name);
    const original = state.current!.id;
    const before = await library.get(original);
    await transfer.openLink(await encodeScenarioLink({ ...leics.scenario, horizonYears: 20 }));
    expect(state.current).toBeNull();
    await transfer.keepIncoming();
    expect(transfer.incoming).toBeNull();
    expect(state.current?.name).toBe(`${leics.scenario.name} (2)`);
    expect(await library.get(original)).toEqual(before);
  });
});

describe('Transfer: files', () => {
  it('a scenario file opens like a link, with the preset it names', async () => {
    const { explorer, transfer } = setup();
    await transfer.importFile(file(scenarioFileText({ ...leics.scenario, horizonYears: 6 }, { presetId: 'warwickshire-2020' })));
    expect(explorer.preset.id).toBe('warwickshire-2020');
    expect(explorer.scenario.horizonYears).toBe(6);
    expect(transfer.incoming).toMatchObject({ kind: 'opened', source: 'file' });
  });

  it('a library file adds each scenario as a new one, and lists the ones refused', async () => {
    const { state, transfer } = setup();
    await state.saveAs('A');
    const text = libraryFileText([
      { presetId: leics.id, scenario: { ...leics.scenario, name: 'A' } },
      { presetId: null, scenario: { ...leics.scenario, name: 'Broken', horizonYears: -3 } },
      { presetId: null, scenario: { ...leics2025.scenario, name: 'C' } },
    ]);
    await transfer.importFile(file(text));
    expect(state.entries.map((e) => e.name).sort()).toEqual(['A', 'A (2)', 'C']);
    expect(state.entries.find((e) => e.name === 'C')?.presetId).toBe(leics2025.id);
    expect(transfer.incoming).toMatchObject({ kind: 'added', refused: [{ index: 1, name: 'Broken' }] });
  });

  it('a bad file is refused with its message and nothing changes', async () => {
    const { explorer, store, transfer } = setup();
    const before = explorer.scenario;
    await transfer.importFile(file(''));
    expect(transfer.incoming).toEqual({ kind: 'refused', source: 'file', message: FILE_EMPTY, details: [] });
    const huge = { size: 50_000_000, arrayBuffer: () => Promise.reject(new Error('read a 50 MB file')) } as unknown as Blob;
    await transfer.importFile(huge);
    expect(transfer.incoming).toMatchObject({ message: fileTooLarge(50_000_000) });
    expect(explorer.scenario).toBe(before);
    expect(await store.entries()).toEqual([]);
  });

  it('exports the scenario on screen, the library, and the cash-flow table', async () => {
    const { explorer, state, transfer, downloads } = setup();
    explorer.setSetting('horizonYears', 13);
    await state.saveAs('Export me');
    transfer.exportScenario();
    await transfer.exportCsv();
    await transfer.exportLibrary();
    const [scenario, csv, library] = downloads;
    expect(scenario).toEqual({
      text: scenarioFileText({ ...explorer.scenario, name: 'Export me' }, { presetId: leics.id, now: NOW }),
      fileName: 'payback-export-me.json',
      type: FILE_TYPE,
    });
    expect(csv).toEqual({ text: yearlyCsv(evaluateDetailed(explorer.scenario)), fileName: 'payback-export-me.csv', type: CSV_TYPE });
    expect(library?.fileName).toBe('payback-library-2026-03-02.json');
    expect(JSON.parse(library!.text).scenarios).toEqual([{ presetId: leics.id, scenario: { ...explorer.scenario, name: 'Export me' } }]);
  });

  it('an empty library exports nothing', async () => {
    const { transfer, downloads } = setup();
    await transfer.exportLibrary();
    expect(downloads).toEqual([]);
  });
});
