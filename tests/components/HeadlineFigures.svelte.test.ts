// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import HeadlineFigures from '../../src/components/HeadlineFigures.svelte';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { formatMoney } from '../../src/format/money.ts';

afterEach(() => cleanup());

const scenario = presetById('leics-2021')!.scenario;

describe('HeadlineFigures', () => {
  it('shows the portfolio’s figures while a scheme is on', () => {
    const result = evaluateScenario(scenario);
    render(HeadlineFigures, { props: { result, horizonYears: 10 } });
    const portfolio = screen.getAllByRole('row').find((row) => row.textContent?.startsWith('Portfolio'))!;
    expect(portfolio.textContent).toContain(formatMoney(result.portfolio.figures.totalInvestment));
    expect(screen.queryByText(/no schemes are switched on/)).toBeNull();
  });

  it('says no scheme is switched on, rather than a payback of 0, when every scheme is off', () => {
    const allOff = { ...scenario, schemes: scenario.schemes.map((s) => ({ ...s, enabled: false })) };
    render(HeadlineFigures, { props: { result: evaluateScenario(allOff), horizonYears: 10 } });
    expect(screen.getByText(/no schemes are switched on/)).toBeTruthy();
    const portfolioRows = screen.getAllByRole('row').filter((row) => row.textContent?.startsWith('Portfolio'));
    expect(portfolioRows).toHaveLength(1);
    expect(portfolioRows[0]!.textContent).not.toMatch(/0 years/);
  });
});
