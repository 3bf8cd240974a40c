import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { toOutputJson } from '../../src/model/output.ts';
import { restoreScenario } from '../../src/model/restore.ts';

const dir = new URL('../fixtures/conformance/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.scenario.json'))
  .map((f) => f.replace('.scenario.json', ''));
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

describe('conformance vectors (shared/conformance)', () => {
  it('has vectors to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of names) {
    it(`${name}: evaluate gives the expected output to the penny`, () => {
      // through the app's one validation door, which fills MODEL.md's defaults
      const restored = restoreScenario(read(`${name}.scenario.json`));
      if (!restored.ok) throw new Error(restored.errors.join('\n'));
      const scenario = restored.scenario;
      const expected = read(`${name}.expected.json`);
      expect(toOutputJson(evaluateScenario(scenario))).toEqual(expected);
    });
  }
});
