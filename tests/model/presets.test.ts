import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { inputPaths } from '../../src/model/inputPaths.ts';
import { toOutputJson } from '../../src/model/output.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../../src/model/presets/index.ts';
import type { Preset, Source } from '../../src/model/presets/preset.ts';
import { REPORTS, REPORT_TEXT_FOLDER, reportById } from '../../src/model/presets/reports.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import type { ScenarioResult, SchemeResult } from '../../src/model/result.ts';

/** docs/reports/<report id>.md: a header comment (title, council, meeting, date, source), then the report's text. */
const reportFile = (reportId: string): { header: string; text: string } => {
  const whole = readFileSync(new URL(`../../${REPORT_TEXT_FOLDER}${reportId}.md`, import.meta.url), 'utf8');
  const end = whole.indexOf('-->\n');
  if (!whole.startsWith('<!--') || end < 0) throw new Error(`${reportId}.md has no header comment`);
  return { header: whole.slice(0, end), text: whole.slice(end + 4) };
};
const seedText = (reportId: string): string => normalise(reportFile(reportId).text);

const scopeName = (scope: Preset['stated'][number]['scope']) => (scope === 'portfolio' ? 'portfolio' : scope.scheme);

/** The seeds are converted documents: some table cells are wrapped in <b>; quotes leave the tags out. */
const normalise = (text: string): string => text.replace(/<[^>]+>/g, '');

