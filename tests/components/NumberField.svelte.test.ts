// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import NumberField from '../../src/components/NumberField.svelte';
import { OCCUPANCY, RATE, WEEKLY_MONEY } from '../../src/fields/inputFields.ts';
import { typedOutOfRange } from '../../src/fields/typedValue.ts';

afterEach(() => cleanup());

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
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(`${typedOutOfRange('Occupancy', '0%', '100%')}. Kept 75%.`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(slider.value).toBe('75');

    await fireEvent.input(field, { target: { value: 'abc' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(onchange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/“abc” is not a number/);
  });

  it('Escape drops a half-typed value and its message', async () => {
    const { field } = renderOccupancy();
    await fireEvent.input(field, { target: { value: '150' } });
    await fireEvent.change(field);
    await fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('alert')).toBeNull();
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
});
