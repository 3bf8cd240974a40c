/** The solve and sensitivity commands as a user runs them; each spawn costs about a second, so there are few. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 60_000;

function run(script: string, ...args: string[]) {
  const r = spawnSync('node', ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const refused = (r: ReturnType<typeof run>) => {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
};

describe('solve command', () => {
  it('prints input, scope, target, value, reached and achieved', { timeout: TIMEOUT }, () => {
    const r = run('solve', 'leics-2021', '--scope', 'p2', '--input', 'placements.occupancy', '--target', 'paybackYears=3');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      input: 'placements.occupancy',
      scope: 'p2',
      target: 'paybackYears=3',
      value: 0.5159,
      reached: true,
      achieved: 2.9997,
    });
  });

  it('refuses an unknown preset, scope, input, target and a bad number: exit 2, one line', { timeout: TIMEOUT }, () => {
    const base = ['--scope', 'p2', '--input', 'placements.occupancy', '--target', 'npv=0'];
    expect(refused(run('solve', 'no-such-preset', ...base))).toContain('no-such-preset');
    expect(refused(run('solve', 'leics-2021', '--scope', 'p9', '--input', 'openingMonth', '--target', 'npv=0'))).toContain('p9');
    expect(refused(run('solve', 'leics-2021', '--scope', 'p2', '--input', 'placements.colour', '--target', 'npv=0'))).toContain(
      'placements.colour',
    );
    expect(refused(run('solve', 'leics-2021', '--scope', 'p2', '--input', 'openingMonth', '--target', 'irr=0'))).toContain('irr=0');
    expect(refused(run('solve', 'leics-2021', '--scope', 'p2', '--input', 'openingMonth', '--target', 'npv=lots'))).toContain('lots');
  });
});

describe('sensitivity command', () => {
  it('prints the ranked rows, each naming its scheme and input path, largest effect first', { timeout: TIMEOUT }, () => {
    const r = run('sensitivity', 'leics-2021', '--scope', 'portfolio', '--figure', 'npv');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { rows: { scheme: string | null; input: string; effect: number }[] };
    expect(out.rows[0]).toMatchObject({ scheme: 'p2', input: 'placements.externalWeeklyFee' });
    const effects = out.rows.map((x) => x.effect);
    expect(effects).toEqual([...effects].sort((a, b) => b - a));
  });

  it('refuses a bad step and an unknown figure', { timeout: TIMEOUT }, () => {
    expect(refused(run('sensitivity', 'leics-2021', '--scope', 'portfolio', '--step', 'ten'))).toContain('--step');
    expect(refused(run('sensitivity', 'leics-2021', '--scope', 'portfolio', '--figure', 'irr'))).toContain('irr');
  });
});
