/**
 * The largest scenario a file can bring in: 500 schemes (restoreScenario's most), each with as many
 * capital, funding and other-savings lines as fit, every name and label 200 characters (its longest)
 * of seeded words, and the file as short as JSON writes it, just under FILE_MAX_BYTES. The same on
 * every run.
 */
import type { Scenario, Scheme } from '../../src/model/scenario.ts';
import { FILE_FORMAT, FILE_MAX_BYTES, FILE_VERSION } from '../../src/share/file.ts';
import { bigScenario } from './bigScenario.ts';

const SCHEMES = 500;
const TEXT_LENGTH = 200;
const WORDS = ['home', 'purchase', 'works', 'grant', 'staff', 'travel', 'refit', 'garden', 'roof', 'lease', 'survey', 'fees'];

/** 200 characters of words, different for each `n` */
function text(n: number): string {
  let out = `${n}`;
  for (let i = 0; out.length < TEXT_LENGTH; i += 1) out += ` ${WORDS[(n * 7 + i * 5 + (n >> (i % 5))) % WORDS.length]}`;
  return out.slice(0, TEXT_LENGTH);
}

function withLines(base: Scheme, index: number, lines: number): Scheme {
  const label = (list: number, line: number) => text(((index * 3 + list) * 100 + line) * 31);
  return {
    ...base,
    name: text(index),
    capital: Array.from({ length: lines }, (_, line) => ({
      label: label(0, line),
      amount: 1_000 + line,
      month: line % 24,
      spreadMonths: 1 + (line % 6),
    })),
    funding: Array.from({ length: lines }, (_, line) => ({ label: label(1, line), amount: 500 + line, month: line % 12 })),
    otherSavings: Array.from({ length: lines }, (_, line) => ({ label: label(2, line), annual: 100 + line })),
  };
}

/** The scenario file as the test hands it to the page: the envelope, the scenario, no white space. */
export function scenarioFile(scenario: Scenario, presetId: string | null = null): string {
  return JSON.stringify({ format: FILE_FORMAT, kind: 'scenario', version: FILE_VERSION, presetId, scenario });
}

export function largestScenario(): Scenario {
  const base = bigScenario(SCHEMES, 10);
  const build = (lines: number): Scenario => ({
    ...base,
    name: text(999_999),
    schemes: base.schemes.map((scheme, index) => withLines(scheme, index, lines)),
  });
  let lines = 1;
  while (new TextEncoder().encode(scenarioFile(build(lines + 1))).length <= FILE_MAX_BYTES) lines += 1;
  return build(lines);
}
