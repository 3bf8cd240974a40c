/**
 * The evaluate command as a user runs it: a real `node --import tsx scripts/evaluate.ts` process.
 * Each spawn costs about a second, so there are only a few.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 30_000;

function evaluate(...args: string[]) {
  const r = spawnSync('node', ['--import', 'tsx', 'scripts/evaluate.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evaluate-test-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('evaluate command', () => {
  it('evaluate leics-2021 exits 0 with the JSON output; p1 totals 431,000 and 82,000', { timeout: TIMEOUT }, () => {
    const r = evaluate('leics-2021');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      startMonth: string;
      horizonMonths: number;
      schemes: { id: string; totalInvestment: number; annualSavingYear1: number }[];
      reconciliation?: unknown;
    };
    expect(out.startMonth).toBe('2021-04');
    expect(out.horizonMonths).toBe(120);
    // p1: 365,000 + 11,000 + 55,000 = 431,000; 183 × 3 × 52 + 53,452 = 28,548 + 53,452 = 82,000
    expect(out.schemes.find((s) => s.id === 'p1')).toMatchObject({ totalInvestment: 431_000, annualSavingYear1: 82_000 });
    expect(out.reconciliation).toBeUndefined();
  });

  it('evaluate --reconcile adds a row per stated figure', { timeout: TIMEOUT }, () => {
    const r = evaluate('leics-2021', '--reconcile');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      schemes: unknown[];
      reconciliation: { scheme: string | null; figure: string; computed: number | null; status: string }[];
    };
    expect(out.schemes).toHaveLength(5);
    expect(out.reconciliation).toHaveLength(presetById('leics-2021')!.stated.length);
    // 431,000 / 82,000 = 5.2561 years against the report's "five years"
    expect(out.reconciliation.find((x) => x.scheme === 'p1' && x.figure === 'paybackYears')).toMatchObject({
      computed: 5.2561,
      status: 'differs',
    });
  });

  it('evaluate --csv prints a header and 121 data rows for leics-2021', { timeout: TIMEOUT }, () => {
    const r = evaluate('leics-2021', '--csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]!.startsWith('month,calendarMonth,')).toBe(true);
    expect(lines).toHaveLength(1 + 121); // t = 0 … 120
    expect(lines[1]!.startsWith('0,2021-04,')).toBe(true);
    expect(lines[121]!.startsWith('120,2031-04,')).toBe(true);
  });

  it('names every field it does not know on stderr and still exits 0 (a typo is not silently a default)', { timeout: TIMEOUT }, () => {
    const s = { ...structuredClone(presetById('leics-2021')!.scenario), generalInflaton: 0.05 } as Record<string, unknown>;
    (s.schemes as Record<string, unknown>[])[1]!.colour = 'red';
    const file = join(dir, 'typo.json');
    writeFileSync(file, JSON.stringify(s));
    const r = evaluate(file);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `evaluate: warning: ${file}: 2 unknown fields were left out, so their defaults are used: generalInflaton, schemes[1].colour\n`,
    );
    expect(JSON.parse(r.stdout)).toHaveProperty('portfolio');
  });

  describe('bad input: exit status 2, one line on stderr, nothing on stdout', () => {
    const refused = (r: ReturnType<typeof evaluate>) => {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.endsWith('\n')).toBe(true);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      return r.stderr;
    };

    it('an unknown preset id', { timeout: TIMEOUT }, () => {
      expect(refused(evaluate('no-such-preset'))).toContain('no-such-preset');
    });

    it('a missing file', { timeout: TIMEOUT }, () => {
      expect(refused(evaluate(join(dir, 'missing.json')))).toContain('missing.json');
    });

    it('a file that is not JSON', { timeout: TIMEOUT }, () => {
      const file = join(dir, 'broken.json');
      writeFileSync(file, '{ "version": 1, ');
      expect(refused(evaluate(file))).toContain('not JSON');
    });

    it('a rule broken: occupancy 1.5 names schemes[0].placements.occupancy', { timeout: TIMEOUT }, () => {
      const s = structuredClone(presetById('leics-2021')!.scenario);
      s.schemes[0]!.placements!.occupancy = 1.5;
      const file = join(dir, 'occupancy.json');
      writeFileSync(file, JSON.stringify(s));
      expect(refused(evaluate(file))).toContain('schemes[0].placements.occupancy');
    });

    it('an unknown option', { timeout: TIMEOUT }, () => {
      expect(refused(evaluate('leics-2021', '--frobnicate'))).toContain('--frobnicate');
    });
  });
});
