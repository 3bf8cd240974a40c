// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import MonthField from '../../src/components/MonthField.svelte';

afterEach(() => cleanup());

/** the field's polite live region: what was refused, or the question */
const message = () => document.querySelector<HTMLElement>('[aria-live="polite"]')!;

function renderStart(value = '2021-04') {
  const onchange = vi.fn();
  const view = render(MonthField, { props: { value, presetValue: '2021-04', source: undefined, onchange } });
  return { ...view, onchange, field: screen.getByRole('textbox') as HTMLInputElement };
}

describe('MonthField', () => {
  it('takes "April 2022", "Apr 2022" and "2022-04" and says the month', async () => {
    const { field, onchange, rerender } = renderStart();
    expect(screen.getByText('April 2021 (2021/22)')).toBeTruthy();
    for (const text of ['April 2022', 'Apr 2022', '2022-04']) {
      field.value = text;
      await fireEvent.change(field);
      expect(onchange).toHaveBeenLastCalledWith('2022-04');
    }
    await rerender({ value: '2022-04' });
    expect(field.value).toBe('2022-04');
    expect(screen.getByText('April 2022 (2022/23)')).toBeTruthy();
  });

  it('writes a month already in place the one way, so the box shows what the model holds', async () => {
    const { field } = renderStart();
    field.value = 'Apr 2021';
    await fireEvent.change(field);
    expect(field.value).toBe('2021-04');
  });

  it('refuses a bad month politely, naming it, and shows the kept month in the box again', async () => {
    const { field, onchange } = renderStart();
    field.value = 'Smarch 2022';
    await fireEvent.change(field);
    expect(onchange).not.toHaveBeenCalled();
    expect(field.value).toBe('2021-04');
    const status = message();
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/^Start month: “Smarch 2022” is not a month .*\. Kept April 2021\.$/);
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(status.id);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
