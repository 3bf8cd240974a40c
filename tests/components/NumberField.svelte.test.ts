// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import NumberField from '../../src/components/NumberField.svelte';
import { MONTH, OCCUPANCY, RATE, WEEKLY_MONEY } from '../../src/fields/inputFields.ts';
import { typedOutOfRange } from '../../src/fields/typedValue.ts';

afterEach(() => cleanup());

/** the field's polite live region: what was refused, or the question */
const message = () => document.querySelector<HTMLElement>('[aria-live="polite"]')!;

function renderOccupancy(value = 0.75) {
  const onchange = vi.fn();
  const props = { spec: OCCUPANCY, value, name: 'Occupancy', accessibleName: 'Occupancy, Property 2', id: 'occ', onchange };
  const view = render(NumberField, { props });
  return {
    ...view,
    onchange,
    slider: screen.getByRole('slider', { name: 'Occupancy, Property 2' }) as HTMLInputElement,
    field: screen.getByRole('textbox') as HTMLInputElement,
  };
}

describe('NumberField', () => {
  it('shows the value in display units on the slider and in the field', () => {
    const { slider, field } = renderOccupancy();
    expect(slider.value).toBe('75');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('100');
    expect(slider.getAttribute('aria-valuetext')).toBe('75%');
    expect(field.value).toBe('75');
    expect(field.getAttribute('aria-label')).toBe('Occupancy, Property 2, exact value in per cent');
  });

  it('hands a slider step to the model in model units', async () => {
    const { slider, onchange } = renderOccupancy();
    slider.value = '80';
    await fireEvent.input(slider);
    expect(onchange).toHaveBeenCalledWith(0.8);
  });

  it('hands an exact typed value to the model', async () => {
    const { field, onchange } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '72.5 %' } });
    await fireEvent.change(field);
    expect(onchange).toHaveBeenCalledWith(0.725);
  });

  it('refuses a bad typed value beside the field, keeping the last good value and changing nothing', async () => {
    const { field, slider, onchange } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '150' } });
    await fireEvent.change(field);
    expect(onchange).not.toHaveBeenCalled();
    const status = message();
    expect(status.textContent).toBe(`${typedOutOfRange('Occupancy', '150', '0%', '100%')}. Kept 75%.`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(status.id);
    expect(slider.value).toBe('75');

    await fireEvent.input(field, { target: { value: 'abc' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(onchange).not.toHaveBeenCalled();
    expect(message().textContent).toMatch(/“abc” is not a number/);
  });

  it('puts the kept value back in the box at once when a typed value is refused, on Enter or on leaving', async () => {
    const { field, onchange } = renderOccupancy(1);
    await fireEvent.input(field, { target: { value: 'abc' } });
    expect(field.value).toBe('abc');
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('100');
    const status = message();
    expect(status.textContent).toBe('Occupancy: “abc” is not a number. Kept 100%.');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(status.id);

    await fireEvent.input(field, { target: { value: '150' } });
    await fireEvent.change(field);
    expect(field.value).toBe('100');
    expect(status.textContent).toMatch(/^Occupancy: “150” is not between 0% and 100%\. Kept 100%\.$/);
    expect(onchange).not.toHaveBeenCalled();
  });

  it('asks whether "0.5" means 50% or 0.5%, keeping the value until answered, the likelier answer focused after Enter', async () => {
    const { field, slider, onchange } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '0.5' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(onchange).not.toHaveBeenCalled();
    expect(field.value).toBe('75');
    expect(slider.value).toBe('75');
    expect(message().textContent).toBe('Occupancy: did you mean 50% or 0.5%? Kept 75% until you choose.');
    const question = screen.getByRole('group', { name: /did you mean 50% or 0\.5%/ });
    const fifty = screen.getByRole('button', { name: '50%' });
    expect(question.contains(fifty)).toBe(true);
    await vi.waitFor(() => expect(document.activeElement).toBe(fifty));
    await fireEvent.click(fifty);
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenCalledWith(0.5);
    expect(screen.queryByRole('group')).toBeNull();
    expect(message().textContent).toBe('');
  });

  it('takes 0.5% when that is the answer, and "0.5%" typed with its sign without asking', async () => {
    const { field, onchange } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '0.5' } });
    await fireEvent.change(field);
    await fireEvent.click(screen.getByRole('button', { name: '0.5%' }));
    expect(onchange).toHaveBeenCalledWith(0.005);
    await fireEvent.input(field, { target: { value: '0.5%' } });
    await fireEvent.change(field);
    expect(screen.queryByRole('group')).toBeNull();
    expect(onchange).toHaveBeenLastCalledWith(0.005);
    expect(onchange).toHaveBeenCalledTimes(2);
  });

  it('Escape on the question leaves the value as it was', async () => {
    const { field, onchange } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '0.5' } });
    await fireEvent.change(field);
    await fireEvent.keyDown(screen.getByRole('button', { name: '50%' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(onchange).not.toHaveBeenCalled();
    expect(field.value).toBe('75');
  });

  it('Escape drops a half-typed value and its message', async () => {
    const { field } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '150' } });
    await fireEvent.change(field);
    await fireEvent.keyDown(field, { key: 'Escape' });
    expect(message().textContent).toBe('');
    expect(field.value).toBe('75');
  });

  it('widens the slider to take in a value outside its usual range', () => {
    render(NumberField, {
      props: {
        spec: WEEKLY_MONEY,
        value: 22_000,
        name: 'External weekly fee',
        accessibleName: 'External weekly fee, P2',
        id: 'fee',
        onchange: () => {},
      },
    });
    const slider = screen.getByRole('slider') as HTMLInputElement;
    expect(screen.getByRole('textbox').getAttribute('aria-label')).toBe('External weekly fee, P2, exact value in pounds a week');
    expect(slider.max).toBe('22000');
    expect(slider.value).toBe('22000');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('22,000');
  });

  it('marks zero on a slider whose range runs below zero, and only there', () => {
    render(NumberField, {
      props: { spec: RATE, value: 0.02, name: 'Fee inflation', accessibleName: 'Fee inflation, P1', id: 'fee', onchange: vi.fn() },
    });
    const slider = screen.getByRole('slider', { name: 'Fee inflation, P1' }) as HTMLInputElement;
    expect(Number(slider.min)).toBeLessThan(0);
    const list = document.getElementById(slider.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    expect([...list!.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['0']);
    cleanup();
    const { slider: occupancy } = renderOccupancy();
    expect(occupancy.hasAttribute('list')).toBe(false);
  });

  describe('a month index', () => {
    function renderMonth(value = 0) {
      const onchange = vi.fn();
      const props = {
        spec: MONTH,
        value,
        name: 'Opening month',
        accessibleName: 'Opening month, Property 2',
        id: 'open',
        horizonMonths: 480,
        startMonth: '2021-04',
        onchange,
      };
      return { ...render(NumberField, { props }), onchange, field: screen.getByRole('textbox') as HTMLInputElement };
    }

    it('takes "Apr 2022" as month 12 of a scenario starting April 2021, and says the month', async () => {
      const { field, onchange, rerender } = renderMonth();
      await fireEvent.input(field, { target: { value: 'Apr 2022' } });
      await fireEvent.change(field);
      expect(onchange).toHaveBeenCalledWith(12);
      await rerender({ value: 12 });
      expect(field.value).toBe('12');
      expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('month 12 — April 2022');
      const hint = screen.getByText('April 2022');
      expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    });

    it('refuses a month before the start, naming the range, and shows the kept month again', async () => {
      const { field, onchange } = renderMonth(6);
      await fireEvent.input(field, { target: { value: 'Mar 2021' } });
      await fireEvent.keyDown(field, { key: 'Enter' });
      expect(onchange).not.toHaveBeenCalled();
      expect(field.value).toBe('6');
      expect(message().textContent).toBe(
        'Opening month: “Mar 2021” is not between month 0 (April 2021) and month 480 (April 2061). Kept month 6 — October 2021.',
      );
    });
  });
});