/** A quote may run across a line break or a table's tabs; compare with all whitespace as single spaces. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A numbered paragraph as it starts a line: "14. Financial", "- 2.1 £12m", "4.11 As", "## 5. Additional". */
const PARAGRAPH_MARKER = /(?:^|\n)[ \t]*(?:[-*][ \t]+|#+[ \t]*)?(\d+(?:\.\d+)*)\.?[ \t]/g;

/**
 * The text of a paragraph cited as "14", "14c", "12d(i)", "4.11", "Appendix 1" or "10 (heading)"
 * (the heading printed just above paragraph 10).
 */
function paragraphText(text: string, paragraph: string): string | undefined {
  if (paragraph.startsWith('Appendix')) {
    const at = text.lastIndexOf(paragraph);
    return at < 0 ? undefined : text.slice(at);
  }
  const base = /^\d+(?:\.\d+)*/.exec(paragraph)?.[0];
  if (base === undefined) return undefined;
  const markers = [...text.matchAll(PARAGRAPH_MARKER)].map((m) => ({ number: m[1], at: m.index }));
  const i = markers.findIndex((m) => m.number === base);
  if (i < 0) return undefined;
  const from = paragraph.includes('heading') ? (markers[i - 1]?.at ?? 0) : markers[i]!.at;
  return text.slice(from, markers[i + 1]?.at ?? text.length);
}

function reportSources(preset: Preset): [string, Source & { kind: 'report' }][] {
  const inputs = Object.entries(preset.provenance);
  const figures = preset.stated.map((f, i): [string, Source] => [`stated[${i}] ${scopeName(f.scope)}.${f.figure}`, f.source]);
  return [...inputs, ...figures].filter((e): e is [string, Source & { kind: 'report' }] => e[1].kind === 'report');
}

const scheme = (r: ScenarioResult, id: string): SchemeResult => {
  const found = r.schemes.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scheme ${id}`);
  return found;
};
const num = (x: { toNumber(): number } | null): number => {
  if (x === null) throw new Error('expected a payback within the horizon');
  return x.toNumber();
};

describe('PRESETS', () => {
  it('has unique ids and opens on the 2021 Leicestershire evaluation', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['leics-2021', 'leics-2020-plan', 'leics-2025', 'warwickshire-2020']));
    expect(DEFAULT_PRESET_ID).toBe('leics-2021');
    expect(presetById(DEFAULT_PRESET_ID)?.id).toBe('leics-2021');
  });

  it('presetById returns undefined for an unknown id', () => {
    expect(presetById('no-such-preset')).toBeUndefined();
  });

  it('leics-2021 has exactly the schemes p1, p2, p3, p4 and art', () => {
    expect(presetById('leics-2021')?.scenario.schemes.map((s) => s.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'art']);
  });

  it('every report the presets cite is kept in the repository, its header naming its title, council, meeting and date', () => {
    expect(REPORTS).toHaveLength(5);
    const longDate = (iso: string) =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    for (const r of REPORTS) {
      const { header, text } = reportFile(r.id);
      expect(header).toContain(`report:  ${r.id}`);
      expect(header).toContain(`title:   ${r.title}`);
      expect(header).toContain(`council: ${r.council}`);
      expect(header).toContain(`meeting: ${r.meeting}`);
      expect(header).toContain(`date:    ${longDate(r.date)}`);
      expect(header).toMatch(/source: {2}a public committee report/);
      expect(text.length).toBeGreaterThan(5_000);
    }
  });
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  it('has unique scheme ids', () => {
    const ids = preset.scenario.schemes.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the validation door unchanged', () => {
    const restored = restoreScenario(JSON.parse(JSON.stringify(preset.scenario)));
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    expect(restored.dropped).toEqual([]);
    expect(restored.scenario).toEqual(preset.scenario);
  });

  it('gives a source for every input', () => {
    const missing = inputPaths(preset.scenario).filter((path) => !(path in preset.provenance));
    expect(missing).toEqual([]);
  });

  it('has no provenance for an input that does not exist', () => {
    const paths = new Set(inputPaths(preset.scenario));
    expect(Object.keys(preset.provenance).filter((key) => !paths.has(key))).toEqual([]);
  });

  it('gives every assumption a reason', () => {
    for (const source of Object.values(preset.provenance)) {
      if (source.kind === 'assumption') expect(source.reason.trim()).not.toBe('');
    }
  });

  it('quotes every report source verbatim from the paragraph it cites', () => {
    const problems: string[] = [];
    for (const [where, source] of reportSources(preset)) {
      if (reportById(source.report) === undefined) problems.push(`${where}: unknown report ${source.report}`);
      else if (source.quote.trim() === '') problems.push(`${where}: empty quote`);
      else {
        const paragraph = paragraphText(seedText(source.report), source.paragraph);
        if (paragraph === undefined) problems.push(`${where}: no paragraph ${source.paragraph}`);
        else if (!flat(paragraph).includes(flat(source.quote))) {
          problems.push(`${where}: "${source.quote}" is not in para ${source.paragraph}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('states figures about its own schemes or the portfolio', () => {
    const ids = new Set(preset.scenario.schemes.map((s) => s.id));
    for (const f of preset.stated) {
      expect(f.scope === 'portfolio' || ids.has(f.scope.scheme), `${scopeName(f.scope)}.${f.figure}`).toBe(true);
      expect(f.tolerance).toBeGreaterThanOrEqual(0);
      if (f.comparison === 'about') expect(f.tolerance, `${scopeName(f.scope)}.${f.figure}`).toBeGreaterThan(0);
      expect(f.figure === 'annualSaving', `${scopeName(f.scope)}.${f.figure} fromMonth`).toBe(f.fromMonth !== undefined);
      expect(f.wording.trim()).not.toBe('');
    }
  });

  it('has a title and a summary', () => {
    expect(preset.title.trim()).not.toBe('');
    expect(preset.summary.length).toBeGreaterThan(200);
  });
});

