import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import {
  FILE_DAMAGED,
  FILE_EMPTY,
  FILE_LIBRARY_EMPTY,
  FILE_MAX_BYTES,
  FILE_NOT_JSON,
  fileDuplicateField,
  FILE_NOT_OBJECT,
  FILE_NOT_OURS,
  FILE_NOT_TEXT,
  fileInvalidScenario,
  fileNameFor,
  fileNewerVersion,
  fileNoScenarioUsable,
  fileTooLarge,
  fileTooManyScenarios,
  importFile,
  importText,
  libraryFileText,
  scenarioFileText,
  type ImportResult,
} from '../../src/share/file.ts';
import { arbNotedScenario } from '../model/arbitraries.ts';
import { expectNotPolluted, pollutingTexts, sampleJson, sampleScenario, versionOneTeamAsRead } from './fixtures.ts';

const NOW = new Date('2026-03-01T09:30:00Z');

function restored(input: unknown): Scenario {
  const result = restoreScenario(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

function refusal(result: ImportResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const fileOf = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text], { type: 'application/json' });

describe('scenario files', () => {
  it('round trip: importing an exported scenario gives what restoreScenario gives, with its preset and notes', async () => {
    await fc.assert(
      fc.asyncProperty(arbNotedScenario, async (scenario) => {
        const text = scenarioFileText(scenario, { presetId: 'leics-2021', now: NOW });
        expect(await importFile(fileOf(text))).toEqual({
          ok: true,
          kind: 'scenario',
          presetId: 'leics-2021',
          scenario: restored(scenario),
          dropped: [],
        });
      }),
      { numRuns: 50 },
    );
  });

  it('writes the envelope: format, kind, version, when, preset, scenario', () => {
    const file = JSON.parse(scenarioFileText(sampleScenario(), { now: NOW })) as Record<string, unknown>;
    expect(file).toEqual({
      format: 'payback-explorer',
      kind: 'scenario',
      version: 1,
      exportedAt: '2026-03-01T09:30:00.000Z',
      presetId: null,
      scenario: sampleScenario(),
    });
  });

  it('accepts a bare scenario (MODEL.md JSON, as evaluate reads it)', async () => {
    expect(await importFile(fileOf(JSON.stringify(sampleJson())))).toEqual({
      ok: true,
      kind: 'scenario',
      presetId: null,
      scenario: sampleScenario(),
      dropped: [],
    });
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', async () => {
    const text = scenarioFileText(sampleScenario(), { now: NOW });
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const result = await importFile(fileOf(withMark));
    expect(result.ok && result.kind === 'scenario' && result.scenario).toEqual(sampleScenario());
    expect(importText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('checks the size before reading: a 50 MB file is refused without a byte read', async () => {
    const read = vi.fn(() => Promise.reject(new Error('must not be read')));
    const huge = { size: 50_000_000, arrayBuffer: read, text: read, stream: read, slice: read } as unknown as Blob;
    expect(refusal(await importFile(huge))).toBe(fileTooLarge(50_000_000));
    expect(fileTooLarge(50_000_000)).toBe('This file is 50 MB, more than the 5 MB a scenario file can be, so it was not read.');
    expect(read).not.toHaveBeenCalled();
    // one byte over the limit is refused; a real Blob of that size too
    expect(refusal(await importFile(new Blob([new Uint8Array(FILE_MAX_BYTES + 1)])))).toBe(fileTooLarge(FILE_MAX_BYTES + 1));
  });

  it('an empty file (or one of only spaces, or only a byte-order mark) says it is empty', async () => {
    expect(refusal(await importFile(fileOf('')))).toBe(FILE_EMPTY);
    expect(refusal(await importFile(fileOf('  \r\n\t ')))).toBe(FILE_EMPTY);
    expect(refusal(await importFile(fileOf(new Uint8Array([0xef, 0xbb, 0xbf]))))).toBe(FILE_EMPTY);
  });

  it('a file that is not UTF-8 text, or not JSON, says so', async () => {
    expect(refusal(await importFile(fileOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]))))).toBe(FILE_NOT_TEXT);
    for (const text of ['name,amount\nPurchase,385000', '{"version":1,', '<html></html>', "{'a':1}"]) {
      expect(refusal(await importFile(fileOf(text))), text).toBe(FILE_NOT_JSON);
    }
  });

  it('a file that gives a field twice in one object is refused, naming the field', async () => {
    const text = '{"format":"payback-explorer-scenario","scenario":{"name":"A","name":"B"}}';
    expect(refusal(await importFile(fileOf(text)))).toBe(fileDuplicateField('name'));
  });

  it('JSON that is not an object is not a scenario', async () => {
    for (const text of ['[]', '[{"version":1}]', '"text"', '3', 'null']) {
      expect(refusal(await importFile(fileOf(text))), text).toBe(FILE_NOT_OBJECT);
    }
  });

  it('JSON nested thousands deep is refused without overflowing the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refusal(await importFile(fileOf(deep)))).toBe(FILE_NOT_OBJECT);
    const inScenario = `{"format":"payback-explorer","kind":"scenario","version":1,"scenario":${deep}}`;
    expect(refusal(await importFile(fileOf(inScenario)))).toBe(fileInvalidScenario(['scenario: must be an object, got an array']));
  });

  it("another program's file, a damaged envelope, and a newer version each say so", async () => {
    const envelope = (fields: Record<string, unknown>) =>
      fileOf(JSON.stringify({ format: 'payback-explorer', kind: 'scenario', version: 1, scenario: sampleJson(), ...fields }));
    expect(refusal(await importFile(envelope({ format: 'excalidraw' })))).toBe(FILE_NOT_OURS);
    expect(refusal(await importFile(envelope({ version: 2 })))).toBe(fileNewerVersion(2));
    expect(refusal(await importFile(envelope({ version: '1' })))).toBe(FILE_DAMAGED);
    expect(refusal(await importFile(envelope({ version: 0.5 })))).toBe(FILE_DAMAGED);
    expect(refusal(await importFile(envelope({ kind: 'spreadsheet' })))).toBe(FILE_DAMAGED);
  });

  it("passes the validation door's field-named errors through", async () => {
    const json = sampleJson();
    (json.schemes as { placements: { occupancy: number } }[])[0]!.placements.occupancy = 1.5;
    json.discountRate = '0.035';
    const result = await importFile(fileOf(scenarioFileText(json as unknown as Scenario)));
    expect(refusal(result)).toBe(
      fileInvalidScenario([
        'discountRate: must be a number, got the string "0.035"',
        'schemes[0].placements.occupancy: must be between 0 and 1, got 1.5',
      ]),
    );
    expect(!result.ok && result.details).toEqual([
      'discountRate: must be a number, got the string "0.035"',
      'schemes[0].placements.occupancy: must be between 0 and 1, got 1.5',
    ]);
  });

  it('a scenario from a newer version is refused with the reload message', async () => {
    const result = await importFile(fileOf(JSON.stringify({ ...sampleJson(), version: 9 })));
    expect(refusal(result)).toContain('version: this scenario was saved by a newer version of Payback Explorer (version 9)');
  });

  it('an unknown or malformed preset id is read as no preset', async () => {
    for (const presetId of ['<script>', 42, 'x'.repeat(65), '../etc']) {
      const text = JSON.stringify({ format: 'payback-explorer', kind: 'scenario', version: 1, presetId, scenario: sampleJson() });
      const result = await importFile(fileOf(text));
      expect(result.ok && result.kind === 'scenario' && result.presetId).toBeNull();
    }
  });

  it('__proto__, constructor and prototype keys pollute nothing: ({}).polluted stays undefined', async () => {
    for (const text of pollutingTexts()) {
      await importFile(fileOf(text));
      await importFile(
        fileOf(
          `{"format":"payback-explorer","kind":"library","version":1,"scenarios":[{"scenario":${text},"__proto__":{"polluted":1}}],"__proto__":{"polluted":1}}`,
        ),
      );
      expectNotPolluted(expect);
    }
  });
});