describe("leics-2021 evaluates to the report's own figures", () => {
  const preset = presetById('leics-2021');
  if (preset === undefined) throw new Error('leics-2021 missing');
  const result = evaluateScenario(preset.scenario);

  it('Property 1: £431k, £82k a year, payback ≈ 5.3 years', () => {
    const { figures } = scheme(result, 'p1');
    expect(figures.totalInvestment.toNumber()).toBe(431_000);
    expect(figures.annualSavingYear1.toNumber()).toBe(82_000);
    expect(num(figures.paybackYears)).toBeGreaterThanOrEqual(5.2);
    expect(num(figures.paybackYears)).toBeLessThanOrEqual(5.35);
  });

  it('Property 2: £437k, £188,188 a year at 75 % occupancy, payback within 2.5 years', () => {
    const { figures } = scheme(result, 'p2');
    expect(figures.totalInvestment.toNumber()).toBe(437_000);
    expect(figures.annualSavingYear1.toNumber()).toBe(188_188);
    expect(num(figures.paybackYears)).toBeLessThanOrEqual(2.5);
  });

  it('Property 3: £869k, £247k a year, ≈ 3.5 years gross and under 2 net of the asset', () => {
    const { figures } = scheme(result, 'p3');
    expect(figures.totalInvestment.toNumber()).toBe(869_000);
    expect(figures.annualSavingYear1.toNumber()).toBe(247_000);
    expect(num(figures.paybackYears)).toBeCloseTo(3.5, 1);
    expect(num(figures.netPaybackYears)).toBeLessThan(2);
  });

  it('Property 4: about £1.1m, payback within five years', () => {
    const { figures } = scheme(result, 'p4');
    expect(Math.abs(figures.totalInvestment.toNumber() - 1_100_000)).toBeLessThanOrEqual(50_000);
    expect(num(figures.paybackYears)).toBeLessThanOrEqual(5);
  });

  it('ART: £411,840 against £450,000 saves £38,160 a year', () => {
    expect(scheme(result, 'art').figures.annualSavingYear1.toNumber()).toBe(38_160);
  });

  it("Properties 1–3 and the ART give the shared conformance vector's figures", () => {
    const expected = JSON.parse(
      readFileSync(new URL('../fixtures/conformance/leics2021-as-reported.expected.json', import.meta.url), 'utf8'),
    ) as { schemes: { id: string }[] };
    const output = toOutputJson(result);
    for (const want of expected.schemes) {
      const got = output.schemes.find((s) => s.id === want.id);
      expect(got, want.id).toBeDefined();
      expect({ ...got, name: '' }).toEqual({ ...want, name: '' });
    }
  });
});

describe('warwickshire-2020', () => {
  const preset = presetById('warwickshire-2020');
  if (preset === undefined) throw new Error('warwickshire-2020 missing');

  it('pays back in about 7.8 years on the whole £12.008m', () => {
    const { figures } = evaluateScenario(preset.scenario).portfolio;
    expect(figures.totalInvestment.toNumber()).toBe(12_008_000);
    expect(num(figures.paybackYears)).toBeCloseTo(7.8, 1);
  });

  it('reaches £3.425m a year of reductions by 2024/25', () => {
    const from2024 = preset.scenario.schemes[0]!.otherSavings.reduce((sum, line) => sum + line.annual, 0);
    expect(from2024).toBe(3_425_000);
  });

  it("pays back sooner from the council's view, which counts the DfE grant in", () => {
    const whole = num(evaluateScenario(preset.scenario).portfolio.figures.paybackYears);
    const council = num(evaluateScenario({ ...preset.scenario, perspective: 'council' }).portfolio.figures.paybackYears);
    expect(council).toBeLessThan(whole);
  });
});

describe('leics-2025', () => {
  const preset = presetById('leics-2025');
  if (preset === undefined) throw new Error('leics-2025 missing');
  const { figures } = evaluateScenario(preset.scenario).portfolio;

  it('adds up to the stated £6.180m and £1.991m exactly', () => {
    expect(figures.totalInvestment.toNumber()).toBe(6_180_000);
    expect(figures.externalFunding.toNumber()).toBe(1_991_000);
  });

  it("leaves the council's share a thousand pounds off the stated £4.188m, as the report's parts are", () => {
    const councilShare = figures.totalInvestment.minus(figures.externalFunding).toNumber();
    const stated = preset.stated.find((f) => f.figure === 'councilInvestment');
    expect(stated).toBeDefined();
    expect(Math.abs(councilShare - (stated?.stated ?? 0))).toBeGreaterThan(stated?.tolerance ?? 0);
  });
});