describe('library files', () => {
  it('round trip: importing an exported library gives every scenario back with its preset', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ presetId: fc.constantFrom(null, 'leics-2021', 'warwickshire-2020'), scenario: arbNotedScenario }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (entries) => {
          const result = await importFile(fileOf(libraryFileText(entries, { now: NOW })));
          expect(result).toEqual({
            ok: true,
            kind: 'library',
            scenarios: entries.map(({ presetId, scenario }) => ({ presetId, scenario: restored(scenario), dropped: [] })),
            refused: [],
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps the valid scenarios and reports which ones were refused, and why', async () => {
    const bad = { ...sampleJson(), name: 'Broken one', horizonYears: 99 };
    const text = JSON.stringify({
      format: 'payback-explorer',
      kind: 'library',
      version: 1,
      scenarios: [
        { presetId: 'leics-2021', scenario: sampleJson() },
        { scenario: bad },
        'junk',
        { scenario: { ...sampleJson(), name: 'Second' } },
      ],
    });
    const result = await importFile(fileOf(text));
    expect(result).toEqual({
      ok: true,
      kind: 'library',
      scenarios: [
        { presetId: 'leics-2021', scenario: sampleScenario(), dropped: [] },
        { presetId: null, scenario: { ...sampleScenario(), name: 'Second' }, dropped: [] },
      ],
      refused: [
        { index: 1, name: 'Broken one', errors: ['horizonYears: must be a whole number between 1 and 40, got 99'] },
        { index: 2, name: 'Scenario 3', errors: ['scenario: must be an object, got nothing'] },
      ],
    });
  });

  it('a library with no usable scenario is refused, listing each', async () => {
    const text = JSON.stringify({
      format: 'payback-explorer',
      kind: 'library',
      version: 1,
      scenarios: [{ scenario: { ...sampleJson(), startMonth: '2021-13' } }],
    });
    const result = await importFile(fileOf(text));
    expect(refusal(result)).toBe(fileNoScenarioUsable(1));
    expect(!result.ok && result.details).toEqual([
      'CIP residential model: startMonth: must be a month written YYYY-MM between 1900-01 and 2200-12, got the string "2021-13"',
    ]);
  });

  it('an empty library, a list that is not a list, and too many scenarios each say so', async () => {
    const library = (scenarios: unknown) => fileOf(JSON.stringify({ format: 'payback-explorer', kind: 'library', version: 1, scenarios }));
    expect(refusal(await importFile(library([])))).toBe(FILE_LIBRARY_EMPTY);
    expect(refusal(await importFile(library({ 0: sampleJson() })))).toBe(FILE_DAMAGED);
    expect(refusal(await importFile(library(new Array(1_001).fill(0))))).toBe(fileTooManyScenarios(1_001));
  });
});

describe('fileNameFor', () => {
  it('makes a safe, readable file name from any scenario name', () => {
    expect(fileNameFor('CIP residential model (Scrutiny, 9 March 2021)', 'json')).toBe(
      'payback-cip-residential-model-scrutiny-9-march-2021.json',
    );
    expect(fileNameFor('Café — Property 2', 'csv')).toBe('payback-cafe-property-2.csv');
    expect(fileNameFor('../../etc/passwd', 'json')).toBe('payback-etc-passwd.json');
    expect(fileNameFor('<script>', 'json')).toBe('payback-script.json');
    expect(fileNameFor('', 'json')).toBe('payback-scenario.json');
    expect(fileNameFor('£££', 'json')).toBe('payback-scenario.json');
  });

  it('is never a path and never longer than 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const file = fileNameFor(name, 'json');
        expect(file).toMatch(/^payback-[a-z0-9]+(-[a-z0-9]+)*\.json$/);
        expect(file.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});

describe('files the version-1 app wrote', () => {
  /** "Version 1 team" as the version-1 app's scenarioFileText wrote it. */
  const VERSION_ONE_SCENARIO = `{
  "version": 1,
  "name": "Version 1 team",
  "startMonth": "2021-04",
  "horizonYears": 10,
  "discountRate": 0.035,
  "generalInflation": 0,
  "perspective": "council",
  "schemes": [
    {
      "id": "art",
      "name": "ART",
      "kind": "team",
      "enabled": false,
      "capital": [],
      "funding": [],
      "capitalInflation": 0,
      "residualValue": 0,
      "assetAppreciation": 0,
      "openingMonth": 0,
      "placements": null,
      "block": { "inHouseAnnualCost": 411840, "doNothingAnnualCost": 450000 },
      "otherSavings": [],
      "feeInflation": 0,
      "costInflation": 0
    }
  ]
}`;

  it('a version-1 scenario file opens at version 2, with no notes', async () => {
    const text = `{
  "format": "payback-explorer",
  "kind": "scenario",
  "version": 1,
  "exportedAt": "2026-01-01T00:00:00.000Z",
  "presetId": "leics-2021",
  "scenario": ${VERSION_ONE_SCENARIO}
}
`;
    expect(await importFile(fileOf(text))).toStrictEqual({
      ok: true,
      kind: 'scenario',
      presetId: 'leics-2021',
      scenario: versionOneTeamAsRead(),
      dropped: [],
    });
  });

  it('a version-1 library file opens, every scenario at version 2', async () => {
    const text = `{ "format": "payback-explorer", "kind": "library", "version": 1, "exportedAt": "2026-01-01T00:00:00.000Z",
      "scenarios": [{ "presetId": null, "scenario": ${VERSION_ONE_SCENARIO} }, { "presetId": "leics-2021", "scenario": ${VERSION_ONE_SCENARIO} }] }`;
    expect(await importFile(fileOf(text))).toStrictEqual({
      ok: true,
      kind: 'library',
      scenarios: [
        { presetId: null, scenario: versionOneTeamAsRead(), dropped: [] },
        { presetId: 'leics-2021', scenario: versionOneTeamAsRead(), dropped: [] },
      ],
      refused: [],
    });
  });

  it('a bare version-1 scenario (as npm run evaluate reads) opens too', async () => {
    expect(importText(VERSION_ONE_SCENARIO)).toStrictEqual({
      ok: true,
      kind: 'scenario',
      presetId: null,
      scenario: versionOneTeamAsRead(),
      dropped: [],
    });
  });

  it('a scenario file keeps its notes', async () => {
    const noted = {
      ...sampleScenario(),
      note: 'Agreed by the board',
      schemes: sampleScenario().schemes.map((s) => ({ ...s, note: `About ${s.name}` })),
    };
    const result = await importFile(fileOf(scenarioFileText(noted, { now: NOW })));
    expect(result.ok && result.kind === 'scenario' && result.scenario).toStrictEqual(noted);
  });
});
